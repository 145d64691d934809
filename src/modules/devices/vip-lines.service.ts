import type { Context } from "../../context.js";
import { normaliseFrenchPhone } from "../../shared/contact.js";
import { constraintName, fail, ok, sqlState, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, memberCommand } from "../../shared/mutation.js";
import { idOfType } from "../../shared/relay.js";
import { coachingService } from "../coaching/index.js";
import { isSamePerson } from "../premises/index.js";
import { vipLineErrors, type VipLineErrorCode } from "./devices.errors.js";
import type { DeclareVipLineInput, WithdrawVipLineInput } from "./devices.inputs.js";
import { toVipLine } from "./devices.mappers.js";
import { devicesRepository as repo } from "./devices.repository.js";
import { EXCLUDED_PLAN_LABELS, isEligiblePlan, vipLineRefusal } from "./devices.rules.js";
import type { VipLine } from "./devices.types.js";

type VipLineResult = Result<VipLine, VipLineErrorCode>;
const NAME_MAX = 100;
/** Metropolitan French mobile numbers: +336…, +337… (what the CHECK constraint also holds). */
const FRENCH_MOBILE = /^\+33[67][0-9]{8}$/;

/** SVC-3: the member declares Orange consumer mobile lines to their coach, who records them here. */
export const vipLinesService = {
  async declare(ctx: Context, input: DeclareVipLineInput): Promise<VipLineResult> {
    const memberId = idOfType(input.memberId, "Member");
    if (ctx.actor.kind !== "staff" || !memberId || !(await coachingService.isCoachOf(ctx, memberId))) {
      return fail(vipLineErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
    }
    const member = await ctx.loaders.members.memberById.load(memberId);
    if (!member) return fail(vipLineErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
    const checked = checkLine(input, member);
    if (!checked.ok) return checked;
    const { phone, planType } = checked.value;
    const requires = { open: "MEMBERSHIP_CLOSED", optionInForce: "OPTION_NOT_IN_FORCE", notSuspended: "SERVICE_SUSPENDED" } as const;
    const options = { operation: "declareVipLine", errors: vipLineErrors, member: { id: memberId }, requires, field: ["input", "memberId"], onDatabaseError: alreadyDeclared };
    return memberCommand(ctx, options, async ({ tx, audit }) => {
      if (await repo.activeVipLine(tx, memberId, phone)) return fail(vipLineErrors.error("ALREADY_DECLARED", ["input", "phoneNumber"]));
      const row = await repo.insertVipLine(tx, { memberId, phoneNumber: phone, planType, declaredAt: ctx.clock.now(), declaredById: actorId(ctx) });
      await audit({ targetIds: [row.id], details: { planType: row.planType } });
      return ok(toVipLine(row));
    });
  },

  /** The coach withdraws a line (e.g. the member moved it to Sosh): it no longer gets Orange VIP. */
  async withdraw(ctx: Context, input: WithdrawVipLineInput): Promise<VipLineResult> {
    const field = ["input", "vipLineId"];
    const id = idOfType(input.vipLineId, "VipLine");
    const found = id ? await repo.vipLineById(ctx.db, id) : undefined;
    if (ctx.actor.kind !== "staff" || !found || found.withdrawnAt || !(await coachingService.isCoachOf(ctx, found.memberId))) {
      return fail(vipLineErrors.error("VIP_LINE_NOT_FOUND", field));
    }
    return memberCommand(ctx, { operation: "withdrawVipLine", errors: vipLineErrors, member: { id: found.memberId } }, async ({ tx, audit }) => {
      const current = await repo.vipLineById(tx, found.id);
      if (!current || current.withdrawnAt) return fail(vipLineErrors.error("VIP_LINE_NOT_FOUND", field));
      const row = await repo.withdrawVipLine(tx, current.id, ctx.clock.now(), actorId(ctx));
      await audit({ targetIds: [row.id] });
      return ok(toVipLine(row));
    });
  },
};

/** The partial unique index is the last guard, should a path ever skip the member lock. */
function alreadyDeclared(error: unknown) {
  return sqlState(error) === "23505" && constraintName(error) === "vip_lines_one_active_number_per_member"
    ? vipLineErrors.error("ALREADY_DECLARED", ["input", "phoneNumber"])
    : null;
}

/** SVC-3, every problem at once: a French mobile number, an Orange consumer plan, in the member's own name. */
function checkLine(input: DeclareVipLineInput, member: { lastName: string; firstName: string }): Result<{ phone: string; planType: VipLine["planType"] }, VipLineErrorCode> {
  const errors: DomainError<VipLineErrorCode>[] = [];
  const phone = normaliseFrenchPhone(input.phoneNumber);
  if (!phone || !FRENCH_MOBILE.test(phone)) errors.push(vipLineErrors.error("INVALID_PHONE_NUMBER", ["input", "phoneNumber"]));
  const refusal = vipLineRefusal(input);
  if (refusal) {
    const field = refusal === "NOT_ORANGE" ? ["input", "operator"] : ["input", "planType"];
    errors.push(vipLineErrors.error(refusal, field, refusal === "EXCLUDED_PLAN" ? { plan: EXCLUDED_PLAN_LABELS[input.planType]! } : undefined));
  }
  const holder = { lastName: input.holder.lastName.trim(), firstName: input.holder.firstName.trim() };
  const badNames = (["lastName", "firstName"] as const).filter((key) => holder[key].length === 0 || holder[key].length > NAME_MAX);
  for (const key of badNames) errors.push(vipLineErrors.error("INVALID_TEXT", ["input", "holder", key], { max: NAME_MAX }));
  if (badNames.length === 0 && !isSamePerson(holder, member)) {
    errors.push(vipLineErrors.error("HOLDER_NOT_MEMBER", ["input", "holder"], { memberName: `${member.firstName} ${member.lastName}` }));
  }
  const planType = input.planType;
  return errors.length || !phone || !isEligiblePlan(planType) ? fail(...errors) : ok({ phone, planType });
}
