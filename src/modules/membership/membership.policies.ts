import { hasRole, type Actor } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";
import type { Context } from "../../context.js";

/** Who may do what with candidacies and memberships (MEM-1..MEM-5, AUT-3). */
export const membershipPolicies = {
  /** MEM-1: anyone may apply without an account; the desk may file a candidacy on someone's behalf. */
  submitCandidacy(actor: Actor): boolean {
    return actor.kind === "anonymous" || hasRole(actor, "DESK_AGENT");
  },

  /** AUT-3: the committee sees candidacies and its decisions; the desk reads them. */
  readCandidacies(actor: Actor): boolean {
    return hasRole(actor, "COMMITTEE", "DESK_AGENT");
  },

  /** MEM-2: meetings and decisions are recorded by the committee only. */
  decideCandidacies(actor: Actor): boolean {
    return hasRole(actor, "COMMITTEE");
  },

  /** MEM-2/MEM-3: money matters of a membership: the desk and billing. */
  recordMembershipPayments(actor: Actor): boolean {
    return hasRole(actor, "DESK_AGENT", "BILLING");
  },

  /** A member's membership state: whoever reads the member, plus billing. */
  readMembership(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId) || hasRole(actor, "BILLING");
  },
};

/**
 * MEM-5: the delegate never terminates, rejoins, designates delegates or payers. Checked first, as a
 * userError that names the rule (shield lets them through, since a shield refusal cannot carry a
 * rule id); the member is then resolved by `memberCommand` (`policies.actAsMember`).
 */
export function isDelegate(ctx: Context): boolean {
  return ctx.actor.kind === "member-scoped" && ctx.actor.role === "DELEGATE";
}

/** `memberCommand`'s member for those acts: MEMBER acts on their own member; the desk names one (AUT-2). */
export function actingForThemself(memberGlobalId: string | null | undefined) {
  return { globalId: memberGlobalId, mayActFor: policies.actAsMember };
}
