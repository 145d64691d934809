import { allow, and, or } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import {
  canReadCandidacies,
  canReadMembership,
  isAnonymous,
  isAuthenticated,
  isBilling,
  isCommittee,
  isDelegate,
  isDeskAgent,
  isMember,
} from "../../authz/rules.js";

/*
 * Acts reserved to the member (terminate, delegates, payers) let the DELEGATE through shield on
 * purpose: the service refuses them with a userError naming MEM-5, which a shield refusal cannot.
 * The objects inside the payloads carry their own object-level rules.
 */
const memberOrDesk = and(isAuthenticated, or(isMember, isDeskAgent));
const memberDelegateOrDesk = and(isAuthenticated, or(isMember, isDelegate, isDeskAgent));
const committee = and(isAuthenticated, isCommittee);
const deskOrBilling = and(isAuthenticated, or(isDeskAgent, isBilling));

export const membershipPermissions: ModulePermissions = {
  Query: {
    candidacies: and(isAuthenticated, canReadCandidacies),
    committeeMeetings: and(isAuthenticated, canReadCandidacies),
  },
  Mutation: {
    submitCandidacy: or(isAnonymous, and(isAuthenticated, isDeskAgent)),
    createCommitteeMeeting: committee,
    decideCandidacy: committee,
    recordEntryFeePayment: deskOrBilling,
    recordDebtRecoveryOpened: deskOrBilling,
    terminateMembership: memberDelegateOrDesk,
    rejoinMembership: memberOrDesk,
    designateDelegate: memberDelegateOrDesk,
    revokeDelegate: memberDelegateOrDesk,
    designatePayer: memberDelegateOrDesk,
    revokePayer: memberDelegateOrDesk,
  },
  types: {
    CandidacyReceipt: allow,
    Candidacy: canReadCandidacies,
    CommitteeMeeting: canReadCandidacies,
    CommitteeDecision: canReadCandidacies,
    Membership: canReadMembership,
    MembershipEvent: allow,
  },
};
