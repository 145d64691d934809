import { Field, ID, InputType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { MemberTargetInput } from "../../shared/member-target.js";
import { AnnouncementKind, ParnasseTerminationReason, TerminationChannel, type PARNASSE_TERMINATION_REASONS, type TERMINATION_CHANNELS } from "./options.types.js";
import type { ANNOUNCEMENT_KINDS } from "../../../db/schema/options.js";

@InputType({ description: "OPT-1/OPT-2: subscribe the « Option Intérieur » (active membership, an eligible address and at least one eligible Orange line)." })
export class SubscribeOptionInput extends MemberTargetInput {
  @Field(() => DateTimeScalar, { nullable: true, description: "OPT-2: when the member accepted in writing. Defaults to now; never in the future." })
  acceptedAt?: Date | null;
}

@InputType({ description: "OPT-4: the member's written termination request; the option ends 10 days after receipt. Never by the delegate (MEM-5)." })
export class RequestOptionTerminationInput {
  @Field(() => ID, { nullable: true, description: "Required for the desk recording a letter or email; a member terminates their own." })
  memberId?: string | null;

  @Field(() => TerminationChannel, { description: "How the written request reached the Desk." })
  channel!: (typeof TERMINATION_CHANNELS)[number];

  @Field(() => DateTimeScalar, { nullable: true, description: "When the Desk received it. Defaults to now; never in the future." })
  receivedAt?: Date | null;
}

@InputType({ description: "OPT-5: Parnasse terminates the option for breach or non-payment (desk)." })
export class TerminateOptionForParnasseInput {
  @Field(() => ID, { description: "The global ID of the Member whose option ends." })
  memberId!: string;

  @Field(() => ParnasseTerminationReason, { description: "OPT-5: breach of contractual obligations, or non-payment." })
  reason!: (typeof PARNASSE_TERMINATION_REASONS)[number];

  @Field(() => String, { description: "The breach or the unpaid amounts, for the record." })
  detail!: string;
}

@InputType({ description: "OPT-6: announce a change to option holders, with the notice it requires (1 month, 3 for a removal)." })
export class PublishAnnouncementInput {
  @Field(() => AnnouncementKind, { description: "OPT-6: what changes." })
  kind!: (typeof ANNOUNCEMENT_KINDS)[number];

  @Field(() => String, { description: "The title members see." })
  title!: string;

  @Field(() => String, { description: "The text members see." })
  body!: string;

  @Field(() => DateScalar, { description: "The date the change applies (Europe/Paris)." })
  effectiveOn!: string;

  @Field(() => ID, { nullable: true, description: "Only this member; null: every member holding the option." })
  memberId?: string | null;
}
