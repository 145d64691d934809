import { toGlobalId } from "../../../src/shared/relay.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { aConciergeCast, aConciergeRequest, aPrivilege } from "./concierge.support.js";

/** One successful call per concierge mutation (audit test). */
export const samples: MutationSamples = {
  async submitConciergeRequest(db) {
    const cast = await aConciergeCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: SubmitConciergeRequestInput!) { submitConciergeRequest(input: $input) { userErrors { code rule } } }`,
      variables: { input: { category: "RESTAURANT", content: "Une table pour deux", callback: { phone: "0612345678" } } },
    };
  },
  async cancelConciergeRequest(db) {
    const cast = await aConciergeCast(db);
    const request = await aConciergeRequest(db, cast.member.id);
    return {
      actor: cast.as.delegate,
      query: `mutation($input: CancelConciergeRequestInput!) { cancelConciergeRequest(input: $input) { userErrors { code rule } } }`,
      variables: { input: { requestId: toGlobalId("ConciergeRequest", request.id), reason: "Plus besoin" } },
    };
  },
  async updateConciergeRequestStatus(db) {
    const cast = await aConciergeCast(db);
    const request = await aConciergeRequest(db, cast.member.id);
    return {
      actor: cast.as.CONCIERGE_PARTNER,
      query: `mutation($input: UpdateConciergeRequestStatusInput!) { updateConciergeRequestStatus(input: $input) { userErrors { code rule } } }`,
      variables: { input: { requestId: toGlobalId("ConciergeRequest", request.id), status: "ACCEPTED" } },
    };
  },
  async subscribeConciergePrivilege(db) {
    const cast = await aConciergeCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: ConciergePrivilegeInput!) { subscribeConciergePrivilege(input: $input) { userErrors { code rule } } }`,
      variables: { input: {} },
    };
  },
  async cancelConciergePrivilege(db) {
    const cast = await aConciergeCast(db);
    await aPrivilege(db, cast.member.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: ConciergePrivilegeInput!) { cancelConciergePrivilege(input: $input) { userErrors { code rule } } }`,
      variables: { input: { memberId: cast.memberGid } },
    };
  },
};
