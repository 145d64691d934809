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
  values: {
    OPTICAL_OUTLET: "The optical outlet (PTO).",
    FIBER_BOX: "The fiber box.",
    LIVEBOX: "The Livebox.",
    TV_DECODER: "The TV decoder.",
    ETHERNET_CABLING: "Ethernet cabling: in scope only if Parnasse installed it.",
    WIFI_ACCESS_POINT: "Wi-Fi access points: in scope only if Parnasse installed them.",
    MULTIMEDIA_EQUIPMENT: "Multimedia equipment: in scope only if Parnasse installed it.",
    APPS: "The apps Ma Livebox, Orange Pro, Orange TV, Orange et moi.",
    TV_VOD: "TV bouquets and VOD: remote only, within the TV/VOD support hours (Mon–Fri 09:00–20:00).",
    CONNECTIVITY_HELP: "INT-7: the coach's help connecting the listed equipment.",
  },
});

export const RemoteOutcome = graphqlEnum(REMOTE_OUTCOMES, {
  name: "RemoteOutcome",
  description: "INT-1: FAILED or IMPOSSIBLE open the way to a home intervention.",
  values: {
    RESOLVED: "The remote assistance solved the problem.",
    FAILED: "The remote assistance was tried and did not solve the problem.",
    IMPOSSIBLE: "The problem cannot be handled remotely.",
  },
});

export const InterventionKind = graphqlEnum(INTERVENTION_KINDS, {
  name: "InterventionKind",
  description: "INT-2/INT-3: a technician, or the member's coach (coach visit).",
  values: {
    TECHNICIAN: "A field technician's intervention.",
    COACH_VISIT: "A visit of the member's coach (or substitute); counts in INT-3 too.",
  },
});

export const InterventionStatus = graphqlEnum(INTERVENTION_STATUSES, {
  name: "InterventionStatus",
  description: "BOOKED → STARTED (INT-6) → DONE; REFUSED (INT-4); CANCELLED (does not count, INT-3).",
  values: {
    BOOKED: "Booked; the member must confirm the backup (INT-6) before it starts.",
    STARTED: "The technician or coach started it.",
    DONE: "Completed (final).",
    REFUSED: "INT-4: refused, with its reason; it still counts in INT-3 (final).",
    CANCELLED: "Cancelled by the desk before it started; it no longer counts in INT-3 (final).",
  },
});

export const InterventionRefusalReason = graphqlEnum(INTERVENTION_REFUSAL_REASONS, {
  name: "InterventionRefusalReason",
  description: "INT-4: dangerous repair, external cause, equipment modified by the member, or repaired outside an approved body.",
  values: {
    DANGEROUS_REPAIR: "The repair could be dangerous.",
    EXTERNAL_CAUSE: "The problem has an external cause.",
    MODIFIED_BY_MEMBER: "The member modified or repaired the equipment themselves.",
    REPAIRED_OUTSIDE_APPROVED_BODY: "The equipment was repaired outside a manufacturer-approved body.",
  },
});

export const InterventionBillingReason = graphqlEnum(INTERVENTION_BILLING_REASONS, {
  name: "InterventionBillingReason",
  description: "INT-3: beyond the 15 of the contract year; INT-7: more than 3 personal devices in a coach visit.",
  values: {
    BEYOND_ALLOWANCE: "INT-3: beyond the 15 included interventions of the contract year: travel and time are billed.",
    COACH_PERSONAL_DEVICES: "INT-7: within the 15, a coach visit with more than 3 personal devices: the coach's time is billed.",
  },
});

export const CHARGE_CODES = ["TRAVEL", "TECHNICIAN_FIRST_HOUR", "TECHNICIAN_EXTRA_HALF_HOUR", "COACH_HOUR"] as const;
export const InterventionChargeCode = graphqlEnum(CHARGE_CODES, {
  name: "InterventionChargeCode",
  description: "Annexe 1 (SPEC § 10) items.",
  values: {
    TRAVEL: "The trip, per intervention.",
    TECHNICIAN_FIRST_HOUR: "The technician's first hour (indivisible), at the business-hours or the outside-business-hours rate.",
    TECHNICIAN_EXTRA_HALF_HOUR: "Each started half-hour of the technician beyond the first hour.",
    COACH_HOUR: "Each started hour of the coach.",
  },
});

@ObjectType({ implements: Node, description: "INT-1: a request for remote assistance (24/7); a home intervention is booked only from one whose remote resolution failed." })
export class AssistanceRequest extends Node {
  rawId!: string;
  memberRawId!: string;

  @Field(() => AssistanceTopic, { description: "INT-5: what the problem is about." })
  topic!: (typeof ASSISTANCE_TOPICS)[number];

  @Field(() => Boolean, { description: "INT-5: the equipment was installed by Parnasse." })
  installedByParnasse!: boolean;

  @Field(() => String, { description: "The problem, as described when the request was opened." })
  description!: string;

  @Field(() => DateTimeScalar, { description: "When the request was opened." })
  openedAt!: Date;

  @Field(() => RemoteOutcome, { nullable: true, description: "INT-1: null while the remote assistance is under way." })
  remoteOutcome!: (typeof REMOTE_OUTCOMES)[number] | null;

  @Field(() => String, { nullable: true, description: "The desk's note on the remote assistance, if any." })
  remoteOutcomeNote!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the desk recorded the outcome; null while the remote assistance is under way." })
  remoteOutcomeAt!: Date | null;

  @Field(() => Boolean, { description: "INT-1/INT-5: a home intervention may be booked from this request." })
  homeInterventionPossible!: boolean;
}

@ObjectType({ description: "One Annexe 1 item of a price." })
export class InterventionChargeLine {
  @Field(() => InterventionChargeCode, { description: "The Annexe 1 item." })
  code!: (typeof CHARGE_CODES)[number];

  @Field(() => Int, { description: "How many: trips (TRAVEL), the indivisible first hour (1), started extra half-hours, or started coach hours." })
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

  @Field(() => InterventionBillingReason, { nullable: true, description: "Why it is billed; null when nothing is due." })
  billingReason!: (typeof INTERVENTION_BILLING_REASONS)[number] | null;

  @Field(() => Boolean, { description: "Business hours: Mon–Fri 09:00–19:00 Paris time, except French public holidays." })
  inBusinessHours!: boolean;

  @Field(() => [InterventionChargeLine], { description: "The Annexe 1 items billed; empty when nothing is due." })
  lines!: InterventionChargeLine[];

  @Field(() => Amounts, { description: "TTC = the sum of the lines' totals." })
  totals!: Amounts;
}
deprecatedAmountFields(InterventionPrice, "totals", { htCents: "totalHtCents", vatCents: "vatCents", ttcCents: "totalCents" });

@ObjectType({ description: "INT-3: the price of an intervention, shown before booking." })
export class InterventionQuote {
  @Field(() => InterventionKind, { description: "A technician, or a coach visit." })
  kind!: (typeof INTERVENTION_KINDS)[number];

  @Field(() => DateTimeScalar, { description: "The slot's start." })
  startsAt!: Date;

  @Field(() => Int, { description: "The slot's length, in minutes." })
  durationMinutes!: number;

  @Field(() => Boolean, { description: "Nothing is due: one of the free 15, and no INT-7 surcharge." })
  free!: boolean;

  @Field(() => InterventionPrice, { description: "What the intervention would cost (BIL-10: the rates in force today, Paris)." })
  price!: InterventionPrice;

  @Field(() => Int, { description: "INT-3: included interventions the slot's contract year already holds (booked as one of the 15, not cancelled)." })
  usedInContractYear!: number;

  @Field(() => Int, { description: "INT-3: included interventions per contract year (15)." })
  limit!: number;

  @Field(() => DateTimeScalar, { description: "INT-3: start of the slot's contract year (the option's anniversary, Paris midnight)." })
  contractYearStart!: Date;

  @Field(() => DateTimeScalar, { description: "INT-3: end of the slot's contract year (the next anniversary, Paris midnight; exclusive)." })
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

  @Field(() => InterventionKind, { description: "A technician, or a coach visit." })
  kind!: (typeof INTERVENTION_KINDS)[number];

  @Field(() => InterventionStatus, { description: "Where the intervention stands." })
  status!: (typeof INTERVENTION_STATUSES)[number];

  @Field(() => ID, { description: "The INT-1 assistance request it comes from." })
  assistanceRequestId!: string;

  @Field(() => DateTimeScalar, { description: "The booked slot's start." })
  startsAt!: Date;

  @Field(() => Int, { description: "The booked slot's length, in minutes." })
  durationMinutes!: number;

  @Field(() => DateTimeScalar, { description: "The booked slot's end: startsAt + durationMinutes." })
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

  @Field(() => DateTimeScalar, { description: "When the intervention was booked." })
  bookedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "INT-6: when the member confirmed their data is backed up." })
  backupConfirmedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the technician or coach started it (INT-6: after the backup confirmation)." })
  startedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the technician or coach completed it." })
  doneAt!: Date | null;

  @Field(() => InterventionRefusalReason, { nullable: true, description: "INT-4." })
  refusalReason!: (typeof INTERVENTION_REFUSAL_REASONS)[number] | null;

  @Field(() => String, { nullable: true, description: "INT-4: the performer's note on the refusal, if any." })
  refusalNote!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "INT-4: when it was refused." })
  refusedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the desk cancelled it (INT-3: it then no longer counts)." })
  cancelledAt!: Date | null;
}

@ObjectType({ description: "INT-3: included interventions used out of 15 in the current contract year of the option (those booked beyond the 15 are billed, not counted here)." })
export class InterventionsQuota extends Quota {
  memberRawId!: string;

  @Field(() => DateTimeScalar, { description: "INT-3: start of the current contract year (the option's anniversary, Paris midnight)." })
  contractYearStart!: Date;

  @Field(() => DateTimeScalar, { description: "INT-3: end of the current contract year (the next anniversary, Paris midnight; exclusive)." })
  contractYearEnd!: Date;
}
