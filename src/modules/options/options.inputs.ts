import { Field, ID, InputType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { MemberTargetInput } from "../../shared/member-target.js";
import { AnnouncementKind, ParnasseTerminationReason, TerminationChannel, type PARNASSE_TERMINATION_REASONS, type TERMINATION_CHANNELS } from "./options.types.js";
import type { ANNOUNCEMENT_KINDS } from "../../../db/schema/options.js";

@InputType()
export class SubscribeOptionInput extends MemberTargetInput {
  @Field(() => DateTimeScalar, { nullable: true, description: "OPT-2: when the member accepted in writing. Defaults to now; never in the future." })
  acceptedAt?: Date | null;
}

@InputType()
export class RequestOptionTerminationInput {
  @Field(() => ID, { nullable: true, description: "Required for the desk recording a letter or email; a member terminates their own." })
  memberId?: string | null;

  @Field(() => TerminationChannel, { description: "How the written request reached the Desk." })
  channel!: (typeof TERMINATION_CHANNELS)[number];

  @Field(() => DateTimeScalar, { nullable: true, description: "When the Desk received it. Defaults to now; never in the future." })
  receivedAt?: Date | null;
}

@InputType()
export class TerminateOptionForParnasseInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => ParnasseTerminationReason)
  reason!: (typeof PARNASSE_TERMINATION_REASONS)[number];

  @Field(() => String, { description: "The breach or the unpaid amounts, for the record." })
  detail!: string;
}

@InputType()
export class PublishAnnouncementInput {
  @Field(() => AnnouncementKind)
  kind!: (typeof ANNOUNCEMENT_KINDS)[number];

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => DateScalar, { description: "The date the change applies (Europe/Paris)." })
  effectiveOn!: string;

  @Field(() => ID, { nullable: true, description: "Only this member; null: every member holding the option." })
  memberId?: string | null;
}
