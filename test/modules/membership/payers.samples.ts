import { eq } from "drizzle-orm";
import { payerItemKinds, payers } from "../../../db/schema/index.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { aCast, aPayer } from "../../support/factories.js";

/**
 * BIL-6 made designations exclusive: aCast's member already has a payer of everything, so the core
 * sample (a second payer of everything for that member) is now a refusal. This one, collected after
 * the core samples, replaces it: a payer of the Privilège only, beside an active payer of the option.
 */
export const samples: MutationSamples = {
  async designatePayer(db) {
    const cast = await aCast(db);
    await db.db.update(payers).set({ revokedAt: new Date("2026-11-01T00:00:00Z") }).where(eq(payers.memberId, cast.member.id));
    const optionPayer = await aPayer(db, cast.member.id);
    await db.db.insert(payerItemKinds).values({ payerId: optionPayer.id, itemKind: "OPTION" });
    return {
      actor: cast.as.member,
      query: `mutation($input: DesignatePayerInput!) { designatePayer(input: $input) { userErrors { code } } }`,
      variables: {
        input: { kind: "NATURAL_PERSON", displayName: "Marie Dupont", email: "marie@example.fr", billingAddress: "4 rue Y, 75004 Paris", itemKinds: ["PRIVILEGE"] },
      },
    };
  },
};
