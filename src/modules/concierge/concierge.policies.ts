import { hasRole, type Actor } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";

/** Who may act on a member's concierge: the member, their delegate (MEM-4: on the member's behalf) and the desk. */
export const conciergePolicies = {
  actForMember(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  /** CON-5: La Conciergerie John Paul. */
  isPartner(actor: Actor): boolean {
    return hasRole(actor, "CONCIERGE_PARTNER");
  },
};
