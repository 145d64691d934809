import { toGlobalId } from "../../../src/shared/relay.js";
import { aCast } from "../../support/factories.js";
import type { MutationSamples } from "../../support/mutation-samples.js";

/** One successful call per coaching mutation (audit test). */
export const samples: MutationSamples = {
  async assignCoach(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: AssignCoachInput!) { assignCoach(input: $input) { userErrors { code rule } } }`,
      variables: { input: { memberId: cast.memberGid, coachId: toGlobalId("StaffUser", cast.staff.COACH.id) } },
    };
  },
};
