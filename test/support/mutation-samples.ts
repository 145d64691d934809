import type { Actor } from "../../src/authz/actor.js";
import type { Database } from "../../src/shared/db.js";
import { toGlobalId } from "../../src/shared/relay.js";
import { givePremises } from "../modules/options/support.js";
import { aCandidate, aCast, aCommitteeMeeting, aLine, aMember, aPayer, actors, anAddress, anOption } from "./factories.js";
import { aConciergeCast, aConciergeRequest, aPrivilege } from "../modules/concierge/concierge.support.js";
import { aProBrick, aProCast, aProService } from "../modules/pro/pro.support.js";

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
  async submitCandidacy() {
    return {
      actor: { kind: "anonymous" },
      query: `mutation($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) { userErrors { code } } }`,
      variables: {
        input: {
          lastName: "Audit",
          firstName: "Sample",
          birthDate: "1980-05-05",
          email: "audit.sample@example.fr",
          phone: "0611223344",
          postalAddress: { line1: "1 rue de la Paix", postalCode: "75002", commune: "Paris" },
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
  async createCommitteeMeeting(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.COMMITTEE,
      query: `mutation($input: CreateCommitteeMeetingInput!) { createCommitteeMeeting(input: $input) { userErrors { code } } }`,
      variables: { input: { heldOn: "2026-11-24" } },
    };
  },
  async decideCandidacy(db) {
    const cast = await aCast(db);
    const meeting = await aCommitteeMeeting(db, "2026-11-17", cast.staff.COMMITTEE.id);
    const candidate = await aCandidate(db);
    return {
      actor: cast.as.COMMITTEE,
      query: `mutation($input: DecideCandidacyInput!) { decideCandidacy(input: $input) { userErrors { code } } }`,
      variables: {
        input: {
          meetingId: toGlobalId("CommitteeMeeting", meeting.id),
          candidacyId: toGlobalId("Candidacy", candidate.id),
          decision: "ACCEPT",
          reason: "Dossier complet",
        },
      },
    };
  },
  async recordEntryFeePayment(db) {
    const cast = await aCast(db);
    const accepted = await aMember(db, { status: "ACCEPTED" });
    return {
      actor: cast.as.BILLING,
      query: `mutation($input: RecordEntryFeePaymentInput!) { recordEntryFeePayment(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: toGlobalId("Member", accepted.id), amountCents: 100_000 } },
    };
  },
  async terminateMembership(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: TerminateMembershipInput!) { terminateMembership(input: $input) { userErrors { code } } }`,
      variables: { input: {} },
    };
  },
  async recordDebtRecoveryOpened(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.BILLING,
      query: `mutation($input: RecordDebtRecoveryOpenedInput!) { recordDebtRecoveryOpened(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: cast.memberGid } },
    };
  },
  async rejoinMembership(db) {
    const cast = await aCast(db);
    const former = await aMember(db, { status: "TERMINATED", honorary: true, terminatedAt: new Date("2026-01-01T00:00:00Z") });
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RejoinMembershipInput!) { rejoinMembership(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: toGlobalId("Member", former.id) } },
    };
  },
  async designateDelegate(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: DesignateDelegateInput!) { designateDelegate(input: $input) { userErrors { code } } }`,
      variables: { input: { lastName: "Nouveau", firstName: "Délégué", postalAddress: "3 rue X, 75003 Paris", phone: "0699887766" } },
    };
  },
  async revokeDelegate(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RevokeDelegateInput!) { revokeDelegate(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: cast.memberGid } },
    };
  },
  async designatePayer(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: DesignatePayerInput!) { designatePayer(input: $input) { userErrors { code } } }`,
      variables: { input: { kind: "NATURAL_PERSON", displayName: "Marie Dupont", email: "marie@example.fr", billingAddress: "4 rue Y, 75004 Paris" } },
    };
  },
  async revokePayer(db) {
    const cast = await aCast(db);
    const payer = await aPayer(db, cast.member.id);
    return {
      actor: cast.as.member,
      query: `mutation($input: RevokePayerInput!) { revokePayer(input: $input) { userErrors { code } } }`,
      variables: { input: { payerId: toGlobalId("Payer", payer.id) } },
    };
  },
  async assignCoach(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: AssignCoachInput!) { assignCoach(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: cast.memberGid, coachId: toGlobalId("StaffUser", cast.staff.COACH.id) } },
    };
  },

  // --- concierge (CON-1..6) ---
  async submitConciergeRequest(db) {
    const cast = await aConciergeCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: SubmitConciergeRequestInput!) { submitConciergeRequest(input: $input) { userErrors { code } } }`,
      variables: { input: { category: "RESTAURANT", content: "Une table pour deux", callback: { phone: "0612345678" } } },
    };
  },
  async cancelConciergeRequest(db) {
    const cast = await aConciergeCast(db);
    const request = await aConciergeRequest(db, cast.member.id);
    return {
      actor: cast.as.delegate,
      query: `mutation($input: CancelConciergeRequestInput!) { cancelConciergeRequest(input: $input) { userErrors { code } } }`,
      variables: { input: { requestId: toGlobalId("ConciergeRequest", request.id), reason: "Plus besoin" } },
    };
  },
  async updateConciergeRequestStatus(db) {
    const cast = await aConciergeCast(db);
    const request = await aConciergeRequest(db, cast.member.id);
    return {
      actor: cast.as.CONCIERGE_PARTNER,
      query: `mutation($input: UpdateConciergeRequestStatusInput!) { updateConciergeRequestStatus(input: $input) { userErrors { code } } }`,
      variables: { input: { requestId: toGlobalId("ConciergeRequest", request.id), status: "ACCEPTED" } },
    };
  },
  async subscribeConciergePrivilege(db) {
    const cast = await aConciergeCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: ConciergePrivilegeInput!) { subscribeConciergePrivilege(input: $input) { userErrors { code } } }`,
      variables: { input: {} },
    };
  },
  async cancelConciergePrivilege(db) {
    const cast = await aConciergeCast(db);
    await aPrivilege(db, cast.member.id);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: ConciergePrivilegeInput!) { cancelConciergePrivilege(input: $input) { userErrors { code } } }`,
      variables: { input: { memberId: cast.memberGid } },
    };
  },

  // --- Univers Pro (PRO-1..4) ---
  async requestProService(db) {
    const cast = await aProCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: RequestProServiceInput!) { requestProService(input: $input) { userErrors { code } } }`,
      variables: { input: { service: "PUBLIC_WIFI", description: "Wi-Fi public" } },
    };
  },
  async recordProServiceStudy(db) {
    const cast = await aProCast(db);
    const row = await aProService(db, cast.member.id);
    return {
      actor: cast.as.TECHNICIAN,
      query: `mutation($input: RecordProServiceStudyInput!) { recordProServiceStudy(input: $input) { userErrors { code } } }`,
      variables: { input: { requestId: toGlobalId("ProServiceRequest", row.id), summary: "Étude faite" } },
    };
  },
  async quoteProService(db) {
    const cast = await aProCast(db);
    const row = await aProService(db, cast.member.id, { status: "STUDY_DONE" });
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: QuoteProServiceInput!) { quoteProService(input: $input) { userErrors { code } } }`,
      variables: { input: { requestId: toGlobalId("ProServiceRequest", row.id), amountTtcCents: 120_000, validUntil: "2030-01-01" } },
    };
  },
  async decideProServiceQuote(db) {
    const cast = await aProCast(db);
    const row = await aProService(db, cast.member.id, { status: "QUOTED" });
    return {
      actor: cast.as.member,
      query: `mutation($input: DecideProServiceQuoteInput!) { decideProServiceQuote(input: $input) { userErrors { code } } }`,
      variables: { input: { requestId: toGlobalId("ProServiceRequest", row.id), decision: "ACCEPT" } },
    };
  },
  async recordProServiceInstallation(db) {
    const cast = await aProCast(db);
    const row = await aProService(db, cast.member.id, { status: "ACCEPTED" });
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RecordProServiceInstallationInput!) { recordProServiceInstallation(input: $input) { userErrors { code } } }`,
      variables: { input: { requestId: toGlobalId("ProServiceRequest", row.id), installedOn: "2026-11-20" } },
    };
  },
  async subscribeProBrick(db) {
    const cast = await aProCast(db);
    return {
      actor: cast.as.delegate,
      query: `mutation($input: SubscribeProBrickInput!) { subscribeProBrick(input: $input) { userErrors { code } } }`,
      variables: { input: { brick: "WIFI", accessPoints: 2, addressId: toGlobalId("Address", cast.address.id) } },
    };
  },
  async recordProBrickPrerequisite(db) {
    const cast = await aProCast(db);
    const brick = await aProBrick(db, cast.member.id, cast.address.id, { status: "REVIEW_REQUIRED" });
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RecordProBrickPrerequisiteInput!) { recordProBrickPrerequisite(input: $input) { userErrors { code } } }`,
      variables: { input: { brickId: toGlobalId("ProBrick", brick.id), summary: "Revue faite" } },
    };
  },
  async terminateProBrick(db) {
    const cast = await aProCast(db);
    const brick = await aProBrick(db, cast.member.id, cast.address.id);
    return {
      actor: cast.as.member,
      query: `mutation($input: TerminateProBrickInput!) { terminateProBrick(input: $input) { userErrors { code } } }`,
      variables: { input: { brickId: toGlobalId("ProBrick", brick.id) } },
    };
  },
};
