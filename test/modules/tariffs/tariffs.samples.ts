import type { MutationSamples } from "../../support/mutation-samples.js";
import { aCast } from "../../support/factories.js";

export const samples: MutationSamples = {
  async scheduleTariffChange(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.BILLING,
      query: `mutation($input: ScheduleTariffChangeInput!) { scheduleTariffChange(input: $input) { userErrors { code rule } } }`,
      // The audit test runs at the default test clock (2026-11-26): one month later at the earliest.
      variables: { input: { code: "COACH_HOUR", ttcCents: 15_500, effectiveOn: "2027-03-01" } },
    };
  },
};
