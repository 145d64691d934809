import { policies } from "../../authz/policies.js";
import type { Actor } from "../../authz/actor.js";

/**
 * BIL-1 equipment. Recording: the desk (it sells) and billing. Reading a member's purchases: the
 * member, their delegate (interpretation: the delegate orders on the member's behalf, MEM-4, and
 * sees prices before ordering, BIL-10; MEM-5 does not reserve this), the desk and billing.
 */
export const equipmentPolicies = {
  record(actor: Actor): boolean {
    return actor.kind === "staff" && (actor.role === "DESK_AGENT" || actor.role === "BILLING");
  },
  read(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId) || (actor.kind === "staff" && actor.role === "BILLING");
  },
};
