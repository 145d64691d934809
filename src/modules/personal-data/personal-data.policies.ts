import { hasRole, type Actor } from "../../authz/actor.js";

/**
 * Who may do what with a member's personal data (GDP-2, GDP-3).
 * Export: the member themself (never the delegate or a payer), and the privacy officer.
 * Erasure: the privacy officer only.
 */
export const personalDataPolicies = {
  mayExport(actor: Actor, memberId: string): boolean {
    if (actor.kind === "member-scoped") return actor.role === "MEMBER" && actor.memberId === memberId && actor.subjectId === memberId;
    return hasRole(actor, "PRIVACY_OFFICER");
  },
  mayErase(actor: Actor): boolean {
    return hasRole(actor, "PRIVACY_OFFICER");
  },
};
