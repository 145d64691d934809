import { aCast } from "../../support/factories.js";
import type { MutationSamples } from "../../support/mutation-samples.js";

/** One successful call per members mutation (audit test). */
export const samples: MutationSamples = {
  async updateMemberContact(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: UpdateMemberContactInput!) { updateMemberContact(input: $input) { userErrors { code rule } } }`,
      variables: { input: { phone: "0612121212" } },
    };
  },
};
