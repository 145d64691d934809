import { hasRole, ownMemberId, type Actor } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";

/**
 * SVC-4 "members only". The salon: the member books; the delegate may book or cancel on the
 * member's behalf (MEM-4), the appointment is always in the member's name and only the member is
 * received; the desk books and cancels for a member. Events: only the member themself registers
 * (registration is attendance), never the delegate, a payer or staff.
 */
export const salonPolicies = {
  actForMember(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  isDesk(actor: Actor): boolean {
    return hasRole(actor, "DESK_AGENT");
  },
  /** The member id of an actor who may register for events: the MEMBER role only. */
  registeringMember(actor: Actor): string | null {
    return actor.kind === "member-scoped" && actor.role === "MEMBER" ? actor.memberId : null;
  },
  /** Events are announced to members, their delegates (read-only: they cannot register) and the desk. */
  readEvents(actor: Actor): boolean {
    return salonPolicies.isDesk(actor) || ownMemberId(actor) !== null;
  },
};
