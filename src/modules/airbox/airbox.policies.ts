import { hasRole, type Actor } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { quotePolicies } from "../quotes/index.js";

const isDesk = (actor: Actor) => hasRole(actor, "DESK_AGENT");

/**
 * Who may do what with Airboxes (AIR-1..3, AUT-2/AUT-3). Assigning a technician is the desk's act;
 * a technician acts only on the cases the desk assigned to him and reads only the members he serves
 * (quotePolicies.technicianServes: the links the desk created, AUT-3).
 */
export const airboxPolicies = {
  /** The member, their delegate and the desk; a technician only the members he serves (serial and ICCID are personal data). */
  async read(ctx: Context, memberId: string): Promise<boolean> {
    return policies.readMember(ctx.actor, memberId) || quotePolicies.technicianServes(ctx, memberId);
  },
  /** AIR-2/AIR-3: incidents and faults are declared to the Desk by the member, their delegate, or the desk itself. */
  declare(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  /** The roles that may call the staff mutations at all (shield); the case or member check follows in the service. */
  serve(actor: Actor): boolean {
    return hasRole(actor, "DESK_AGENT", "TECHNICIAN");
  },
  /** AIR-3 remote diagnosis, technician slots, and assigning an incident: the desk's acts. */
  dispatch(actor: Actor): boolean {
    return isDesk(actor);
  },
  /** AUT-3: an incident or a repair: the desk, or the technician the desk assigned to it. */
  actOnCase(actor: Actor, technicianId: string | null): boolean {
    if (isDesk(actor)) return true;
    return actor.kind === "staff" && actor.role === "TECHNICIAN" && technicianId !== null && technicianId === actor.subjectId;
  },
  /** AUT-3: the Airbox itself (AIR-1 handover, AIR-2 inadequate use): the desk, or a technician who serves the member. */
  async actOnMember(ctx: Context, memberId: string): Promise<boolean> {
    return isDesk(ctx.actor) || quotePolicies.technicianServes(ctx, memberId);
  },
};

/** Second barrier behind the shield rule of the staff mutations. */
export function requireServingStaff(ctx: Context): void {
  if (!airboxPolicies.serve(ctx.actor)) throw forbidden();
}

/** Second barrier behind the shield rule of the desk-only mutations. */
export function requireDispatcher(ctx: Context): void {
  if (!airboxPolicies.dispatch(ctx.actor)) throw forbidden();
}
