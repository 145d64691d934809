import { hasRole, type Actor } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";
import type { Context } from "../../context.js";
import { coachingService } from "../coaching/index.js";

/** Who may do what with interventions: pure checks of the actor and the row's owners (shield and services share them). */

interface InterventionOwners {
  memberId: string;
  performerId: string;
  kind: "TECHNICIAN" | "COACH_VISIT";
}

export const interventionPolicies = {
  /** INT-1: the member, their delegate (on the member's behalf, MEM-4) or the desk for them. */
  requestAssistance(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  /** INT-1/INT-2: remote outcomes and bookings are the Desk's. */
  deskOnly(actor: Actor): boolean {
    return hasRole(actor, "DESK_AGENT");
  },
  /** INT-6: the member confirms their backup, or their delegate on the member's behalf. */
  confirmBackup(actor: Actor, memberId: string): boolean {
    return actor.kind === "member-scoped" && (actor.role === "MEMBER" || actor.role === "DELEGATE") && actor.memberId === memberId;
  },

  /**
   * The one who performs it: a technician their own interventions; a coach the coach visits of
   * members they coach (assigned or substitute, SVC-2).
   */
  async performs(ctx: Context, row: InterventionOwners): Promise<boolean> {
    const { actor } = ctx;
    if (hasRole(actor, "TECHNICIAN")) return row.kind === "TECHNICIAN" && actor.kind === "staff" && row.performerId === actor.subjectId;
    if (hasRole(actor, "COACH")) return row.kind === "COACH_VISIT" && (await coachingService.isCoachOf(ctx, row.memberId));
    return false;
  },

  /** AUT-2/AUT-3: whoever reads the member (member, delegate, desk), plus the one who performs it. */
  async read(ctx: Context, row: InterventionOwners): Promise<boolean> {
    return policies.readMember(ctx.actor, row.memberId) || (await interventionPolicies.performs(ctx, row));
  },

  /** INT-4: the performer or the desk records a refusal. */
  async refuse(ctx: Context, row: InterventionOwners): Promise<boolean> {
    return hasRole(ctx.actor, "DESK_AGENT") || (await interventionPolicies.performs(ctx, row));
  },
};
