import { policies } from "../../authz/policies.js";
import { isServiceSuspended } from "../../shared/service-suspension.js";
import { ownMemberId, type Actor } from "../../authz/actor.js";
import type { Context } from "../../context.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { optionsService } from "../options/index.js";
import { salonErrors, type SalonErrorCode } from "./salon.errors.js";

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
    return actor.kind === "staff" && actor.role === "DESK_AGENT";
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

export function targetMember(ctx: Context, memberId: string | null | undefined): Result<string, SalonErrorCode> {
  const t = resolveMemberTarget(ctx.actor, memberId, salonPolicies.actForMember);
  return t.ok ? ok(t.memberId) : fail(salonErrors.error(t.problem, ["input", "memberId"]));
}

/** SVC-4: members only: an ACTIVE membership holding the Option Intérieur (art. 4 lists the option's services). */
export async function checkActiveOptionHolder(ctx: Context, memberId: string, field: string[]): Promise<Result<true, SalonErrorCode>> {
  const member = await ctx.loaders.members.memberById.load(memberId);
  if (!member) return fail(salonErrors.error("MEMBER_NOT_FOUND", field));
  if (member.status !== "ACTIVE") return fail(salonErrors.error("MEMBERSHIP_NOT_ACTIVE", field));
  const option = await optionsService.latestFor(ctx, memberId);
  if (!option || option.status === "ENDED") return fail(salonErrors.error("OPTION_NOT_IN_FORCE", field));
  if (await isServiceSuspended(ctx.db, memberId)) return fail(salonErrors.error("SERVICE_SUSPENDED", field));
  return ok(true);
}

/** Trims a text; invalid when empty (if required) or longer than `max`. */
export function boundedText(raw: string | null | undefined, max: number, required: boolean): { ok: boolean; value: string | null } {
  const value = raw?.trim() ?? "";
  if ((required && value.length === 0) || value.length > max) return { ok: false, value: null };
  return { ok: true, value: value.length ? value : null };
}

export function actorId(ctx: Context): string {
  if (ctx.actor.kind === "anonymous") throw new Error("a salon change needs an authenticated actor");
  return ctx.actor.subjectId;
}
