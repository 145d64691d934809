import type { Actor } from "../../authz/actor.js";
import { delegateMaySee } from "./audit-trail.rules.js";

/**
 * Who reads a member's history of changes (AUT-2, AUT-4): the member, their delegate (only the
 * operations of DELEGATE_VISIBLE_OPERATIONS, MEM-5), the desk and the privacy officer, for any
 * member. Payers, the concierge partner and the other staff roles never. Used by the shield rules
 * and by the reads, so they cannot disagree.
 */
export const auditTrailPolicies = {
  readHistory(actor: Actor, memberId: string): boolean {
    if (actor.kind === "staff") return actor.role === "DESK_AGENT" || actor.role === "PRIVACY_OFFICER";
    return actor.kind === "member-scoped" && (actor.role === "MEMBER" || actor.role === "DELEGATE") && actor.memberId === memberId;
  },

  /** One entry: the history's rule, and for the delegate the MEM-5 allowlist. */
  readEntry(actor: Actor, entry: { memberRawId: string; operation: string }): boolean {
    if (!auditTrailPolicies.readHistory(actor, entry.memberRawId)) return false;
    return !(actor.kind === "member-scoped" && actor.role === "DELEGATE") || delegateMaySee(entry.operation);
  },

  /** The delegate's history is restricted to DELEGATE_VISIBLE_OPERATIONS (in SQL, so pages stay full). */
  isDelegate(actor: Actor): boolean {
    return actor.kind === "member-scoped" && actor.role === "DELEGATE";
  },
};
