import type { Actor } from "../../src/authz/actor.js";
import type { Database } from "../../src/shared/db.js";
import { aCast } from "./factories.js";

export interface MutationSample {
  actor: Actor;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One successful call per mutation of the schema. The audit test fails for a mutation that has
 * no sample here, so a new mutation cannot ship without proving that it writes its audit row.
 */
export const mutationSamples: Record<string, (db: Database) => Promise<MutationSample>> = {
  async updateMemberContact(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: UpdateMemberContactInput!) { updateMemberContact(input: $input) { userErrors { code } } }`,
      variables: { input: { phone: "0612121212" } },
    };
  },
};
