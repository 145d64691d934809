import { hasRole, type Actor } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";

const ownMember = (actor: Actor, memberId: string) => actor.kind === "member-scoped" && (actor.role === "MEMBER" || actor.role === "DELEGATE") && actor.memberId === memberId;

/** Who may do what in office assistance (BUR-1..4): pure functions, for the shield rules and the services alike. */
export const officeAssistancePolicies = {
  /** Requests, backup confirmation, reading: the member, the delegate (MEM-4), the desk (a call or an email it records). */
  actForMember(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  /** BUR-4: screen-sharing consent is given by the member (or the delegate at the member's computer), never by staff. */
  consent(actor: Actor, memberId: string): boolean {
    return ownMember(actor, memberId);
  },
  /** BUR-4: the member stops the session at any time; the desk's assistant may end it too. */
  stop(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  /** BUR-3: a visit is booked by the desk, after Parnasse's analysis of the request. */
  bookVisit(actor: Actor): boolean {
    return hasRole(actor, "DESK_AGENT");
  },
};
