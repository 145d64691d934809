import type { MutationSamples } from "../../support/mutation-samples.js";
import { aCast } from "../../support/factories.js";

export const samples: MutationSamples = {
  async updateInvoiceDelivery(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: UpdateInvoiceDeliveryInput!) { updateInvoiceDelivery(input: $input) { userErrors { code rule } } }`,
      variables: { input: { hasInternetAccess: false } },
    };
  },
};
