import { hasRole, type Actor } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";

/** Who may change which member's premises (ADR, LIN, OPT-1). */
export const premisesPolicies = {
  /** Addresses and internet lines: the member, their delegate (on the member's behalf, MEM-4) and the desk. */
  manage(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  /** OPT-1: Orange's fiber/ADSL eligibility test result is recorded by the desk. */
  recordEligibilityTest(actor: Actor): boolean {
    return hasRole(actor, "DESK_AGENT");
  },
};
