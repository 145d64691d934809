import { hasRole, type Actor } from "../../authz/actor.js";

const theMember = (actor: Actor, memberId: string) => actor.kind === "member-scoped" && actor.role === "MEMBER" && actor.memberId === memberId && actor.subjectId === memberId;

/**
 * Who may do what with data-subject requests (GDP-1, MEM-5): pure functions, for the shield rules
 * and the services alike. The delegate and payers never file, read or lift anything here.
 */
export const privacyPolicies = {
  /** Filing: the member (in the app), the desk and the privacy officer (a request received by post or email). */
  file(actor: Actor, memberId: string): boolean {
    return theMember(actor, memberId) || hasRole(actor, "DESK_AGENT", "PRIVACY_OFFICER");
  },
  /** Reading a request, its limits and its subject: the member, the desk, the privacy officer. */
  read(actor: Actor, memberId: string): boolean {
    return theMember(actor, memberId) || hasRole(actor, "DESK_AGENT", "PRIVACY_OFFICER");
  },
  /** Extending, answering, rejecting, listing every member's requests: the privacy officer. */
  handle(actor: Actor): boolean {
    return hasRole(actor, "PRIVACY_OFFICER");
  },
  /** Lifting an objection or restriction: the member who asked for it (withdrawing it), or the privacy officer. */
  lift(actor: Actor, memberId: string): boolean {
    return theMember(actor, memberId) || hasRole(actor, "PRIVACY_OFFICER");
  },
};
