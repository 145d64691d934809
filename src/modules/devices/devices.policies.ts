import { policies } from "../../authz/policies.js";
import type { Actor } from "../../authz/actor.js";
import type { Context } from "../../context.js";
import { coachingService } from "../coaching/index.js";

/**
 * Who sees a member's devices and VIP lines: whoever may read the member (the member, the
 * delegate, the desk; AUT-2) and the member's coach or substitute (AUT-3, SVC-2). Used by the
 * shield rules and by the services alike, so they cannot disagree.
 */
export async function canSeeMemberServices(ctx: Context, memberId: string): Promise<boolean> {
  return policies.readMember(ctx.actor, memberId) || (await coachingService.isCoachOf(ctx, memberId));
}

/** DEV-2: devices are designated and removed by the member, the delegate on their behalf, or the desk for them. */
export function canManageDevices(actor: Actor, memberId: string): boolean {
  return policies.readMember(actor, memberId);
}
