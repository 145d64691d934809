import { toGlobalId } from "../../../src/shared/relay.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { aProBrick, aProCast, aProService } from "./pro.support.js";

/** One successful call per Univers Pro mutation added after the core samples (audit test). */
export const samples: MutationSamples = {
  async assignProServiceTechnician(db) {
    const cast = await aProCast(db);
    const row = await aProService(db, cast.member.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: AssignProServiceTechnicianInput!) { assignProServiceTechnician(input: $input) { userErrors { code } } }`,
      variables: { input: { requestId: toGlobalId("ProServiceRequest", row.id), technicianId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id) } },
    };
  },
  async assignProBrickTechnician(db) {
    const cast = await aProCast(db);
    const brick = await aProBrick(db, cast.member.id, cast.address.id, { status: "STUDY_REQUIRED" });
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: AssignProBrickTechnicianInput!) { assignProBrickTechnician(input: $input) { userErrors { code } } }`,
      variables: { input: { brickId: toGlobalId("ProBrick", brick.id), technicianId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id) } },
    };
  },
};
