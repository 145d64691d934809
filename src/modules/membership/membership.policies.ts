import { hasRole, type Actor } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";

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
