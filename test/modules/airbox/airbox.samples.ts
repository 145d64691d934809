import { toGlobalId } from "../../../src/shared/relay.js";
import { aCast, anAddress } from "../../support/factories.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { aDevice, aRepair, aRepairNeedingTechnician, aScheduledRepair, anAirbox, anIncident } from "./airbox.support.js";

/** One successful call per Airbox mutation (audit test). */
export const samples: MutationSamples = {
  async recordAirboxHandover(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RecordAirboxHandoverInput!) { recordAirboxHandover(input: $input) { userErrors { code rule } } }`,
      variables: { input: { memberId: cast.memberGid, device: aDevice() } },
    };
  },
  async recordAirboxInadequateUse(db) {
    const cast = await aCast(db);
    const box = await anAirbox(db, cast.member.id);
    await aScheduledRepair(db, box, cast.staff.TECHNICIAN.id); // AUT-3: the technician serves the member
    return {
      actor: cast.as.TECHNICIAN,
      query: `mutation($input: RecordAirboxInadequateUseInput!) { recordAirboxInadequateUse(input: $input) { userErrors { code rule } } }`,
      variables: { input: { airboxId: toGlobalId("Airbox", box.id), reason: "MOBILE_USE" } },
    };
  },
  async declareAirboxIncident(db) {
    const cast = await aCast(db);
    await anAddress(db, cast.member.id);
    await anAirbox(db, cast.member.id);
    return {
      actor: cast.as.member,
      query: `mutation($input: DeclareAirboxIncidentInput!) { declareAirboxIncident(input: $input) { userErrors { code rule } } }`,
      variables: { input: { description: "Plus d'internet" } },
    };
  },
  async activateAirboxSim(db) {
    const cast = await aCast(db);
    const home = await anAddress(db, cast.member.id);
    const incident = await anIncident(db, await anAirbox(db, cast.member.id), home.id, { technicianId: cast.staff.TECHNICIAN.id });
    return {
      actor: cast.as.TECHNICIAN,
      query: `mutation($input: AirboxIncidentInput!) { activateAirboxSim(input: $input) { userErrors { code rule } } }`,
      variables: { input: { incidentId: toGlobalId("AirboxIncident", incident.id) } },
    };
  },
  async closeAirboxIncident(db) {
    const cast = await aCast(db);
    const home = await anAddress(db, cast.member.id);
    const incident = await anIncident(db, await anAirbox(db, cast.member.id), home.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: AirboxIncidentInput!) { closeAirboxIncident(input: $input) { userErrors { code rule } } }`,
      variables: { input: { incidentId: toGlobalId("AirboxIncident", incident.id) } },
    };
  },
  async reportAirboxFault(db) {
    const cast = await aCast(db);
    await anAirbox(db, cast.member.id);
    return {
      actor: cast.as.delegate,
      query: `mutation($input: ReportAirboxFaultInput!) { reportAirboxFault(input: $input) { userErrors { code rule } } }`,
      variables: { input: { description: "Ne s'allume plus" } },
    };
  },
  async recordAirboxDiagnosis(db) {
    const cast = await aCast(db);
    const repair = await aRepair(db, await anAirbox(db, cast.member.id));
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RecordAirboxDiagnosisInput!) { recordAirboxDiagnosis(input: $input) { userErrors { code rule } } }`,
      variables: { input: { repairId: toGlobalId("AirboxRepair", repair.id), outcome: "NEEDS_TECHNICIAN" } },
    };
  },
  async scheduleAirboxTechnician(db) {
    const cast = await aCast(db);
    await anAddress(db, cast.member.id);
    const repair = await aRepairNeedingTechnician(db, await anAirbox(db, cast.member.id));
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: ScheduleAirboxTechnicianInput!) { scheduleAirboxTechnician(input: $input) { userErrors { code rule } } }`,
      variables: {
        input: {
          repairId: toGlobalId("AirboxRepair", repair.id),
          technicianId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id),
          startsAt: "2026-11-27T07:00:00Z",
          endsAt: "2026-11-27T08:00:00Z",
        },
      },
    };
  },
  async completeAirboxRepair(db) {
    const cast = await aCast(db);
    const repair = await aScheduledRepair(db, await anAirbox(db, cast.member.id), cast.staff.TECHNICIAN.id);
    return {
      actor: cast.as.TECHNICIAN,
      query: `mutation($input: CompleteAirboxRepairInput!) { completeAirboxRepair(input: $input) { userErrors { code rule } } }`,
      variables: { input: { repairId: toGlobalId("AirboxRepair", repair.id), outcome: "REPLACED", replacement: aDevice() } },
    };
  },
  async assignAirboxIncidentTechnician(db) {
    const cast = await aCast(db);
    const home = await anAddress(db, cast.member.id);
    const incident = await anIncident(db, await anAirbox(db, cast.member.id), home.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: AssignAirboxIncidentTechnicianInput!) { assignAirboxIncidentTechnician(input: $input) { userErrors { code rule } } }`,
      variables: { input: { incidentId: toGlobalId("AirboxIncident", incident.id), technicianId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id) } },
    };
  },
};
