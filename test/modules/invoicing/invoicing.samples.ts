import type { MutationSamples } from "../../support/mutation-samples.js";
import { aStaffUser, actors } from "../../support/factories.js";
import { aBilledMember } from "./invoicing.support.js";

export const samples: MutationSamples = {
  async runMonthlyBilling(db) {
    await aBilledMember(db, "2026-11-02");
    return {
      actor: actors.staff(await aStaffUser(db, "BILLING")),
      query: `mutation($input: RunMonthlyBillingInput!) { runMonthlyBilling(input: $input) { summary { invoicesCreated } userErrors { code rule } } }`,
      variables: { input: { month: "2026-11" } },
    };
  },
};
