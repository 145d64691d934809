import { toGlobalId } from "../../../src/shared/relay.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { aCast } from "../../support/factories.js";

export const samples: MutationSamples = {
  async recordEquipmentPurchase(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RecordEquipmentPurchaseInput!) { recordEquipmentPurchase(input: $input) { userErrors { code rule } } }`,
      variables: { input: { memberId: toGlobalId("Member", cast.member.id), label: "Répéteur Wi-Fi", quantity: 1, unitTtcCents: 5_990 } },
    };
  },
};
