import { toGlobalId } from "../../../src/shared/relay.js";
import { aMember, aStaffUser, actors } from "../../support/factories.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { file, POSTED } from "./privacy.support.js";

const officer = async (db: Parameters<typeof aMember>[0]) => actors.staff(await aStaffUser(db, "PRIVACY_OFFICER"));

async function anOpenRequest(db: Parameters<typeof aMember>[0], kind = "ACCESS", purpose: string | null = null) {
  const member = await aMember(db);
  const { payload } = await file(db, actors.member(member), { kind, channel: "APP", ...(purpose ? { purpose } : {}) });
  return payload.request!;
}

export const samples: MutationSamples = {
  async filePrivacyRequest(db) {
    const member = await aMember(db);
    return {
      actor: actors.staff(await aStaffUser(db, "DESK_AGENT")),
      query: `mutation($input: FilePrivacyRequestInput!) { filePrivacyRequest(input: $input) { request { id } userErrors { code rule } } }`,
      variables: { input: POSTED(toGlobalId("Member", member.id)) },
    };
  },
  async extendPrivacyRequestDeadline(db) {
    const request = await anOpenRequest(db);
    return {
      actor: await officer(db),
      query: `mutation($input: ExtendPrivacyRequestDeadlineInput!) { extendPrivacyRequestDeadline(input: $input) { request { id } userErrors { code rule } } }`,
      variables: { input: { requestId: request.id, reason: "Demande complexe : archives à consulter." } },
    };
  },
  async answerPrivacyRequest(db) {
    const request = await anOpenRequest(db);
    return {
      actor: await officer(db),
      query: `mutation($input: AnswerPrivacyRequestInput!) { answerPrivacyRequest(input: $input) { request { id } userErrors { code rule } } }`,
      variables: { input: { requestId: request.id, answer: "Votre export est disponible dans l'application." } },
    };
  },
  async rejectPrivacyRequest(db) {
    const request = await anOpenRequest(db);
    return {
      actor: await officer(db),
      query: `mutation($input: RejectPrivacyRequestInput!) { rejectPrivacyRequest(input: $input) { request { id } userErrors { code rule } } }`,
      variables: { input: { requestId: request.id, reason: "Identité non établie." } },
    };
  },
  async liftProcessingLimit(db) {
    const request = await anOpenRequest(db, "OBJECTION", "MARKETING");
    return {
      actor: await officer(db),
      query: `mutation($input: LiftProcessingLimitInput!) { liftProcessingLimit(input: $input) { limit { id } userErrors { code rule } } }`,
      variables: { input: { limitId: request.processingLimits[0]!.id, reason: "Opposition retirée par courrier." } },
    };
  },
};
