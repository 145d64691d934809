import { toGlobalId } from "../../../src/shared/relay.js";
import { aCast, aMember, actors, anOption } from "../../support/factories.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { givePremises } from "./support.js";

/** One successful call per option and announcement mutation (audit test). */
export const samples: MutationSamples = {
  async subscribeOption(db) {
    const member = await aMember(db);
    await givePremises(db, member.id);
    return {
      actor: actors.member(member),
      query: `mutation($input: SubscribeOptionInput!) { subscribeOption(input: $input) { userErrors { code rule } } }`,
      variables: { input: {} },
    };
  },
  async requestOptionTermination(db) {
    const member = await aMember(db);
    await givePremises(db, member.id);
    await anOption(db, member.id);
    return {
      actor: actors.member(member),
      query: `mutation($input: RequestOptionTerminationInput!) { requestOptionTermination(input: $input) { userErrors { code rule } } }`,
      variables: { input: { channel: "APP" } },
    };
  },
  async terminateOptionForParnasse(db) {
    const cast = await aCast(db);
    await givePremises(db, cast.member.id);
    await anOption(db, cast.member.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: TerminateOptionForParnasseInput!) { terminateOptionForParnasse(input: $input) { userErrors { code rule } } }`,
      variables: { input: { memberId: toGlobalId("Member", cast.member.id), reason: "PARNASSE_BREACH", detail: "audit sample" } },
    };
  },
  async publishAnnouncement(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { userErrors { code rule } } }`,
      variables: { input: { kind: "SERVICE_REMOVAL", title: "Fin du service X", body: "Le service X sera retiré.", effectiveOn: "2030-01-01" } },
    };
  },
};
