import { toGlobalId } from "../../../src/shared/relay.js";
import { aCast, aLine, anAddress } from "../../support/factories.js";
import type { MutationSamples } from "../../support/mutation-samples.js";

/** One successful call per premises mutation: addresses and internet lines (audit test). */
export const samples: MutationSamples = {
  async addAddress(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: AddAddressInput!) { addAddress(input: $input) { userErrors { code rule } } }`,
      variables: { input: { kind: "MAIN", line1: "10 rue Halévy", postalCode: "75009", commune: "Paris", fiberEligible: true } },
    };
  },
  async removeAddress(db) {
    const cast = await aCast(db);
    const address = await anAddress(db, cast.member.id);
    return {
      actor: cast.as.delegate,
      query: `mutation($input: RemoveAddressInput!) { removeAddress(input: $input) { userErrors { code rule } } }`,
      variables: { input: { addressId: toGlobalId("Address", address.id) } },
    };
  },
  async updateAddressEligibility(db) {
    const cast = await aCast(db);
    const address = await anAddress(db, cast.member.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: UpdateAddressEligibilityInput!) { updateAddressEligibility(input: $input) { userErrors { code rule } } }`,
      variables: { input: { addressId: toGlobalId("Address", address.id), adslEligible: true } },
    };
  },
  async addInternetLine(db) {
    const cast = await aCast(db);
    const address = await anAddress(db, cast.member.id);
    return {
      actor: cast.as.member,
      query: `mutation($input: AddInternetLineInput!) { addInternetLine(input: $input) { userErrors { code rule } } }`,
      variables: {
        input: {
          addressId: toGlobalId("Address", address.id),
          operator: "ORANGE",
          offer: "RESIDENTIAL_INTERNET",
          technology: "FIBER",
          holder: { lastName: cast.member.lastName, firstName: cast.member.firstName },
        },
      },
    };
  },
  async removeInternetLine(db) {
    const cast = await aCast(db);
    const line = await aLine(db, await anAddress(db, cast.member.id));
    return {
      actor: cast.as.member,
      query: `mutation($input: RemoveInternetLineInput!) { removeInternetLine(input: $input) { userErrors { code rule } } }`,
      variables: { input: { lineId: toGlobalId("InternetLine", line.id) } },
    };
  },
};
