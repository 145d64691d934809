import type { Context } from "../../context.js";
import type { Tx } from "../../shared/db.js";
import { fail, forbidden, ok, type Result } from "../../shared/errors.js";
import { actorId, memberCommand } from "../../shared/mutation.js";
import { parisDate } from "../../shared/paris-time.js";
import { idOfType } from "../../shared/relay.js";
import { optionsRepository } from "../options/index.js";
import { collectionsErrors, type CollectionsErrorCode } from "./collections.errors.js";
import type { DunningStepInput } from "./collections.inputs.js";
import { toDunningCase } from "./collections.mappers.js";
import { collectionsPolicies } from "./collections.policies.js";
import { collectionsRepository as repo, type DunningRow } from "./collections.repository.js";
import { DUNNING_WAIT_DAYS, addDays, waitOver } from "./collections.rules.js";
import type { DunningCase } from "./collections.types.js";

type DunningResult = Result<DunningCase, CollectionsErrorCode>;
type Step = "sendFormalNotice" | "suspendForNonPayment" | "sendSecondNotice" | "terminateForNonPayment";

const field = ["input", "memberId"];
const err = (code: CollectionsErrorCode, params?: Record<string, string | number>) => collectionsErrors.error(code, field, params);

/**
 * One BIL-9 step under the member lock: the open case and the overdue balance are read with no
 * other step in flight. `apply` returns the case after the step, or a refusal (nothing written).
 */
async function step(
  ctx: Context,
  input: DunningStepInput,
  operation: Step,
  apply: (tx: Tx, memberId: string, open: DunningRow | undefined, today: string, now: Date) => Promise<Result<DunningRow, CollectionsErrorCode>>,
): Promise<DunningResult> {
  if (!collectionsPolicies.isBilling(ctx.actor)) throw forbidden();
  const memberId = idOfType(input.memberId, "Member");
  if (!memberId) return fail(err("MEMBER_NOT_FOUND"));
  return memberCommand(ctx, { operation, errors: collectionsErrors, member: { id: memberId } }, async ({ tx, audit }) => {
    const now = ctx.clock.now();
    const today = parisDate(now);
    // Every step needs an overdue, undisputed, unpaid balance: a contested amount is suspended (BIL-7).
    const { overdueCents } = await repo.memberBalance(tx, memberId, today);
    if (overdueCents === 0) return fail(err("NOTHING_OVERDUE"));
    const open = await repo.openCase(tx, memberId);
    const result = await apply(tx, memberId, open, today, now);
    if (!result.ok) return result;
    await audit({ targetIds: [result.value.id], details: { overdueCents } });
    return ok(toDunningCase(result.value));
  });
}

const tooEarly = (since: Date) => err("TOO_EARLY", { days: DUNNING_WAIT_DAYS, earliest: addDays(parisDate(since), DUNNING_WAIT_DAYS) });

export const dunningService = {
  /** BIL-9 step 1: a formal notice, on an overdue undisputed balance; one open case per member. */
  sendFormalNotice(ctx: Context, input: DunningStepInput): Promise<DunningResult> {
    return step(ctx, input, "sendFormalNotice", async (tx, memberId, open, _today, now) => {
      if (open) return fail(err("CASE_ALREADY_OPEN"));
      return ok(await repo.insertCase(tx, { memberId, firstNoticeAt: now, openedById: actorId(ctx) }));
    });
  },

  /** BIL-9 step 2: services suspended once the notice was left without effect for 8 days; the subscription stays due. */
  suspend(ctx: Context, input: DunningStepInput): Promise<DunningResult> {
    return step(ctx, input, "suspendForNonPayment", async (tx, _memberId, open, today, now) => {
      if (!open) return fail(err("NO_OPEN_CASE"));
      if (open.suspendedAt) return fail(err("STEP_OUT_OF_ORDER"));
      if (!waitOver(parisDate(open.firstNoticeAt), today)) return fail(tooEarly(open.firstNoticeAt));
      return ok(await repo.updateCase(tx, open.id, { suspendedAt: now }));
    });
  },

  /** BIL-9 step 3: a second notice, after the suspension. */
  sendSecondNotice(ctx: Context, input: DunningStepInput): Promise<DunningResult> {
    return step(ctx, input, "sendSecondNotice", async (tx, _memberId, open, _today, now) => {
      if (!open) return fail(err("NO_OPEN_CASE"));
      if (!open.suspendedAt || open.secondNoticeAt) return fail(err("STEP_OUT_OF_ORDER"));
      return ok(await repo.updateCase(tx, open.id, { secondNoticeAt: now }));
    });
  },

  /**
   * BIL-9 step 4 (OPT-5): 8 days after the second notice, still unpaid: the option ends at once
   * with PARNASSE_NON_PAYMENT, and debt recovery is recorded (MEM-3: never honorary afterwards).
   * The membership itself is left to its own termination. The case stays open until the debt is paid.
   */
  terminate(ctx: Context, input: DunningStepInput): Promise<DunningResult> {
    return step(ctx, input, "terminateForNonPayment", async (tx, memberId, open, today, now) => {
      if (!open) return fail(err("NO_OPEN_CASE"));
      if (!open.secondNoticeAt || open.terminatedAt) return fail(err("STEP_OUT_OF_ORDER"));
      if (!waitOver(parisDate(open.secondNoticeAt), today)) return fail(tooEarly(open.secondNoticeAt));
      const option = await optionsRepository.inForce(tx, memberId, now);
      if (option) {
        await optionsRepository.end(tx, option.id, { endsAt: now, endReason: "PARNASSE_NON_PAYMENT", endDetail: `BIL-9: dunning case ${open.id}` });
      }
      await repo.markDebtRecovery(tx, memberId, now);
      return ok(await repo.updateCase(tx, open.id, { terminatedAt: now }));
    });
  },

  /** Member.dunning: the latest case (open first). */
  async latestFor(ctx: Context, memberId: string): Promise<DunningCase | null> {
    if (!collectionsPolicies.readDunning(ctx.actor, memberId)) return null;
    const row = await ctx.loaders.collections.latestCaseByMemberId.load(memberId);
    return row ? toDunningCase(row) : null;
  },
};
