import { Field, ID, InputType } from "type-graphql";
import { MemberIdInput } from "../../shared/member-target.js";
import type { AIRBOX_INADEQUATE_USE_REASONS } from "../../../db/schema/airbox.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { AirboxDiagnosisOutcome, AirboxInadequateUseReason, AirboxRepairOutcome, type AIRBOX_DIAGNOSIS_OUTCOMES, type AIRBOX_REPAIR_OUTCOMES } from "./airbox.types.js";

@InputType({ description: "AIR-1: the Airbox and its SIM." })
export class AirboxDeviceInput {
  @Field(() => String, { description: "As printed on the box: 4 to 40 letters, digits and hyphens (upper-cased, spaces dropped)." })
  serialNumber!: string;

  @Field(() => String, { description: "18 to 20 digits starting with 89, with a valid check digit." })
  simIccid!: string;
}

@InputType({ description: "AIR-1: the desk or a technician records the Airbox handed over at the entry appointment." })
export class RecordAirboxHandoverInput {
  @Field(() => ID, { description: "The member who receives the Airbox." })
  memberId!: string;

  @Field(() => AirboxDeviceInput, { description: "The Airbox handed over and its SIM." })
  device!: AirboxDeviceInput;

  @Field(() => DateTimeScalar, { nullable: true, description: "Defaults to now; never in the future." })
  handedOverAt?: Date | null;
}

@InputType({ description: "AIR-2: declare an incident on the home connection to the Desk." })
export class DeclareAirboxIncidentInput extends MemberIdInput {
  @Field(() => String, { description: "What happened (1000 characters at most)." })
  description!: string;

  @Field(() => ID, { nullable: true, description: "Where the Airbox will serve: must be the member's main address (the default)." })
  addressId?: string | null;
}

@InputType({ description: "AIR-2: an Airbox incident, for the desk or the technician assigned to it." })
export class AirboxIncidentInput {
  @Field(() => ID, { description: "The AirboxIncident's ID." })
  incidentId!: string;
}

@InputType({ description: "AUT-3: the desk assigns an open incident to a technician; only he, and the desk, then act on it." })
export class AssignAirboxIncidentTechnicianInput extends AirboxIncidentInput {
  @Field(() => ID, { description: "A StaffUser with the TECHNICIAN role." })
  technicianId!: string;
}

@InputType({ description: "AIR-2: record an inadequate use of the Airbox; Parnasse then no longer intervenes." })
export class RecordAirboxInadequateUseInput {
  @Field(() => ID, { description: "The Airbox's ID." })
  airboxId!: string;

  @Field(() => AirboxInadequateUseReason, { description: "What the inadequate use was." })
  reason!: (typeof AIRBOX_INADEQUATE_USE_REASONS)[number];

  @Field(() => String, { nullable: true, description: "Free text (1000 characters at most)." })
  note?: string | null;
}

@InputType({ description: "AIR-3: report a faulty Airbox." })
export class ReportAirboxFaultInput extends MemberIdInput {
  @Field(() => String, { description: "What is wrong (1000 characters at most)." })
  description!: string;
}

@InputType({ description: "AIR-3: the outcome of the remote diagnosis." })
export class RecordAirboxDiagnosisInput {
  @Field(() => ID, { description: "The AirboxRepair's ID; it must be in REMOTE_DIAGNOSIS." })
  repairId!: string;

  @Field(() => AirboxDiagnosisOutcome, { description: "Resolved remotely, or a technician is needed." })
  outcome!: (typeof AIRBOX_DIAGNOSIS_OUTCOMES)[number];

  @Field(() => String, { nullable: true, description: "Free text (1000 characters at most)." })
  note?: string | null;
}

@InputType({ description: "AIR-3: the desk books a technician's slot, Mon–Fri 08:00–20:00 Paris time, at the member's home." })
export class ScheduleAirboxTechnicianInput {
  @Field(() => ID, { description: "The AirboxRepair's ID; it must be in NEEDS_TECHNICIAN, or TECHNICIAN_SCHEDULED to move the slot." })
  repairId!: string;

  @Field(() => ID, { nullable: true, description: "A StaffUser with the TECHNICIAN role, named by the desk (required: a technician never assigns himself, AUT-3)." })
  technicianId?: string | null;

  @Field(() => DateTimeScalar, { description: "The slot's start: in the future, inside the technician hours (Mon–Fri 08:00–20:00 Paris time)." })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: "The slot's end, inside the same technician hours." })
  endsAt!: Date;
}

@InputType({ description: "AIR-3: the technician repaired the Airbox, or replaced it." })
export class CompleteAirboxRepairInput {
  @Field(() => ID, { description: "The AirboxRepair's ID; it must be in TECHNICIAN_SCHEDULED." })
  repairId!: string;

  @Field(() => AirboxRepairOutcome, { description: "Repaired, or replaced by a new Airbox." })
  outcome!: (typeof AIRBOX_REPAIR_OUTCOMES)[number];

  @Field(() => AirboxDeviceInput, { nullable: true, description: "Required for REPLACED: the new Airbox." })
  replacement?: AirboxDeviceInput | null;

  @Field(() => String, { nullable: true, description: "Free text (1000 characters at most)." })
  note?: string | null;
}
