import { actorRole } from "../../authz/actor.js";
import type { Context } from "../../context.js";
import type { Queryable } from "../../shared/db.js";
import { fail, ok, type DomainError, type Result } from "../../shared/errors.js";
import { runCommand } from "../../shared/mutation.js";
import { idOfType } from "../../shared/relay.js";
import { text, TEXT_MAX } from "./assistance.service.js";
import { interventionErrors, type InterventionErrorCode } from "./interventions.errors.js";
import type { InterventionIdInput, RefuseInterventionInput } from "./interventions.inputs.js";
import { toIntervention } from "./interventions.mappers.js";
import { interventionPolicies } from "./interventions.policies.js";
import { includedPriceOf } from "./interventions.pricing.js";
import { interventionsRepository as repo, type InterventionRow, type NewIntervention } from "./interventions.repository.js";
import type { Intervention } from "./interventions.types.js";

type InterventionResult = Result<Intervention, InterventionErrorCode>;
type Check = (row: InterventionRow) => DomainError<InterventionErrorCode> | null;

const FIELD = ["input", "interventionId"];

const statusIs =
  (...allowed: InterventionRow["status"][]): Check =>
  (row) =>
    allowed.includes(row.status) ? null : interventionErrors.error("INVALID_STATUS", FIELD, { status: row.status });

/**
 * One state change: find the intervention (invisible or not the actor's: "not found", no leak),
 * then under a row lock re-read it, check, update and audit in one transaction. No member lock: a
 * state change holds only its own row, so it never waits behind the billing run (which locks what
 * it invoices, then the member's key).
 */
async function transition(
  ctx: Context,
  globalId: string,
  operation: string,
  allowed: (ctx: Context, row: InterventionRow) => boolean | Promise<boolean>,
  checks: Check[],
  changes: (now: Date) => Partial<NewIntervention>,
  details: Record<string, unknown> = {},
): Promise<InterventionResult> {
  const id = idOfType(globalId, "Intervention");
  const found = id ? await repo.interventionById(ctx.db, id) : undefined;
  if (!id || !found || !(await allowed(ctx, found))) return fail(interventionErrors.error("INTERVENTION_NOT_FOUND", FIELD));
  return runCommand(ctx, { operation }, async ({ tx, audit }) => {
    const row = await repo.interventionById(tx, id, { lock: true });
    if (!row) return fail(interventionErrors.error("INTERVENTION_NOT_FOUND", FIELD));
    for (const check of checks) {
      const error = check(row);
      if (error) return fail(error);
    }
    const updated = await repo.updateIntervention(tx, id, changes(ctx.clock.now()));
    await audit({ onBehalfOfMemberId: row.memberId, targetIds: [id], details: { from: row.status, to: updated.status, ...details } });
    return ok(toIntervention(updated));
  });
}

/**
 * INT-3: the freed slot goes to the earliest-booked intervention of the contract year booked beyond
 * the 15 and not invoiced yet. The candidates are locked first (id order, as the billing run locks
 * what it invoices), then checked against the invoices in a fresh statement: one the run is
 * invoicing right now is either already on its invoice (left as billed) or re-priced before the
 * run reads it (and then not billed).
 */
async function giveSlot(tx: Queryable, cancelled: InterventionRow, slot: number) {
  const candidates = await repo.beyondAllowanceLocked(tx, cancelled.memberId, cancelled.contractYearStart);
  const invoiced = await repo.invoicedIds(
    tx,
    candidates.map((c) => c.id),
  );
  const [beneficiary] = candidates.filter((c) => !invoiced.has(c.id)).sort((a, b) => a.bookedAt.getTime() - b.bookedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (!beneficiary) return null;
  const price = includedPriceOf(beneficiary);
  await repo.updateIntervention(tx, beneficiary.id, {
    allowanceSlot: slot,
    billingReason: price.billingReason,
    chargeLines: price.lines,
    priceCents: price.totalCents,
  });
  return {
    interventionId: beneficiary.id,
    allowanceSlot: slot,
    previousPriceCents: beneficiary.priceCents,
    previousChargeLines: beneficiary.chargeLines,
    priceCents: price.totalCents,
    billingReason: price.billingReason,
  };
}

export const lifecycleService = {
  /** INT-6: the member (or delegate) confirms their data is backed up, before the intervention starts. */
  confirmBackup(ctx: Context, input: InterventionIdInput): Promise<InterventionResult> {
    return transition(
      ctx,
      input.interventionId,
      "confirmInterventionBackup",
      (c, row) => interventionPolicies.confirmBackup(c.actor, row.memberId),
      [statusIs("BOOKED"), (row) => (row.backupConfirmedAt ? interventionErrors.error("BACKUP_ALREADY_CONFIRMED", FIELD) : null)],
      (now) => ({ backupConfirmedAt: now, backupConfirmedByRole: actorRole(ctx.actor) }),
    );
  },

  /** INT-6: the technician (or coach) cannot start before the member confirmed the backup. */
  start(ctx: Context, input: InterventionIdInput): Promise<InterventionResult> {
    return transition(
      ctx,
      input.interventionId,
      "startIntervention",
      interventionPolicies.performs,
      [statusIs("BOOKED"), (row) => (row.backupConfirmedAt ? null : interventionErrors.error("BACKUP_NOT_CONFIRMED", FIELD))],
      (now) => ({ status: "STARTED", startedAt: now }),
    );
  },

  complete(ctx: Context, input: InterventionIdInput): Promise<InterventionResult> {
    return transition(ctx, input.interventionId, "completeIntervention", interventionPolicies.performs, [statusIs("STARTED")], (now) => ({
      status: "DONE",
      doneAt: now,
    }));
  },

  /** INT-4: refused with its reason; it still counts in INT-3 (the trip was made). Nothing else happens. */
  async refuse(ctx: Context, input: RefuseInterventionInput): Promise<InterventionResult> {
    const errors: DomainError<InterventionErrorCode>[] = [];
    const note = text(input.note, TEXT_MAX, ["input", "note"], errors);
    if (errors.length) return fail(...errors);
    return transition(
      ctx,
      input.interventionId,
      "refuseIntervention",
      interventionPolicies.refuse,
      [statusIs("BOOKED", "STARTED")],
      (now) => ({ status: "REFUSED", refusalReason: input.reason, refusalNote: note, refusedAt: now }),
      { reason: input.reason },
    );
  },

  /**
   * INT-3: a cancelled intervention no longer counts: it gives its allowance slot back. Under the
   * member lock (the order booking takes), the slot goes at once to the member's earliest-booked
   * intervention of the same contract year that was booked beyond the 15 and is not invoiced yet
   * (booked, started or done; never a refused one, which is not billed anyway): it becomes
   * included and is re-priced as within the 15 (nothing, or INT-7 coach time), audited with its
   * former price. With none, the slot is free for the next booking. An included intervention is
   * never made billable.
   */
  async cancel(ctx: Context, input: InterventionIdInput): Promise<InterventionResult> {
    const id = idOfType(input.interventionId, "Intervention");
    const found = id ? await repo.interventionById(ctx.db, id) : undefined;
    if (!id || !found || !interventionPolicies.deskOnly(ctx.actor)) return fail(interventionErrors.error("INTERVENTION_NOT_FOUND", FIELD));
    // Not memberCommand: the member lock of this module is FOR NO KEY UPDATE (see repo.lockMember).
    return runCommand(ctx, { operation: "cancelIntervention" }, async ({ tx, audit }) => {
      await repo.lockMember(tx, found.memberId);
      const row = await repo.interventionById(tx, id, { lock: true });
      if (!row) return fail(interventionErrors.error("INTERVENTION_NOT_FOUND", FIELD));
      const invalid = statusIs("BOOKED")(row);
      if (invalid) return fail(invalid);
      const updated = await repo.updateIntervention(tx, id, { status: "CANCELLED", cancelledAt: ctx.clock.now(), allowanceSlot: null });
      const promoted = row.allowanceSlot === null ? null : await giveSlot(tx, row, row.allowanceSlot);
      await audit({
        onBehalfOfMemberId: row.memberId,
        targetIds: promoted ? [id, promoted.interventionId] : [id],
        details: { from: row.status, to: updated.status, freedAllowanceSlot: row.allowanceSlot, promoted },
      });
      return ok(toIntervention(updated));
    });
  },
};
