import type { Actor } from "../../src/authz/actor.js";
import type { Database } from "../../src/shared/db.js";
import { toGlobalId } from "../../src/shared/relay.js";
import { givePremises } from "../modules/options/support.js";
import { aCast, aLine, aMember, actors, anAddress, anOption } from "./factories.js";

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

  async subscribeOption(db) {
    const member = await aMember(db);
    await givePremises(db, member.id);
    return {
      actor: actors.member(member),
      query: `mutation($input: SubscribeOptionInput!) { subscribeOption(input: $input) { userErrors { code } } }`,
      variables: { input: {} },
    };
  },
  async requestOptionTermination(db) {
    const member = await aMember(db);
    await givePremises(db, member.id);
    await anOption(db, member.id);
    return {
      actor: actors.member(member),
      query: `mutation($input: RequestOptionTerminationInput!) { requestOptionTermination(input: $input) { userErrors { code } } }`,
      variables: { input: { channel: "APP" } },
    };
  },
  async terminateOptionForParnasse(db) {
    const cast = await aCast(db);
    await givePremises(db, cast.member.id);
    await anOption(db, cast.member.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: TerminateOptionForParnasseInput!) { terminateOptionForParnasse(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: toGlobalId("Member", cast.member.id), reason: "PARNASSE_BREACH", detail: "audit sample" } },
    };
  },
  async publishAnnouncement(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { userErrors { code } } }`,
      variables: { input: { kind: "SERVICE_REMOVAL", title: "Fin du service X", body: "Le service X sera retiré.", effectiveOn: "2030-01-01" } },
    };
  },
  async addAddress(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: AddAddressInput!) { addAddress(input: $input) { userErrors { code } } }`,
      variables: { input: { kind: "MAIN", line1: "10 rue Halévy", postalCode: "75009", commune: "Paris", fiberEligible: true } },
    };
  },
  async removeAddress(db) {
    const cast = await aCast(db);
    const address = await anAddress(db, cast.member.id);
    return {
      actor: cast.as.delegate,
      query: `mutation($input: RemoveAddressInput!) { removeAddress(input: $input) { userErrors { code } } }`,
      variables: { input: { addressId: toGlobalId("Address", address.id) } },
    };
  },
  async updateAddressEligibility(db) {
    const cast = await aCast(db);
    const address = await anAddress(db, cast.member.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: UpdateAddressEligibilityInput!) { updateAddressEligibility(input: $input) { userErrors { code } } }`,
      variables: { input: { addressId: toGlobalId("Address", address.id), adslEligible: true } },
    };
  },
  async addInternetLine(db) {
    const cast = await aCast(db);
    const address = await anAddress(db, cast.member.id);
    return {
      actor: cast.as.member,
      query: `mutation($input: AddInternetLineInput!) { addInternetLine(input: $input) { userErrors { code } } }`,
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
      query: `mutation($input: RemoveInternetLineInput!) { removeInternetLine(input: $input) { userErrors { code } } }`,
      variables: { input: { lineId: toGlobalId("InternetLine", line.id) } },
    };
  },
};
