import { Field, Int, ObjectType } from "type-graphql";
import { AIRBOX_INADEQUATE_USE_REASONS, AIRBOX_INCIDENT_STATUSES, AIRBOX_REPAIR_STATUSES } from "../../../db/schema/airbox.js";
import { Node } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { graphqlEnum } from "../../shared/enums.js";

export const AirboxIncidentStatus = graphqlEnum(AIRBOX_INCIDENT_STATUSES, { name: "AirboxIncidentStatus", description: "AIR-2: DECLARED → SIM_ACTIVATED → CLOSED." });

export const AirboxRepairStatus = graphqlEnum(AIRBOX_REPAIR_STATUSES, {
  name: "AirboxRepairStatus",
  description: "AIR-3: REMOTE_DIAGNOSIS → RESOLVED_REMOTELY, or NEEDS_TECHNICIAN → TECHNICIAN_SCHEDULED → REPAIRED | REPLACED.",
});

export const AirboxInadequateUseReason = graphqlEnum(AIRBOX_INADEQUATE_USE_REASONS, {
  name: "AirboxInadequateUseReason",
  description: "AIR-2: why Parnasse no longer intervenes.",
});

export const AIRBOX_DIAGNOSIS_OUTCOMES = ["RESOLVED_REMOTELY", "NEEDS_TECHNICIAN"] as const;
export const AirboxDiagnosisOutcome = graphqlEnum(AIRBOX_DIAGNOSIS_OUTCOMES, { name: "AirboxDiagnosisOutcome", description: "AIR-3: the outcome of the remote diagnosis." });

export const AIRBOX_REPAIR_OUTCOMES = ["REPAIRED", "REPLACED"] as const;
export const AirboxRepairOutcome = graphqlEnum(AIRBOX_REPAIR_OUTCOMES, { name: "AirboxRepairOutcome", description: "AIR-3: repaired on site, or replaced when it cannot be." });

@ObjectType({ description: "AIR-2: inadequate use recorded: no further intervention on this Airbox." })
export class AirboxInadequateUse {
  @Field(() => DateTimeScalar)
  recordedAt!: Date;

  @Field(() => AirboxInadequateUseReason)
  reason!: (typeof AIRBOX_INADEQUATE_USE_REASONS)[number];

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ implements: Node, description: "AIR-1: the 4G Airbox handed over at the entry appointment." })
export class Airbox extends Node {
  rawId!: string;
  memberRawId!: string;
  replacesRawId!: string | null;

  @Field(() => String)
  serialNumber!: string;

  @Field(() => String, { description: "The SIM card's ICCID." })
  simIccid!: string;

  @Field(() => DateTimeScalar)
  handedOverAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "AIR-3: set when this Airbox was replaced by another." })
  replacedAt!: Date | null;

  @Field(() => AirboxInadequateUse, { nullable: true })
  inadequateUse!: AirboxInadequateUse | null;
}

@ObjectType({ implements: Node, description: "AIR-2: an incident on the home connection; the Airbox SIM takes over with 200 GB." })
export class AirboxIncident extends Node {
  rawId!: string;
  memberRawId!: string;
  airboxRawId!: string;
  addressRawId!: string;

  @Field(() => AirboxIncidentStatus)
  status!: (typeof AIRBOX_INCIDENT_STATUSES)[number];

  @Field(() => String)
  description!: string;

  @Field(() => DateTimeScalar)
  declaredAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  simActivatedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "AIR-2: shared data activated on the SIM, in GB (200)." })
  dataAllowanceGb!: number | null;

  @Field(() => DateTimeScalar, { nullable: true })
  closedAt!: Date | null;
}

@ObjectType({ implements: Node, description: "AIR-3: a faulty Airbox: remote diagnosis, then a technician, then repaired or replaced." })
export class AirboxRepair extends Node {
  rawId!: string;
  memberRawId!: string;
  airboxRawId!: string;
  technicianRawId!: string | null;
  replacementRawId!: string | null;

  @Field(() => AirboxRepairStatus)
  status!: (typeof AIRBOX_REPAIR_STATUSES)[number];

  @Field(() => String)
  description!: string;

  @Field(() => DateTimeScalar)
  reportedAt!: Date;

  @Field(() => String, { nullable: true })
  diagnosisNote!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  diagnosedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "AIR-3: the technician's slot, Mon–Fri 08:00–20:00 Paris time." })
  slotStartsAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  slotEndsAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true })
  resolutionNote!: string | null;
}
