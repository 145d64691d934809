import { hasRole, type Actor } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";

/** Who may do what with the « Option Intérieur » (OPT-1..6). */
export const optionPolicies = {
  /** Subscribing: the member, their delegate (on the member's behalf), the desk recording a written acceptance. */
  subscribe(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  /** Terminating at the member's request: the member, or the desk recording their letter or email. Never the delegate (MEM-5). */
  requestTermination(actor: Actor, memberId: string): boolean {
    return policies.actAsMember(actor, memberId);
  },
  /** OPT-5 and OPT-6: Parnasse's own decisions, taken by desk staff. */
  actForParnasse(actor: Actor): boolean {
    return hasRole(actor, "DESK_AGENT");
  },
};
