import { randomUUID } from "node:crypto";
import type { Context } from "../../context.js";
import { constraintName, fail, forbidden, ok, sqlState, type DomainError, type Result } from "../../shared/errors.js";
import { lockMemberRow } from "../../shared/member-lock.js";
import { actorId, runCommand, textField } from "../../shared/mutation.js";
import { parisDate } from "../../shared/paris-time.js";
import { decodeCursor, encodeCursor, idOfType, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import { toInvoice, type Invoice } from "../invoicing/index.js";
import { collectionsErrors, type CollectionsErrorCode } from "./collections.errors.js";
import type { CloseFinancialGuaranteeInput, RecordFinancialGuaranteePaymentInput, RequestFinancialGuaranteeInput, UseFinancialGuaranteeInput } from "./collections.inputs.js";
import { toGuarantee, toPayment } from "./collections.mappers.js";
import { applyPayment, duplicate } from "./collections.payments.service.js";
import { collectionsPolicies } from "./collections.policies.js";
import { collectionsRepository as repo, type GuaranteeListFilter, type GuaranteeRow } from "./collections.repository.js";
import { REASON_MAX, REFERENCE_MAX } from "./collections.rules.js";
import type { FinancialGuarantee, Payment } from "./collections.types.js";

/**
 * BIL-4 (art. 6.1): the financial guarantee (deposit). Billing asks for it (an amount, a due
 * date), records its payment, uses it against unpaid invoices of the same member (a payment of
 * method GUARANTEE, through the one payment logic), then releases what is left, or cancels it
 * before it is paid. Every change locks the guarantee row first, so uses never exceed it.
 */

type GuaranteeResult = Result<FinancialGuarantee, CollectionsErrorCode>;

export interface GuaranteeUse {
  guarantee: FinancialGuarantee;
  payment: Payment;
  invoice: Invoice;
}

const text = (raw: string, max: number, field: string[], errors: DomainError<CollectionsErrorCode>[]) =>
  textField<CollectionsErrorCode>({ error: (_code, f, params) => collectionsErrors.error("GUARANTEE_INVALID_TEXT", f, params) })(raw, max, field, errors, true);
const err = (code: CollectionsErrorCode, field: string[], params?: Record<string, string | number>) => collectionsErrors.error(code, field, params);
const GUARANTEE_FIELD = ["input", "guaranteeId"];
const notFound = () => err("GUARANTEE_NOT_FOUND", GUARANTEE_FIELD);

/** A concurrent recording of the same bank reference loses on a unique index: the same refusal as a sequential one. */
const onDbError = (error: unknown): DomainError<CollectionsErrorCode> | null =>
  sqlState(error) === "23505" && ["financial_guarantees_payment_reference_key", "payments_reference_key"].includes(constraintName(error) ?? "") ? duplicate() : null;

const validAmount = (cents: number) => Number.isSafeInteger(cents) && cents > 0;

/** The guarantee named by the input, locked, or GUARANTEE_NOT_FOUND. */
async function lockNamed(tx: Parameters<typeof repo.lockGuarantee>[0], rawId: string): Promise<Result<GuaranteeRow, CollectionsErrorCode>> {
  const row = await repo.lockGuarantee(tx, rawId);
  return row ? ok(row) : fail(notFound());
}

function billingOnly(ctx: Context): void {
  if (!collectionsPolicies.isBilling(ctx.actor)) throw forbidden();
}

export const guaranteesService = {
  /** BIL-4: billing asks a member (not terminated, not rejected) for a guarantee: amount > 0, due today or later (Paris). */
  async request(ctx: Context, input: RequestFinancialGuaranteeInput): Promise<GuaranteeResult> {
    billingOnly(ctx);
    const errors: DomainError<CollectionsErrorCode>[] = [];
    const memberId = idOfType(input.memberId, "Member");
    if (!memberId) errors.push(err("GUARANTEE_MEMBER_NOT_FOUND", ["input", "memberId"]));
    if (!validAmount(input.amountCents)) errors.push(err("INVALID_AMOUNT", ["input", "amountCents"]));
    const now = ctx.clock.now();
    const today = parisDate(now);
    if (input.dueOn < today) errors.push(err("GUARANTEE_DUE_IN_PAST", ["input", "dueOn"], { today }));
    const reason = text(input.reason, REASON_MAX, ["input", "reason"], errors);
    if (errors.length || !memberId || !reason) return fail(...errors);

    return runCommand(ctx, { operation: "requestFinancialGuarantee" }, async ({ tx, audit }) => {
      // The member row is locked so a termination cannot slip in between the check and the insert.
      const member = await lockMemberRow(tx, memberId, "no key update");
      if (!member) return fail(err("GUARANTEE_MEMBER_NOT_FOUND", ["input", "memberId"]));
      if (member.status === "TERMINATED" || member.status === "REJECTED") return fail(err("GUARANTEE_MEMBERSHIP_CLOSED", ["input", "memberId"]));
      const row = await repo.insertGuarantee(tx, { memberId, amountCents: input.amountCents, dueOn: input.dueOn, reason, requestedAt: now, requestedById: actorId(ctx) });
      await audit({ onBehalfOfMemberId: memberId, targetIds: [row.id], details: { amountCents: row.amountCents, dueOn: row.dueOn } });
      return ok(toGuarantee(row));
    });
  },

  /** BIL-4: the member paid it (REQUESTED → PAID); its bank reference is recorded once, here or on any payment. */
  async recordPayment(ctx: Context, input: RecordFinancialGuaranteePaymentInput): Promise<GuaranteeResult> {
    billingOnly(ctx);
    const errors: DomainError<CollectionsErrorCode>[] = [];
    const id = idOfType(input.guaranteeId, "FinancialGuarantee");
    if (!id) errors.push(notFound());
    const now = ctx.clock.now();
    if (input.paidOn > parisDate(now)) errors.push(err("PAYMENT_DATE_IN_FUTURE", ["input", "paidOn"]));
    const reference = text(input.reference, REFERENCE_MAX, ["input", "reference"], errors);
    if (errors.length || !id || !reference) return fail(...errors);

    return runCommand(ctx, { operation: "recordFinancialGuaranteePayment", onDatabaseError: onDbError }, async ({ tx, audit }) => {
      const locked = await lockNamed(tx, id);
      if (!locked.ok) return locked;
      const guarantee = locked.value;
      if (guarantee.status !== "REQUESTED") return fail(err("GUARANTEE_NOT_REQUESTED", GUARANTEE_FIELD, { status: guarantee.status }));
      if ((await repo.guaranteeByPaymentReference(tx, reference)) || (await repo.paymentByReference(tx, reference))) return fail(duplicate());
      const row = await repo.updateGuarantee(tx, id, { status: "PAID", paidOn: input.paidOn, paymentMethod: input.method, paymentReference: reference, paidRecordedAt: now });
      await audit({ onBehalfOfMemberId: row.memberId, targetIds: [row.id], details: { amountCents: row.amountCents, method: input.method, reference, paidOn: input.paidOn } });
      return ok(toGuarantee(row));
    });
  },

  /**
   * BIL-4: part of a PAID guarantee settles an issued, unpaid invoice of the same member: a
   * payment of method GUARANTEE through applyPayment (paid amount, status, dunning as for any
   * payment), at most what is left of the guarantee and the invoice's balance due. Lock order:
   * guarantee, invoice, then the member row (closeDunningIfSettled).
   */
  async use(ctx: Context, input: UseFinancialGuaranteeInput): Promise<Result<GuaranteeUse, CollectionsErrorCode>> {
    billingOnly(ctx);
    const errors: DomainError<CollectionsErrorCode>[] = [];
    const id = idOfType(input.guaranteeId, "FinancialGuarantee");
    if (!id) errors.push(notFound());
    const invoiceId = idOfType(input.invoiceId, "Invoice");
    if (!invoiceId) errors.push(err("GUARANTEE_INVOICE_NOT_FOUND", ["input", "invoiceId"]));
    if (!validAmount(input.amountCents)) errors.push(err("INVALID_AMOUNT", ["input", "amountCents"]));
    if (errors.length || !id || !invoiceId) return fail(...errors);

    return runCommand(ctx, { operation: "useFinancialGuarantee", onDatabaseError: onDbError }, async ({ tx, audit }) => {
      const locked = await lockNamed(tx, id);
      if (!locked.ok) return locked;
      const guarantee = locked.value;
      if (guarantee.status !== "PAID") return fail(err("GUARANTEE_NOT_PAID", GUARANTEE_FIELD, { status: guarantee.status }));
      const remaining = guarantee.amountCents - guarantee.usedCents;
      if (input.amountCents > remaining) return fail(err("GUARANTEE_EXCEEDS_REMAINING", ["input", "amountCents"], { remaining }));
      const invoice = await repo.lockInvoice(tx, invoiceId);
      if (!invoice) return fail(err("GUARANTEE_INVOICE_NOT_FOUND", ["input", "invoiceId"]));
      if (invoice.memberId !== guarantee.memberId) return fail(err("GUARANTEE_OTHER_MEMBER", ["input", "invoiceId"]));
      const paymentId = randomUUID();
      const applied = await applyPayment(tx, ctx, invoice, {
        amountCents: input.amountCents,
        method: "GUARANTEE",
        outcome: "SUCCEEDED",
        // Not a bank's reference: the guarantee's own, unique per use.
        reference: `GUARANTEE:${guarantee.id}:${paymentId}`,
        receivedOn: parisDate(ctx.clock.now()),
        guaranteeId: guarantee.id,
      });
      if (!applied.ok) return applied;
      const { row: payment, updated } = applied.value;
      const after = await repo.updateGuarantee(tx, guarantee.id, { usedCents: guarantee.usedCents + input.amountCents });
      await audit({
        onBehalfOfMemberId: guarantee.memberId,
        targetIds: [guarantee.id, payment.id, invoice.id],
        details: { amountCents: input.amountCents, usedCents: after.usedCents, invoiceStatus: updated.status },
      });
      return ok({ guarantee: toGuarantee(after), payment: toPayment(payment, updated), invoice: toInvoice(updated) });
    });
  },

  /** BIL-4: PAID → RELEASED: what was not used (amount − used) is given back. */
  release(ctx: Context, input: CloseFinancialGuaranteeInput): Promise<GuaranteeResult> {
    return close(ctx, input, "releaseFinancialGuarantee", (row, now, note) =>
      row.status !== "PAID"
        ? fail(err("GUARANTEE_NOT_PAID", GUARANTEE_FIELD, { status: row.status }))
        : ok({ status: "RELEASED", releasedAt: now, releasedCents: row.amountCents - row.usedCents, closingNote: note }),
    );
  },

  /** BIL-4: REQUESTED → CANCELLED: withdrawn before it was paid. */
  cancel(ctx: Context, input: CloseFinancialGuaranteeInput): Promise<GuaranteeResult> {
    return close(ctx, input, "cancelFinancialGuarantee", (row, now, note) =>
      row.status !== "REQUESTED" ? fail(err("GUARANTEE_NOT_REQUESTED", GUARANTEE_FIELD, { status: row.status })) : ok({ status: "CANCELLED", cancelledAt: now, closingNote: note }),
    );
  },

  /** Member.financialGuarantees: newest first; nobody else than readGuarantees (the shield rule says the same). */
  async ofMember(ctx: Context, memberId: string): Promise<FinancialGuarantee[]> {
    if (!collectionsPolicies.readGuarantees(ctx.actor, memberId)) throw forbidden();
    const rows = await ctx.loaders.collections.guaranteesByMemberId.load(memberId);
    return rows.map(toGuarantee);
  },

  /** Query.financialGuarantees: billing's list, newest request first, by status and member. */
  async list(ctx: Context, filter: GuaranteeListFilter, args: { first: number; after: string | null }): Promise<ConnectionShape<FinancialGuarantee>> {
    billingOnly(ctx);
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    const rows = await repo.guaranteePage(ctx.db, filter, after, first + 1);
    return toConnection(rows, first, toGuarantee, (row) => encodeCursor([row.requestedAt.toISOString(), row.id]));
  },
};

async function close(
  ctx: Context,
  input: CloseFinancialGuaranteeInput,
  operation: "releaseFinancialGuarantee" | "cancelFinancialGuarantee",
  transition: (row: GuaranteeRow, now: Date, note: string) => Result<Partial<GuaranteeRow>, CollectionsErrorCode>,
): Promise<GuaranteeResult> {
  billingOnly(ctx);
  const errors: DomainError<CollectionsErrorCode>[] = [];
  const id = idOfType(input.guaranteeId, "FinancialGuarantee");
  if (!id) errors.push(notFound());
  const note = text(input.note, REASON_MAX, ["input", "note"], errors);
  if (errors.length || !id || !note) return fail(...errors);
  return runCommand(ctx, { operation }, async ({ tx, audit }) => {
    const locked = await lockNamed(tx, id);
    if (!locked.ok) return locked;
    const changes = transition(locked.value, ctx.clock.now(), note);
    if (!changes.ok) return changes;
    const row = await repo.updateGuarantee(tx, id, changes.value);
    await audit({ onBehalfOfMemberId: row.memberId, targetIds: [row.id], details: { status: row.status, usedCents: row.usedCents, releasedCents: row.releasedCents } });
    return ok(toGuarantee(row));
  });
}
