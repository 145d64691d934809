import { Field, ID, InputType, Int } from "type-graphql";
import type { ASSISTANCE_TOPICS, INTERVENTION_KINDS, INTERVENTION_REFUSAL_REASONS, REMOTE_OUTCOMES } from "../../../db/schema/interventions.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { MemberTargetInput } from "../../shared/member-target.js";
import { AssistanceTopic, InterventionKind, InterventionRefusalReason, RemoteOutcome } from "./interventions.types.js";

@InputType({ description: "INT-1: open a request for remote assistance for the member." })
export class OpenAssistanceRequestInput extends MemberTargetInput {
  @Field(() => AssistanceTopic, { description: "INT-5: what the problem is about; TV_VOD only within its remote support hours." })
  topic!: (typeof ASSISTANCE_TOPICS)[number];

  @Field(() => Boolean, { nullable: true, description: "INT-5: required true for Ethernet cabling, Wi-Fi access points, multimedia equipment." })
  installedByParnasse?: boolean | null;

  @Field(() => String, { description: "The problem, 1 to 2000 characters." })
  description!: string;
}

@InputType({ description: "INT-1: the desk records how the remote assistance ended (once)." })
export class RecordRemoteAssistanceOutcomeInput {
  @Field(() => ID, { description: "The AssistanceRequest's ID." })
  assistanceRequestId!: string;

  @Field(() => RemoteOutcome, { description: "RESOLVED, or FAILED / IMPOSSIBLE (a home intervention may then be booked)." })
  outcome!: (typeof REMOTE_OUTCOMES)[number];

  @Field(() => String, { nullable: true, description: "Up to 2000 characters." })
  note?: string | null;
}

/** What a quote and a booking of a home intervention both give: the kind and the slot; no SDL type of its own. */
@InputType()
class InterventionSlotInput {
  @Field(() => InterventionKind, { description: "A technician, or a coach visit." })
  kind!: (typeof INTERVENTION_KINDS)[number];

  @Field(() => DateTimeScalar, { description: "In the future (within 365 days); the whole slot within Mon–Sat 09:00–19:00 Paris time (INT-2)." })
  startsAt!: Date;

  @Field(() => Int, { description: "15 to 600 minutes." })
  durationMinutes!: number;

  @Field(() => Int, { nullable: true, description: "INT-7: personal devices in a coach visit (default 0)." })
  personalDeviceCount?: number | null;
}

@InputType({ description: "A slot for a home intervention: Mon–Sat 09:00–19:00 Paris time (INT-2)." })
export class InterventionQuoteInput extends InterventionSlotInput {
  @Field(() => ID, { nullable: true, description: "Required for the desk; MEMBER and DELEGATE ask for their own member." })
  memberId?: string | null;
}

@InputType({ description: "INT-1..INT-3: the desk books a home intervention, at the price the member accepted." })
export class BookHomeInterventionInput extends InterventionSlotInput {
  @Field(() => ID, { description: "INT-1: an assistance request whose remote resolution failed or was impossible; it names the member." })
  assistanceRequestId!: string;

  @Field(() => ID, { description: "A StaffUser: an active TECHNICIAN, or for a coach visit the member's coach or substitute." })
  performerId!: string;

  @Field(() => ID, { description: "ZON-2: an active address of the member." })
  addressId!: string;

  @Field(() => Int, {
    nullable: true,
    description: "INT-3/INT-7: the TTC price in cents the member was shown and accepted; required, and equal to the quote, when the intervention is billable.",
  })
  acceptedPriceCents?: number | null;
}

@InputType({ description: "An intervention." })
export class InterventionIdInput {
  @Field(() => ID, { description: "The Intervention's ID." })
  interventionId!: string;
}

@InputType({ description: "INT-4: the technician or coach performing it, or the desk, refuses the intervention, with its reason." })
export class RefuseInterventionInput extends InterventionIdInput {
  @Field(() => InterventionRefusalReason, { description: "INT-4: why the intervention is refused." })
  reason!: (typeof INTERVENTION_REFUSAL_REASONS)[number];

  @Field(() => String, { nullable: true, description: "Up to 2000 characters." })
  note?: string | null;
}
