import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Member } from "../members/index.js";
import { Address } from "../premises/index.js";
import { airboxIncidentsService } from "./airbox.incidents.service.js";
import {
  AirboxIncidentInput,
  AssignAirboxIncidentTechnicianInput,
  CompleteAirboxRepairInput,
  DeclareAirboxIncidentInput,
  RecordAirboxDiagnosisInput,
  RecordAirboxHandoverInput,
  RecordAirboxInadequateUseInput,
  ReportAirboxFaultInput,
  ScheduleAirboxTechnicianInput,
} from "./airbox.inputs.js";
import { AirboxIncidentPayload, AirboxPayload, AirboxRepairPayload } from "./airbox.payloads.js";
import { airboxReads } from "./airbox.reads.js";
import { airboxRepairsService } from "./airbox.repairs.service.js";
import { airboxService } from "./airbox.service.js";
import { Airbox, AirboxIncident, AirboxRepair } from "./airbox.types.js";

@Resolver()
export class AirboxMutationsResolver {
  @Mutation(() => AirboxPayload, { description: "AIR-1: the desk, or a technician serving the member, records the Airbox handed over at the entry appointment (one per member)." })
  async recordAirboxHandover(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordAirboxHandoverInput, { description: "All of `recordAirboxHandover`'s arguments, as one `RecordAirboxHandoverInput` (see its fields)." })
    input: RecordAirboxHandoverInput,
  ) {
    return AirboxPayload.from(ctx, await airboxService.recordHandover(ctx, input));
  }

  @Mutation(() => AirboxPayload, { description: "AIR-2: the desk, or a technician serving the member, records inadequate use; no intervention afterwards." })
  async recordAirboxInadequateUse(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordAirboxInadequateUseInput, {
      description: "All of `recordAirboxInadequateUse`'s arguments, as one `RecordAirboxInadequateUseInput` (see its fields).",
    })
    input: RecordAirboxInadequateUseInput,
  ) {
    return AirboxPayload.from(ctx, await airboxService.recordInadequateUse(ctx, input));
  }

  @Mutation(() => AirboxIncidentPayload, { description: "AIR-2: declare an incident on the home connection to the Desk." })
  async declareAirboxIncident(
    @Ctx() ctx: Context,
    @Arg("input", () => DeclareAirboxIncidentInput, { description: "All of `declareAirboxIncident`'s arguments, as one `DeclareAirboxIncidentInput` (see its fields)." })
    input: DeclareAirboxIncidentInput,
  ) {
    return AirboxIncidentPayload.from(ctx, await airboxIncidentsService.declare(ctx, input));
  }

  @Mutation(() => AirboxIncidentPayload, { description: "AUT-3: the desk assigns an open incident to a technician; only he, and the desk, then act on it." })
  async assignAirboxIncidentTechnician(
    @Ctx() ctx: Context,
    @Arg("input", () => AssignAirboxIncidentTechnicianInput, {
      description: "All of `assignAirboxIncidentTechnician`'s arguments, as one `AssignAirboxIncidentTechnicianInput` (see its fields).",
    })
    input: AssignAirboxIncidentTechnicianInput,
  ) {
    return AirboxIncidentPayload.from(ctx, await airboxIncidentsService.assignTechnician(ctx, input));
  }

  @Mutation(() => AirboxIncidentPayload, {
    description: "AIR-2: the desk, or the technician assigned to the incident, activates the Airbox SIM (200 GB), at the member's home only.",
  })
  async activateAirboxSim(
    @Ctx() ctx: Context,
    @Arg("input", () => AirboxIncidentInput, { description: "All of `activateAirboxSim`'s arguments, as one `AirboxIncidentInput` (see its fields)." }) input: AirboxIncidentInput,
  ) {
    return AirboxIncidentPayload.from(ctx, await airboxIncidentsService.activateSim(ctx, input));
  }

  @Mutation(() => AirboxIncidentPayload, { description: "AIR-2: the home connection is back; the incident is closed (desk, or the assigned technician)." })
  async closeAirboxIncident(
    @Ctx() ctx: Context,
    @Arg("input", () => AirboxIncidentInput, { description: "All of `closeAirboxIncident`'s arguments, as one `AirboxIncidentInput` (see its fields)." })
    input: AirboxIncidentInput,
  ) {
    return AirboxIncidentPayload.from(ctx, await airboxIncidentsService.close(ctx, input));
  }

  @Mutation(() => AirboxRepairPayload, { description: "AIR-3: report a faulty Airbox; a remote diagnosis comes first." })
  async reportAirboxFault(
    @Ctx() ctx: Context,
    @Arg("input", () => ReportAirboxFaultInput, { description: "All of `reportAirboxFault`'s arguments, as one `ReportAirboxFaultInput` (see its fields)." })
    input: ReportAirboxFaultInput,
  ) {
    return AirboxRepairPayload.from(ctx, await airboxRepairsService.report(ctx, input));
  }

  @Mutation(() => AirboxRepairPayload, { description: "AIR-3: the desk's remote diagnosis resolved the fault, or a technician is needed." })
  async recordAirboxDiagnosis(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordAirboxDiagnosisInput, { description: "All of `recordAirboxDiagnosis`'s arguments, as one `RecordAirboxDiagnosisInput` (see its fields)." })
    input: RecordAirboxDiagnosisInput,
  ) {
    return AirboxRepairPayload.from(ctx, await airboxRepairsService.diagnose(ctx, input));
  }

  @Mutation(() => AirboxRepairPayload, { description: "AIR-3: the desk books a named technician's slot, Mon–Fri 08:00–20:00 Paris time (AUT-3: assigning is the desk's act)." })
  async scheduleAirboxTechnician(
    @Ctx() ctx: Context,
    @Arg("input", () => ScheduleAirboxTechnicianInput, { description: "All of `scheduleAirboxTechnician`'s arguments, as one `ScheduleAirboxTechnicianInput` (see its fields)." })
    input: ScheduleAirboxTechnicianInput,
  ) {
    return AirboxRepairPayload.from(ctx, await airboxRepairsService.schedule(ctx, input));
  }

  @Mutation(() => AirboxRepairPayload, {
    description: "AIR-3: repaired, or replaced (the new Airbox is recorded, the old one kept in the history); the desk or the assigned technician.",
  })
  async completeAirboxRepair(
    @Ctx() ctx: Context,
    @Arg("input", () => CompleteAirboxRepairInput, { description: "All of `completeAirboxRepair`'s arguments, as one `CompleteAirboxRepairInput` (see its fields)." })
    input: CompleteAirboxRepairInput,
  ) {
    return AirboxRepairPayload.from(ctx, await airboxRepairsService.complete(ctx, input));
  }
}

/** Member.airbox; guarded by Member's own rule (canReadMember). */
@Resolver(() => Member)
export class MemberAirboxResolver {
  @FieldResolver(() => Airbox, { nullable: true, description: "AIR-1: the member's current Airbox." })
  airbox(@Root() member: Member, @Ctx() ctx: Context): Promise<Airbox | null> {
    return airboxReads.current(ctx, member.rawId);
  }
}

@Resolver(() => Airbox)
export class AirboxResolver {
  @FieldResolver(() => Airbox, { nullable: true, description: "AIR-3: the Airbox this one replaced (history)." })
  replaces(@Root() airbox: Airbox, @Ctx() ctx: Context): Promise<Airbox | null> {
    return airboxReads.byId(ctx, airbox.memberRawId, airbox.replacesRawId);
  }

  @FieldResolver(() => [AirboxIncident], { description: "AIR-2: incidents, newest first." })
  incidents(@Root() airbox: Airbox, @Ctx() ctx: Context): Promise<AirboxIncident[]> {
    return airboxReads.incidents(ctx, airbox);
  }

  @FieldResolver(() => [AirboxRepair], { description: "AIR-3: repairs, newest first." })
  repairs(@Root() airbox: Airbox, @Ctx() ctx: Context): Promise<AirboxRepair[]> {
    return airboxReads.repairs(ctx, airbox);
  }
}

@Resolver(() => AirboxIncident)
export class AirboxIncidentResolver {
  @FieldResolver(() => Airbox, { nullable: true, description: "The Airbox the incident concerns; null when the actor may not read it." })
  airbox(@Root() incident: AirboxIncident, @Ctx() ctx: Context): Promise<Airbox | null> {
    return airboxReads.byId(ctx, incident.memberRawId, incident.airboxRawId);
  }

  @FieldResolver(() => Address, { nullable: true, description: "AIR-2: the member's home the SIM serves (null for technicians)." })
  homeAddress(@Root() incident: AirboxIncident, @Ctx() ctx: Context): Promise<Address | null> {
    return airboxReads.homeAddress(ctx, incident);
  }
}

@Resolver(() => AirboxRepair)
export class AirboxRepairResolver {
  @FieldResolver(() => Airbox, { nullable: true, description: "The faulty Airbox; null when the actor may not read it." })
  airbox(@Root() repair: AirboxRepair, @Ctx() ctx: Context): Promise<Airbox | null> {
    return airboxReads.byId(ctx, repair.memberRawId, repair.airboxRawId);
  }

  @FieldResolver(() => Airbox, { nullable: true, description: "AIR-3: the new Airbox, when replaced." })
  replacement(@Root() repair: AirboxRepair, @Ctx() ctx: Context): Promise<Airbox | null> {
    return airboxReads.byId(ctx, repair.memberRawId, repair.replacementRawId);
  }
}

export const airboxResolvers = [AirboxMutationsResolver, MemberAirboxResolver, AirboxResolver, AirboxIncidentResolver, AirboxRepairResolver];
