import { policies } from "../../authz/policies.js";
import type { Context } from "../../context.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { idOfType } from "../../shared/relay.js";
import { membershipErrors, type MembershipErrorCode } from "./membership.errors.js";

/**
 * The member an act that only the member may take is for (terminate, rejoin, delegates, payers).
 * MEM-5: the delegate is refused with a userError that names the rule (shield lets them through,
 * since a shield refusal cannot carry a rule id). MEMBER acts on their own member; the desk names one.
 */
export function memberActingForThemself(ctx: Context, memberGlobalId: string | null | undefined): Result<string, MembershipErrorCode> {
  if (isDelegate(ctx)) return fail(membershipErrors.error("DELEGATE_NOT_ALLOWED"));
  const target = resolveMemberTarget(ctx.actor, memberGlobalId, policies.actAsMember);
  return target.ok ? ok(target.memberId) : fail(membershipErrors.error(target.problem, ["input", "memberId"]));
}

/** A member named by staff (desk, billing): only the id's shape is checked here, existence under the row lock. */
export function memberNamedByStaff(memberGlobalId: string): Result<string, MembershipErrorCode> {
  const id = idOfType(memberGlobalId, "Member");
  return id ? ok(id) : fail(membershipErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
}

export function isDelegate(ctx: Context): boolean {
  return ctx.actor.kind === "member-scoped" && ctx.actor.role === "DELEGATE";
}
