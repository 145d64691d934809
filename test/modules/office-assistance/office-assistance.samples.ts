import type { MutationSamples } from "../../support/mutation-samples.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { aSession, anOfficeCast, anOfficeRequest, requestGid, requestInput, sessionGid } from "./office-assistance.support.js";

/** One successful call per office-assistance mutation (audit test). */
export const samples: MutationSamples = {
  async requestOfficeAssistance(db) {
    const cast = await anOfficeCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: RequestOfficeAssistanceInput!) { requestOfficeAssistance(input: $input) { userErrors { code rule } } }`,
      variables: { input: requestInput() },
    };
  },
  async confirmOfficeAssistanceBackup(db) {
    const cast = await anOfficeCast(db);
    const request = await anOfficeRequest(db, cast.member.id, { backup: false });
    return {
      actor: cast.as.delegate,
      query: `mutation($input: OfficeAssistanceRequestRefInput!) { confirmOfficeAssistanceBackup(input: $input) { userErrors { code rule } } }`,
      variables: { input: { requestId: requestGid(request) } },
    };
  },
  async consentToScreenSharing(db) {
    const cast = await anOfficeCast(db);
    const request = await anOfficeRequest(db, cast.member.id);
    return {
      actor: cast.as.member,
      query: `mutation($input: OfficeAssistanceRequestRefInput!) { consentToScreenSharing(input: $input) { userErrors { code rule } } }`,
      variables: { input: { requestId: requestGid(request) } },
    };
  },
  async stopScreenSharing(db) {
    const cast = await anOfficeCast(db);
    const session = await aSession(db, await anOfficeRequest(db, cast.member.id));
    return {
      actor: cast.as.member,
      query: `mutation($input: StopScreenSharingInput!) { stopScreenSharing(input: $input) { userErrors { code rule } } }`,
      variables: { input: { sessionId: sessionGid(session) } },
    };
  },
  async bookOfficeAssistanceVisit(db) {
    const cast = await anOfficeCast(db);
    const request = await anOfficeRequest(db, cast.member.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: BookOfficeAssistanceVisitInput!) { bookOfficeAssistanceVisit(input: $input) { userErrors { code rule } } }`,
      variables: { input: { requestId: requestGid(request), addressId: toGlobalId("Address", cast.address.id), startsAt: "2026-12-01T09:00:00Z", durationMinutes: 90 } },
    };
  },
};
