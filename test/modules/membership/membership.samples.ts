import { eq } from "drizzle-orm";
import { payerItemKinds, payers } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { aCandidate, aCast, aCommitteeMeeting, aMember, aPayer } from "../../support/factories.js";
import type { MutationSamples } from "../../support/mutation-samples.js";

/** One successful call per membership mutation: candidacy, committee, lifecycle, delegates and payers (audit test). */
export const samples: MutationSamples = {
  async submitCandidacy() {
    return {
      actor: { kind: "anonymous" },
      query: `mutation($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) { userErrors { code rule } } }`,
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
  async createCommitteeMeeting(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.COMMITTEE,
      query: `mutation($input: CreateCommitteeMeetingInput!) { createCommitteeMeeting(input: $input) { userErrors { code rule } } }`,
      variables: { input: { heldOn: "2026-11-24" } },
    };
  },
  async decideCandidacy(db) {
    const cast = await aCast(db);
    const meeting = await aCommitteeMeeting(db, "2026-11-20", cast.staff.COMMITTEE.id);
    const candidate = await aCandidate(db);
    return {
      actor: cast.as.COMMITTEE,
      query: `mutation($input: DecideCandidacyInput!) { decideCandidacy(input: $input) { userErrors { code rule } } }`,
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
      query: `mutation($input: RecordEntryFeePaymentInput!) { recordEntryFeePayment(input: $input) { userErrors { code rule } } }`,
      variables: { input: { memberId: toGlobalId("Member", accepted.id), amountCents: 100_000 } },
    };
  },
  async terminateMembership(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: TerminateMembershipInput!) { terminateMembership(input: $input) { userErrors { code rule } } }`,
      variables: { input: {} },
    };
  },
  async recordDebtRecoveryOpened(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.BILLING,
      query: `mutation($input: RecordDebtRecoveryOpenedInput!) { recordDebtRecoveryOpened(input: $input) { userErrors { code rule } } }`,
      variables: { input: { memberId: cast.memberGid } },
    };
  },
  async rejoinMembership(db) {
    const cast = await aCast(db);
    const former = await aMember(db, { status: "TERMINATED", honorary: true, terminatedAt: new Date("2026-01-01T00:00:00Z") });
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RejoinMembershipInput!) { rejoinMembership(input: $input) { userErrors { code rule } } }`,
      variables: { input: { memberId: toGlobalId("Member", former.id) } },
    };
  },
  async designateDelegate(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: DesignateDelegateInput!) { designateDelegate(input: $input) { userErrors { code rule } } }`,
      variables: { input: { lastName: "Nouveau", firstName: "Délégué", postalAddress: "3 rue X, 75003 Paris", phone: "0699887766" } },
    };
  },
  async revokeDelegate(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: RevokeDelegateInput!) { revokeDelegate(input: $input) { userErrors { code rule } } }`,
      variables: { input: { memberId: cast.memberGid } },
    };
  },
  // BIL-6: designations are exclusive and aCast's member already has a payer of everything: that one is
  // revoked, an active payer of the option stays, and the sample designates a payer of the Privilège only.
  async designatePayer(db) {
    const cast = await aCast(db);
    await db.db
      .update(payers)
      .set({ revokedAt: new Date("2026-11-01T00:00:00Z") })
      .where(eq(payers.memberId, cast.member.id));
    const optionPayer = await aPayer(db, cast.member.id);
    await db.db.insert(payerItemKinds).values({ payerId: optionPayer.id, itemKind: "OPTION" });
    return {
      actor: cast.as.member,
      query: `mutation($input: DesignatePayerInput!) { designatePayer(input: $input) { userErrors { code rule } } }`,
      variables: {
        input: { kind: "NATURAL_PERSON", displayName: "Marie Dupont", email: "marie@example.fr", billingAddress: "4 rue Y, 75004 Paris", itemKinds: ["PRIVILEGE"] },
      },
    };
  },
  async revokePayer(db) {
    const cast = await aCast(db);
    const payer = await aPayer(db, cast.member.id);
    return {
      actor: cast.as.member,
      query: `mutation($input: RevokePayerInput!) { revokePayer(input: $input) { userErrors { code rule } } }`,
      variables: { input: { payerId: toGlobalId("Payer", payer.id) } },
    };
  },
};
