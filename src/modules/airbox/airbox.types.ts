import { Field, Int, ObjectType } from "type-graphql";
import { AIRBOX_INADEQUATE_USE_REASONS, AIRBOX_INCIDENT_STATUSES, AIRBOX_REPAIR_STATUSES } from "../../../db/schema/airbox.js";
import { Node } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { graphqlEnum } from "../../shared/enums.js";

export const AirboxIncidentStatus = graphqlEnum(AIRBOX_INCIDENT_STATUSES, {
  name: "AirboxIncidentStatus",
  description: "AIR-2: DECLARED → SIM_ACTIVATED → CLOSED.",
  values: {
    DECLARED: "Declared to the Desk; the SIM is not activated yet.",
    SIM_ACTIVATED: "The Airbox SIM is active with its 200 GB of shared data.",
    CLOSED: "The home connection is back; the incident is over.",
  },
});

export const AirboxRepairStatus = graphqlEnum(AIRBOX_REPAIR_STATUSES, {
  name: "AirboxRepairStatus",
  description: "AIR-3: REMOTE_DIAGNOSIS → RESOLVED_REMOTELY, or NEEDS_TECHNICIAN → TECHNICIAN_SCHEDULED → REPAIRED | REPLACED.",
  values: {
    REMOTE_DIAGNOSIS: "Reported; the desk diagnoses the fault remotely first.",
    RESOLVED_REMOTELY: "Fixed by the remote diagnosis (final).",
    NEEDS_TECHNICIAN: "The remote diagnosis failed: a technician slot must be booked.",
    TECHNICIAN_SCHEDULED: "A technician's slot is booked.",
    REPAIRED: "The technician repaired the Airbox (final).",
    REPLACED: "The Airbox could not be repaired and was replaced by a new one (final).",
  },
});

export const AirboxInadequateUseReason = graphqlEnum(AIRBOX_INADEQUATE_USE_REASONS, {
  name: "AirboxInadequateUseReason",
  description: "AIR-2: why Parnasse no longer intervenes.",
  values: {
    MOBILE_USE: "Used as a mobile connection (AIR-2: never for mobile use).",
    USE_AWAY_FROM_HOME: "Used away from the member's declared home.",
    EXCESSIVE_USE: "Excessive use of the Airbox.",
    DAMAGE: "The Airbox was damaged.",
    OTHER: "Another inadequate use (see the note).",
  },
});

export const AIRBOX_DIAGNOSIS_OUTCOMES = ["RESOLVED_REMOTELY", "NEEDS_TECHNICIAN"] as const;
export const AirboxDiagnosisOutcome = graphqlEnum(AIRBOX_DIAGNOSIS_OUTCOMES, {
  name: "AirboxDiagnosisOutcome",
  description: "AIR-3: the outcome of the remote diagnosis.",
  values: {
    RESOLVED_REMOTELY: "The fault was fixed remotely; the repair is over.",
    NEEDS_TECHNICIAN: "A technician must come: the desk then books a slot.",
  },
});

export const AIRBOX_REPAIR_OUTCOMES = ["REPAIRED", "REPLACED"] as const;
export const AirboxRepairOutcome = graphqlEnum(AIRBOX_REPAIR_OUTCOMES, {
  name: "AirboxRepairOutcome",
  description: "AIR-3: repaired on site, or replaced when it cannot be.",
  values: {
    REPAIRED: "The technician repaired the Airbox.",
    REPLACED: "The Airbox was replaced by a new one (give the replacement).",
  },
});

@ObjectType({ description: "AIR-2: inadequate use recorded: no further intervention on this Airbox." })
export class AirboxInadequateUse {
  @Field(() => DateTimeScalar, { description: "When the inadequate use was recorded." })
  recordedAt!: Date;

  @Field(() => AirboxInadequateUseReason, { description: "What the inadequate use was." })
  reason!: (typeof AIRBOX_INADEQUATE_USE_REASONS)[number];

  @Field(() => String, { nullable: true, description: "Free text from whoever recorded it, if any." })
  note!: string | null;
}

@ObjectType({ implements: Node, description: "AIR-1: the 4G Airbox handed over at the entry appointment." })
export class Airbox extends Node {
  rawId!: string;
  memberRawId!: string;
  replacesRawId!: string | null;

  @Field(() => String, { description: "The serial number as printed on the box, upper-cased." })
  serialNumber!: string;

  @Field(() => String, { description: "The SIM card's ICCID." })
  simIccid!: string;

  @Field(() => DateTimeScalar, { description: "AIR-1: when the Airbox was handed over to the member (for a replacement: when it replaced the old one)." })
  handedOverAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "AIR-3: set when this Airbox was replaced by another." })
  replacedAt!: Date | null;

  @Field(() => AirboxInadequateUse, {
    nullable: true,
    description: "AIR-2: set once an inadequate use was recorded: Parnasse no longer intervenes on this Airbox (no SIM activation, no repair).",
  })
  inadequateUse!: AirboxInadequateUse | null;
}

@ObjectType({ implements: Node, description: "AIR-2: an incident on the home connection; the Airbox SIM takes over with 200 GB." })
export class AirboxIncident extends Node {
  rawId!: string;
  memberRawId!: string;
  airboxRawId!: string;
  addressRawId!: string;

  @Field(() => AirboxIncidentStatus, { description: "Where the incident stands (AIR-2)." })
  status!: (typeof AIRBOX_INCIDENT_STATUSES)[number];

  @Field(() => String, { description: "What happened, as declared." })
  description!: string;

  @Field(() => DateTimeScalar, { description: "When the incident was declared to the Desk." })
  declaredAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "AIR-2: when the SIM was activated; null until then." })
  simActivatedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "AIR-2: shared data activated on the SIM, in GB (200)." })
  dataAllowanceGb!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the incident was closed (the home connection is back); null while open." })
  closedAt!: Date | null;
}

@ObjectType({ implements: Node, description: "AIR-3: a faulty Airbox: remote diagnosis, then a technician, then repaired or replaced." })
export class AirboxRepair extends Node {
  rawId!: string;
  memberRawId!: string;
  airboxRawId!: string;
  technicianRawId!: string | null;
  replacementRawId!: string | null;

  @Field(() => AirboxRepairStatus, { description: "Where the repair stands (AIR-3)." })
  status!: (typeof AIRBOX_REPAIR_STATUSES)[number];

  @Field(() => String, { description: "What is wrong, as reported." })
  description!: string;

  @Field(() => DateTimeScalar, { description: "When the fault was reported." })
  reportedAt!: Date;

  @Field(() => String, { nullable: true, description: "The desk's note on the remote diagnosis, if any." })
  diagnosisNote!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the remote diagnosis was recorded; null until then." })
  diagnosedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "AIR-3: the technician's slot, Mon–Fri 08:00–20:00 Paris time." })
  slotStartsAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "AIR-3: the end of the technician's slot; null until one is booked." })
  slotEndsAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the fault was resolved remotely, or the Airbox repaired or replaced; null while open." })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The technician's note on the repair or replacement, if any." })
  resolutionNote!: string | null;
}
