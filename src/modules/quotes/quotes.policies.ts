import { hasRole, type Actor } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";
import type { Context } from "../../context.js";
import { coachingService } from "../coaching/index.js";

const ownMember = (actor: Actor, memberId: string) => actor.kind === "member-scoped" && (actor.role === "MEMBER" || actor.role === "DELEGATE") && actor.memberId === memberId;

/**
 * Who may do what with quotes (QUO-2, AUT-2/3). Interpretation of « staff issue quotes for the
 * members they serve »: the desk serves every member; a coach the members the desk made them coach
 * or substitute of (assignCoach, SVC-2); a technician the members the desk assigned them a case of:
 * an intervention, an Airbox repair or incident, a Univers Pro request or brick (membersServedBy in
 * the repository). Nothing a staff member records himself widens this. Billing reads all quotes
 * and issues none. Payers, the committee and the concierge partner see nothing of quotes.
 */
export const quotePolicies = {
  /** QUO-2: the member or the delegate asks; the desk records a request made by phone or email. */
  request(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  /** QUO-2: only the member or the delegate (on the member's behalf) accepts or declines. */
  decide(actor: Actor, memberId: string): boolean {
    return ownMember(actor, memberId);
  },
  readAnyMember(actor: Actor): boolean {
    return hasRole(actor, "DESK_AGENT", "BILLING");
  },
  issueForAnyMember(actor: Actor): boolean {
    return hasRole(actor, "DESK_AGENT");
  },
  isTechnician(actor: Actor): boolean {
    return hasRole(actor, "TECHNICIAN");
  },
  /**
   * AUT-3: the technician serves the member: one of the links the desk created (membersServedBy: an
   * intervention he performs, an Airbox repair or incident, a Univers Pro request or brick assigned
   * to him), through the request's DataLoader: one statement per technician, whatever the list.
   */
  async technicianServes(ctx: Context, memberId: string): Promise<boolean> {
    return ctx.actor.kind === "staff" && ctx.actor.role === "TECHNICIAN" && ctx.loaders.quotes.servedByTechnician.load(`${ctx.actor.subjectId}|${memberId}`);
  },
  isCoach(actor: Actor): boolean {
    return hasRole(actor, "COACH");
  },
  /** The roles that may call the issuing mutation at all (shield); the member check follows. */
  mayIssueSome(actor: Actor): boolean {
    return hasRole(actor, "DESK_AGENT", "TECHNICIAN", "COACH");
  },

  async read(ctx: Context, memberId: string): Promise<boolean> {
    if (ownMember(ctx.actor, memberId) || quotePolicies.readAnyMember(ctx.actor)) return true;
    if (quotePolicies.isTechnician(ctx.actor)) return quotePolicies.technicianServes(ctx, memberId);
    return quotePolicies.isCoach(ctx.actor) && coachingService.isCoachOf(ctx, memberId);
  },

  async issue(ctx: Context, memberId: string): Promise<boolean> {
    if (quotePolicies.issueForAnyMember(ctx.actor)) return true;
    if (quotePolicies.isTechnician(ctx.actor)) return quotePolicies.technicianServes(ctx, memberId);
    return quotePolicies.isCoach(ctx.actor) && coachingService.isCoachOf(ctx, memberId);
  },
};
