import { toGlobalId } from "../../../src/shared/relay.js";
import { aCast, anAddress } from "../../support/factories.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { anAirbox, anIncident } from "./airbox.support.js";

/** One successful call per Airbox mutation added after the core samples (audit test). */
export const samples: MutationSamples = {
  async assignAirboxIncidentTechnician(db) {
    const cast = await aCast(db);
    const home = await anAddress(db, cast.member.id);
    const incident = await anIncident(db, await anAirbox(db, cast.member.id), home.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: AssignAirboxIncidentTechnicianInput!) { assignAirboxIncidentTechnician(input: $input) { userErrors { code } } }`,
      variables: { input: { incidentId: toGlobalId("AirboxIncident", incident.id), technicianId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id) } },
    };
  },
};
