import type { Context } from "../../context.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { isServiceSuspended } from "../../shared/service-suspension.js";
import { optionsService } from "../options/index.js";
import { salonErrors, type SalonErrorCode } from "./salon.errors.js";
import { salonPolicies } from "./salon.policies.js";

/* Steps the salon's services share (appointments, circle events). */

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

export function actorId(ctx: Context): string {
  if (ctx.actor.kind === "anonymous") throw new Error("a salon change needs an authenticated actor");
  return ctx.actor.subjectId;
}
