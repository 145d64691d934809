import type { Actor } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";

/**
 * BIL-5. Changing the setting: the member, the desk, and the delegate (interpretation: MEM-5 does
 * not reserve it; the delegate acts for the member, MEM-4, e.g. reporting that the member lost
 * internet access; the change is recorded on the member's behalf). Reading: those, plus billing.
 */
export const deliveryPolicies = {
  update(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  read(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId) || (actor.kind === "staff" && actor.role === "BILLING");
  },
};
