import { ownMemberId } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";
import type { Context } from "../../context.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { idOfType } from "../../shared/relay.js";
import { membershipErrors, type MembershipErrorCode } from "./membership.errors.js";

/**
 * The member an act that only the member may take is for (terminate, rejoin, delegates, payers).
 * MEM-5: the delegate is refused with a userError that names the rule (shield lets them through,
 * since a shield refusal cannot carry a rule id). MEMBER acts on their own member; the desk names one.
 */
export function memberActingForThemself(ctx: Context, memberGlobalId: string | null | undefined): Result<string, MembershipErrorCode> {
  const { actor } = ctx;
  if (isDelegate(ctx)) return fail(membershipErrors.error("DELEGATE_NOT_ALLOWED"));
  if (memberGlobalId == null) {
    const own = ownMemberId(actor);
    return own ? ok(own) : fail(membershipErrors.error("MEMBER_ID_REQUIRED", ["input", "memberId"]));
  }
  const id = idOfType(memberGlobalId, "Member");
  if (!id || !policies.actAsMember(actor, id)) return fail(membershipErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
  return ok(id);
}

/** A member named by staff (desk, billing): only the id's shape is checked here, existence under the row lock. */
export function memberNamedByStaff(memberGlobalId: string): Result<string, MembershipErrorCode> {
  const id = idOfType(memberGlobalId, "Member");
  return id ? ok(id) : fail(membershipErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
}

export function isDelegate(ctx: Context): boolean {
  return ctx.actor.kind === "member-scoped" && ctx.actor.role === "DELEGATE";
}
