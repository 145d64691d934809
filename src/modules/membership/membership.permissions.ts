import { allow, and, or } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { rule } from "../../authz/rule.js";
import { isAnonymous, isAuthenticated, isBilling, isCommittee, isDelegate, isDeskAgent, isMember, roleRule } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { membershipPolicies } from "./membership.policies.js";
import type { Membership } from "./membership.types.js";

/** AUT-3: the committee and the desk. Role-only: the contextual cache is safe. */
const canReadCandidacies = roleRule("canReadCandidacies", ["COMMITTEE", "DESK_AGENT"]);

const canReadMembership = rule("canReadMembership", { cache: "no_cache" })((parent: Membership, _args, ctx: Context) =>
  membershipPolicies.readMembership(ctx.actor, parent.memberRawId) ? true : forbidden(),
);

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
