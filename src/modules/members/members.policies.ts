import { hasRole, type Actor } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";

/** Who may read or change what of a member's record, their delegates, payers and the staff directory (AUT-2/AUT-3, MEM-4/MEM-5). */
export const memberPolicies = {
  readMember: policies.readMember,

  /** Contact changes: the member, their delegate (on the member's behalf, MEM-4) and the desk. */
  updateMemberContact(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },

  /** A delegate's designation: the delegate, their member, the desk. */
  readDelegate(actor: Actor, delegate: { id: string; memberId: string }): boolean {
    if (actor.kind === "staff") return actor.role === "DESK_AGENT";
    if (actor.kind !== "member-scoped" || actor.memberId !== delegate.memberId) return false;
    return actor.role === "MEMBER" || (actor.role === "DELEGATE" && actor.subjectId === delegate.id);
  },

  /** Payers are billing matters: the payer themself, the member (never the delegate, MEM-5), desk and billing. */
  readPayer(actor: Actor, payer: { id: string; memberId: string }): boolean {
    if (actor.kind === "staff") return actor.role === "DESK_AGENT" || actor.role === "BILLING";
    if (actor.kind !== "member-scoped" || actor.memberId !== payer.memberId) return false;
    return actor.role === "MEMBER" || (actor.role === "PAYER" && actor.subjectId === payer.id);
  },

  /** The list of a member's payers. */
  listMemberPayers(actor: Actor, memberId: string): boolean {
    if (actor.kind === "staff") return actor.role === "DESK_AGENT" || actor.role === "BILLING";
    return actor.kind === "member-scoped" && actor.role === "MEMBER" && actor.memberId === memberId;
  },

  /** Staff profiles: the person themself and the desk. */
  readStaffUser(actor: Actor, staffUserId: string): boolean {
    if (actor.kind !== "staff") return false;
    return actor.role === "DESK_AGENT" || actor.subjectId === staffUserId;
  },

  /** The desk's member directory. */
  searchMembers(actor: Actor): boolean {
    return hasRole(actor, "DESK_AGENT");
  },
};
