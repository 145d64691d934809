import type { MutationSamples } from "../../support/mutation-samples.js";
import { aMember, aStaffUser, actors } from "../../support/factories.js";
import { toGlobalId } from "../../../src/shared/relay.js";

export const samples: MutationSamples = {
  async erasePersonalData(db) {
    const former = await aMember(db, { status: "TERMINATED", terminatedAt: new Date("2026-10-31T23:00:00Z") });
    return {
      actor: actors.staff(await aStaffUser(db, "PRIVACY_OFFICER")),
      query: `mutation($input: ErasePersonalDataInput!) { erasePersonalData(input: $input) { erasure { anonymisedAt } userErrors { code rule } } }`,
      variables: { input: { memberId: toGlobalId("Member", former.id) } },
    };
  },
};
