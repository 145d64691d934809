import type { Actor } from "./actor.js";

/**
 * Object-level access that every module shares, as pure functions of the actor and the object's
 * owner ids. Used by the shield rules (first barrier) and by the services and repositories
 * (second barrier), so that the two can never disagree. A module's own policies live in its
 * `<area>.policies.ts`.
 */
export const policies = {
  /** AUT-2/AUT-3: a member's own data: the member, their delegate, and the desk. */
  readMember(actor: Actor, memberId: string): boolean {
    if (actor.kind === "staff") return actor.role === "DESK_AGENT";
    return actor.kind === "member-scoped" && (actor.role === "MEMBER" || actor.role === "DELEGATE") && actor.memberId === memberId;
  },

  /**
   * Acts that only the member themself (or the desk for them) may take: terminating, rejoining,
   * designating or revoking a delegate or a payer, ending the option (MEM-5 keeps the delegate out).
   */
  actAsMember(actor: Actor, memberId: string): boolean {
    if (actor.kind === "staff") return actor.role === "DESK_AGENT";
    return actor.kind === "member-scoped" && actor.role === "MEMBER" && actor.memberId === memberId;
  },
};
