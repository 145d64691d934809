import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { isServiceSuspended } from "../../shared/service-suspension.js";
import { policies } from "../../authz/policies.js";
import type { Context } from "../../context.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { idOfType } from "../../shared/relay.js";
import { optionsService } from "../options/index.js";
import { conciergeErrors, type ConciergeErrorCode } from "./concierge.errors.js";
import type { RequestRow } from "./concierge.repository.js";

/** Who may act on a member's concierge: the member, their delegate (MEM-4: on the member's behalf) and the desk. */
export const conciergePolicies = {
  actForMember(actor: Context["actor"], memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  /** CON-5: La Conciergerie John Paul. */
  isPartner(actor: Context["actor"]): boolean {
    return actor.kind === "staff" && actor.role === "CONCIERGE_PARTNER";
  },
};

export function targetMember(ctx: Context, memberId: string | null | undefined): Result<string, ConciergeErrorCode> {
  const t = resolveMemberTarget(ctx.actor, memberId, conciergePolicies.actForMember);
  return t.ok ? ok(t.memberId) : fail(conciergeErrors.error(t.problem, ["input", "memberId"]));
}

/** CON-1: the concierge is a service of the Option Intérieur, for active members. */
export async function checkMemberMayUseConcierge(ctx: Context, memberId: string): Promise<Result<true, ConciergeErrorCode>> {
  const member = await ctx.loaders.members.memberById.load(memberId);
  if (!member) return fail(conciergeErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
  if (member.status !== "ACTIVE") return fail(conciergeErrors.error("MEMBERSHIP_NOT_ACTIVE", ["input", "memberId"]));
  const option = await optionsService.latestFor(ctx, memberId);
  if (!option || option.status === "ENDED") return fail(conciergeErrors.error("OPTION_NOT_IN_FORCE", ["input", "memberId"]));
  if (await isServiceSuspended(ctx.db, memberId)) return fail(conciergeErrors.error("SERVICE_SUSPENDED", ["input", "memberId"]));
  return ok(true);
}

/** A request by global id, read outside the transaction only to learn its member. */
export async function findRequest(ctx: Context, globalId: string, allowed: (row: RequestRow) => boolean): Promise<Result<RequestRow, ConciergeErrorCode>> {
  const id = idOfType(globalId, "ConciergeRequest");
  const row = id ? await ctx.loaders.concierge.requestById.load(id) : null;
  return row && allowed(row) ? ok(row) : fail(conciergeErrors.error("REQUEST_NOT_FOUND", ["input", "requestId"]));
}

/** CON-4: a French number (06…, 01…) or an international one (+…), in E.164; null when invalid. */
export function normaliseCallbackPhone(raw: string): string | null {
  if (raw.length > 40) return null;
  const parsed = parsePhoneNumberFromString(raw.trim(), "FR");
  return parsed && parsed.isValid() ? parsed.number : null;
}

/** Trims a text; null when empty (if required) or longer than `max`. */
export function boundedText(raw: string | null | undefined, max: number, required: boolean): { ok: boolean; value: string | null } {
  const value = raw?.trim() ?? "";
  if ((required && value.length === 0) || value.length > max) return { ok: false, value: null };
  return { ok: true, value: value.length ? value : null };
}
