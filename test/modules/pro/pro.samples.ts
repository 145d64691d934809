import { toGlobalId } from "../../../src/shared/relay.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { aProBrick, aProCast, aProService } from "./pro.support.js";

/** One successful call per Univers Pro mutation (audit test). */
export const samples: MutationSamples = {
  async requestProService(db) {
    const cast = await aProCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: RequestProServiceInput!) { requestProService(input: $input) { userErrors { code rule } } }`,
      variables: { input: { service: "PUBLIC_WIFI", description: "Wi-Fi public" } },
    };
  },
  async recordProServiceStudy(db) {
    const cast = await aProCast(db);
    const row = await aProService(db, cast.member.id, { technicianId: cast.staff.TECHNICIAN.id });
    return {
      actor: cast.as.TECHNICIAN,
      query: `mutation($input: RecordProServiceStudyInput!) { recordProServiceStudy(input: $input) { userErrors { code rule } } }`,
      variables: { input: { requestId: toGlobalId("ProServiceRequest", row.id), summary: "Étude faite" } },
    };
  },
  async recordProServiceInstallation(db) {
    const cast = await aProCast(db);
    const row = await aProService(db, cast.member.id, { status: "ACCEPTED" });
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RecordProServiceInstallationInput!) { recordProServiceInstallation(input: $input) { userErrors { code rule } } }`,
      variables: { input: { requestId: toGlobalId("ProServiceRequest", row.id), installedOn: "2026-11-20" } },
    };
  },
  async subscribeProBrick(db) {
    const cast = await aProCast(db);
    return {
      actor: cast.as.delegate,
      query: `mutation($input: SubscribeProBrickInput!) { subscribeProBrick(input: $input) { userErrors { code rule } } }`,
      variables: { input: { brick: "WIFI", accessPoints: 2, addressId: toGlobalId("Address", cast.address.id) } },
    };
  },
  async recordProBrickPrerequisite(db) {
    const cast = await aProCast(db);
    const brick = await aProBrick(db, cast.member.id, cast.address.id, { status: "REVIEW_REQUIRED" });
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RecordProBrickPrerequisiteInput!) { recordProBrickPrerequisite(input: $input) { userErrors { code rule } } }`,
      variables: { input: { brickId: toGlobalId("ProBrick", brick.id), summary: "Revue faite" } },
    };
  },
  async terminateProBrick(db) {
    const cast = await aProCast(db);
    const brick = await aProBrick(db, cast.member.id, cast.address.id);
    return {
      actor: cast.as.member,
      query: `mutation($input: TerminateProBrickInput!) { terminateProBrick(input: $input) { userErrors { code rule } } }`,
      variables: { input: { brickId: toGlobalId("ProBrick", brick.id) } },
    };
  },
  async assignProServiceTechnician(db) {
    const cast = await aProCast(db);
    const row = await aProService(db, cast.member.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: AssignProServiceTechnicianInput!) { assignProServiceTechnician(input: $input) { userErrors { code rule } } }`,
      variables: { input: { requestId: toGlobalId("ProServiceRequest", row.id), technicianId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id) } },
    };
  },
  async assignProBrickTechnician(db) {
    const cast = await aProCast(db);
    const brick = await aProBrick(db, cast.member.id, cast.address.id, { status: "STUDY_REQUIRED" });
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: AssignProBrickTechnicianInput!) { assignProBrickTechnician(input: $input) { userErrors { code rule } } }`,
      variables: { input: { brickId: toGlobalId("ProBrick", brick.id), technicianId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id) } },
    };
  },
};
