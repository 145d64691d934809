import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  ASSISTANCE_TOPICS,
  INTERVENTION_BILLING_REASONS,
  INTERVENTION_KINDS,
  INTERVENTION_REFUSAL_REASONS,
  INTERVENTION_STATUSES,
  REMOTE_OUTCOMES,
} from "../../../db/schema/interventions.js";
import { Amounts, deprecatedAmountFields } from "../../shared/amounts.js";
import { Node } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { PostalAddress } from "../members/index.js";
import { Quota } from "../premises/index.js";
import { graphqlEnum } from "../../shared/enums.js";

export type AssistanceTopicValue = (typeof ASSISTANCE_TOPICS)[number];
export const AssistanceTopic = graphqlEnum(ASSISTANCE_TOPICS, {
  name: "AssistanceTopic",
  description:
    "INT-5 scope: PTO, fiber box, Livebox, TV decoder, apps; Ethernet cabling, Wi-Fi access points and multimedia equipment only if Parnasse installed them; TV_VOD is remote only. INT-7: CONNECTIVITY_HELP (coach).",
});

export const RemoteOutcome = graphqlEnum(REMOTE_OUTCOMES, { name: "RemoteOutcome", description: "INT-1: FAILED or IMPOSSIBLE open the way to a home intervention." });

export const InterventionKind = graphqlEnum(INTERVENTION_KINDS, { name: "InterventionKind", description: "INT-2/INT-3: a technician, or the member's coach (coach visit)." });

export const InterventionStatus = graphqlEnum(INTERVENTION_STATUSES, {
  name: "InterventionStatus",
  description: "BOOKED → STARTED (INT-6) → DONE; REFUSED (INT-4); CANCELLED (does not count, INT-3).",
});

export const InterventionRefusalReason = graphqlEnum(INTERVENTION_REFUSAL_REASONS, {
  name: "InterventionRefusalReason",
  description: "INT-4: dangerous repair, external cause, equipment modified by the member, or repaired outside an approved body.",
});

export const InterventionBillingReason = graphqlEnum(INTERVENTION_BILLING_REASONS, {
  name: "InterventionBillingReason",
  description: "INT-3: beyond the 15 of the contract year; INT-7: more than 3 personal devices in a coach visit.",
});

export const CHARGE_CODES = ["TRAVEL", "TECHNICIAN_FIRST_HOUR", "TECHNICIAN_EXTRA_HALF_HOUR", "COACH_HOUR"] as const;
export const InterventionChargeCode = graphqlEnum(CHARGE_CODES, { name: "InterventionChargeCode", description: "Annexe 1 (SPEC § 10) items." });

@ObjectType({ implements: Node, description: "INT-1: a request for remote assistance (24/7); a home intervention is booked only from one whose remote resolution failed." })
export class AssistanceRequest extends Node {
  rawId!: string;
  memberRawId!: string;

  @Field(() => AssistanceTopic)
  topic!: (typeof ASSISTANCE_TOPICS)[number];

  @Field(() => Boolean, { description: "INT-5: the equipment was installed by Parnasse." })
  installedByParnasse!: boolean;

  @Field(() => String)
  description!: string;

  @Field(() => DateTimeScalar)
  openedAt!: Date;

  @Field(() => RemoteOutcome, { nullable: true, description: "INT-1: null while the remote assistance is under way." })
  remoteOutcome!: (typeof REMOTE_OUTCOMES)[number] | null;

  @Field(() => String, { nullable: true })
  remoteOutcomeNote!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  remoteOutcomeAt!: Date | null;

  @Field(() => Boolean, { description: "INT-1/INT-5: a home intervention may be booked from this request." })
  homeInterventionPossible!: boolean;
}

@ObjectType({ description: "One Annexe 1 item of a price." })
export class InterventionChargeLine {
  @Field(() => InterventionChargeCode)
  code!: (typeof CHARGE_CODES)[number];

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int, { description: "Euro cents, TTC." })
  unitCents!: number;

  @Field(() => Int, { description: "Euro cents, TTC." })
  totalCents!: number;
}

@ObjectType({ description: "A price in euro cents: TTC is the reference, HT = round(TTC / 1.2), VAT 20 %." })
export class InterventionPrice {
  @Field(() => Boolean, { description: "False when nothing is due." })
  billable!: boolean;

  @Field(() => InterventionBillingReason, { nullable: true })
  billingReason!: (typeof INTERVENTION_BILLING_REASONS)[number] | null;

  @Field(() => Boolean, { description: "Business hours: Mon–Fri 09:00–19:00 Paris time, except French public holidays." })
  inBusinessHours!: boolean;

  @Field(() => [InterventionChargeLine])
  lines!: InterventionChargeLine[];

  @Field(() => Amounts, { description: "TTC = the sum of the lines' totals." })
  totals!: Amounts;
}
deprecatedAmountFields(InterventionPrice, "totals", { htCents: "totalHtCents", vatCents: "vatCents", ttcCents: "totalCents" });

@ObjectType({ description: "INT-3: the price of an intervention, shown before booking." })
export class InterventionQuote {
  @Field(() => InterventionKind)
  kind!: (typeof INTERVENTION_KINDS)[number];

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => Boolean, { description: "Nothing is due: one of the free 15, and no INT-7 surcharge." })
  free!: boolean;

  @Field(() => InterventionPrice)
  price!: InterventionPrice;

  @Field(() => Int, { description: "INT-3: included interventions the slot's contract year already holds (booked as one of the 15, not cancelled)." })
  usedInContractYear!: number;

  @Field(() => Int)
  limit!: number;

  @Field(() => DateTimeScalar)
  contractYearStart!: Date;

  @Field(() => DateTimeScalar)
  contractYearEnd!: Date;

  @Field(() => Int, { nullable: true, description: "The value to pass as `acceptedPriceCents` when booking; null when free." })
  priceToAcceptCents!: number | null;
}

@ObjectType({ description: "ZON-2: where the intervention takes place (the member's declared address)." })
export class InterventionSite extends PostalAddress {}

@ObjectType({ implements: Node, description: "INT-2..INT-7: a home intervention by a technician, or a coach visit." })
export class Intervention extends Node {
  rawId!: string;
  memberRawId!: string;
  performerRawId!: string;
  addressRawId!: string;
  assistanceRequestRawId!: string;

  @Field(() => InterventionKind)
  kind!: (typeof INTERVENTION_KINDS)[number];

  @Field(() => InterventionStatus)
  status!: (typeof INTERVENTION_STATUSES)[number];

  @Field(() => ID, { description: "The INT-1 assistance request it comes from." })
  assistanceRequestId!: string;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => DateTimeScalar)
  endsAt!: Date;

  @Field(() => Int, { description: "INT-7: personal devices in a coach visit." })
  personalDeviceCount!: number;

  @Field(() => Boolean, {
    description:
      "INT-3: one of the 15 included interventions of its contract year (decided at booking; false when booked beyond the 15, or cancelled). A cancellation gives its place to the earliest-booked one beyond the 15 not invoiced yet.",
  })
  countsInAllowance!: boolean;

  @Field(() => DateTimeScalar, { description: "INT-3: start of the contract year it counts in." })
  contractYearStart!: Date;

  @Field(() => InterventionPrice, {
    description:
      "What is billed for it: the price shown and accepted at booking (tariffs of the booking date), invoiced as is once DONE; nothing (or INT-7 coach time) once it took the place of a cancelled included intervention.",
  })
  price!: InterventionPrice;

  @Field(() => DateTimeScalar)
  bookedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "INT-6: when the member confirmed their data is backed up." })
  backupConfirmedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  startedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  doneAt!: Date | null;

  @Field(() => InterventionRefusalReason, { nullable: true, description: "INT-4." })
  refusalReason!: (typeof INTERVENTION_REFUSAL_REASONS)[number] | null;

  @Field(() => String, { nullable: true })
  refusalNote!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  refusedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  cancelledAt!: Date | null;
}

@ObjectType({ description: "INT-3: included interventions used out of 15 in the current contract year of the option (those booked beyond the 15 are billed, not counted here)." })
export class InterventionsQuota extends Quota {
  memberRawId!: string;

  @Field(() => DateTimeScalar)
  contractYearStart!: Date;

  @Field(() => DateTimeScalar)
  contractYearEnd!: Date;
}
