import { Field, ID, InputType } from "type-graphql";
import { MemberIdInput } from "../../shared/member-target.js";
import type { AIRBOX_INADEQUATE_USE_REASONS } from "../../../db/schema/airbox.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { AirboxDiagnosisOutcome, AirboxInadequateUseReason, AirboxRepairOutcome, type AIRBOX_DIAGNOSIS_OUTCOMES, type AIRBOX_REPAIR_OUTCOMES } from "./airbox.types.js";

@InputType({ description: "AIR-1: the Airbox and its SIM." })
export class AirboxDeviceInput {
  @Field(() => String)
  serialNumber!: string;

  @Field(() => String, { description: "18 to 20 digits starting with 89, with a valid check digit." })
  simIccid!: string;
}

@InputType({ description: "AIR-1: the desk or a technician records the Airbox handed over at the entry appointment." })
export class RecordAirboxHandoverInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => AirboxDeviceInput)
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

@InputType()
export class AirboxIncidentInput {
  @Field(() => ID)
  incidentId!: string;
}

@InputType({ description: "AUT-3: the desk assigns an open incident to a technician; only he, and the desk, then act on it." })
export class AssignAirboxIncidentTechnicianInput extends AirboxIncidentInput {
  @Field(() => ID, { description: "A StaffUser with the TECHNICIAN role." })
  technicianId!: string;
}

@InputType({ description: "AIR-2: record an inadequate use of the Airbox; Parnasse then no longer intervenes." })
export class RecordAirboxInadequateUseInput {
  @Field(() => ID)
  airboxId!: string;

  @Field(() => AirboxInadequateUseReason)
  reason!: (typeof AIRBOX_INADEQUATE_USE_REASONS)[number];

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: "AIR-3: report a faulty Airbox." })
export class ReportAirboxFaultInput extends MemberIdInput {
  @Field(() => String, { description: "What is wrong (1000 characters at most)." })
  description!: string;
}

@InputType({ description: "AIR-3: the outcome of the remote diagnosis." })
export class RecordAirboxDiagnosisInput {
  @Field(() => ID)
  repairId!: string;

  @Field(() => AirboxDiagnosisOutcome)
  outcome!: (typeof AIRBOX_DIAGNOSIS_OUTCOMES)[number];

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: "AIR-3: the desk books a technician's slot, Mon–Fri 08:00–20:00 Paris time, at the member's home." })
export class ScheduleAirboxTechnicianInput {
  @Field(() => ID)
  repairId!: string;

  @Field(() => ID, { nullable: true, description: "A StaffUser with the TECHNICIAN role, named by the desk (required: a technician never assigns himself, AUT-3)." })
  technicianId?: string | null;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  endsAt!: Date;
}

@InputType({ description: "AIR-3: the technician repaired the Airbox, or replaced it." })
export class CompleteAirboxRepairInput {
  @Field(() => ID)
  repairId!: string;

  @Field(() => AirboxRepairOutcome)
  outcome!: (typeof AIRBOX_REPAIR_OUTCOMES)[number];

  @Field(() => AirboxDeviceInput, { nullable: true, description: "Required for REPLACED: the new Airbox." })
  replacement?: AirboxDeviceInput | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
