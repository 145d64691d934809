import type { Context } from "../../context.js";
import { toInvoice } from "../invoicing/index.js";
import { constraintName, fail, forbidden, ok, sqlState, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, runCommand, textField } from "../../shared/mutation.js";
import { parisDate } from "../../shared/paris-time.js";
import { idOfType } from "../../shared/relay.js";
import type { Invoice, InvoiceRow } from "../invoicing/index.js";
import type { Tx } from "../../shared/db.js";
import { collectionsErrors, type CollectionsErrorCode } from "./collections.errors.js";
import { closeDunningIfSettled } from "./collections.service.js";
import type { RecordPaymentInput } from "./collections.inputs.js";
import { toPayment } from "./collections.mappers.js";
import { collectionsPolicies } from "./collections.policies.js";
import { collectionsRepository as repo, type PaymentRow } from "./collections.repository.js";
import { REFERENCE_MAX, openAmount, statusAfter } from "./collections.rules.js";
import type { Payment } from "./collections.types.js";

export interface PaymentOutcome {
  payment: Payment;
  invoice: Invoice;
}

const text = textField<CollectionsErrorCode>(collectionsErrors);
export const duplicate = () => collectionsErrors.error("DUPLICATE_REFERENCE", ["input", "reference"]);

/** A concurrent recording of the same bank reference loses on the unique index: the same refusal. */
export const onDbError = (error: unknown): DomainError<CollectionsErrorCode> | null =>
  sqlState(error) === "23505" && constraintName(error) === "payments_reference_key" ? duplicate() : null;

export const paymentsService = {
  /**
   * BIL-4: billing staff record a payment result. A success adds to the invoice's paid amount,
   * never beyond the balance due (contested amounts are suspended, not payable); a rejected direct
   * debit is kept, visible, and moves nothing. A bank reference is recorded once.
   */
  async record(ctx: Context, input: RecordPaymentInput): Promise<Result<PaymentOutcome, CollectionsErrorCode>> {
    if (!collectionsPolicies.isBilling(ctx.actor)) throw forbidden();
    const errors: DomainError<CollectionsErrorCode>[] = [];
    const invoiceId = idOfType(input.invoiceId, "Invoice");
    if (!invoiceId) errors.push(collectionsErrors.error("INVOICE_NOT_FOUND", ["input", "invoiceId"]));
    if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) errors.push(collectionsErrors.error("INVALID_AMOUNT", ["input", "amountCents"]));
    // BIL-4: a GUARANTEE payment draws on a guarantee; only useFinancialGuarantee records one.
    if (input.method === "GUARANTEE") errors.push(collectionsErrors.error("GUARANTEE_METHOD_RESERVED", ["input", "method"]));
    const reference = text(input.reference, REFERENCE_MAX, ["input", "reference"], errors, true);
    const now = ctx.clock.now();
    if (input.receivedOn > parisDate(now)) errors.push(collectionsErrors.error("PAYMENT_DATE_IN_FUTURE", ["input", "receivedOn"]));
    if (errors.length || !invoiceId || !reference) return fail(...errors);

    // The invoice is locked first (as credit notes and disputes do); closeDunningIfSettled then takes the member row.
    return runCommand(ctx, { operation: "recordPayment", onDatabaseError: onDbError }, async ({ tx, audit }) => {
      const invoice = await repo.lockInvoice(tx, invoiceId);
      if (!invoice) return fail(collectionsErrors.error("INVOICE_NOT_FOUND", ["input", "invoiceId"]));
      const applied = await applyPayment(tx, ctx, invoice, { ...input, reference });
      if (!applied.ok) return applied;
      const { row, updated } = applied.value;
      await audit({
        onBehalfOfMemberId: invoice.memberId,
        targetIds: [row.id, invoice.id],
        details: { amountCents: row.amountCents, outcome: row.outcome, reference, status: updated.status },
      });
      return ok({ payment: toPayment(row, updated), invoice: toInvoice(updated) });
    });
  },
};

export interface PaymentToApply {
  amountCents: number;
  method: PaymentRow["method"];
  outcome: PaymentRow["outcome"];
  reference: string;
  receivedOn: string;
  guaranteeId?: string | null;
}

/**
 * BIL-4: the one payment logic, on an invoice the caller has locked: recordPayment and
 * useFinancialGuarantee both go through it, so the invoice's paid amount, status and dunning
 * case react the same way whatever paid. A success never exceeds the balance due.
 */
export async function applyPayment(
  tx: Tx,
  ctx: Context,
  invoice: InvoiceRow,
  payment: PaymentToApply,
): Promise<Result<{ row: PaymentRow; updated: InvoiceRow }, CollectionsErrorCode>> {
  if (invoice.kind === "CREDIT_NOTE") return fail(collectionsErrors.error("CREDIT_NOTE_NOT_PAYABLE", ["input", "invoiceId"]));
  if (invoice.status === "DRAFT") return fail(collectionsErrors.error("INVOICE_NOT_ISSUED", ["input", "invoiceId"]));
  // A bank reference is recorded once, on an invoice's payment or a guarantee's (unique index on each table).
  if ((await repo.paymentByReference(tx, payment.reference)) || (await repo.guaranteeByPaymentReference(tx, payment.reference))) return fail(duplicate());
  const due = openAmount(invoice);
  if (payment.outcome === "SUCCEEDED" && payment.amountCents > due) {
    return fail(collectionsErrors.error("OVERPAYMENT", ["input", "amountCents"], { due }));
  }
  const row = await repo.insertPayment(tx, {
    invoiceId: invoice.id,
    amountCents: payment.amountCents,
    method: payment.method,
    outcome: payment.outcome,
    reference: payment.reference,
    receivedOn: payment.receivedOn,
    recordedAt: ctx.clock.now(),
    recordedById: actorId(ctx),
    guaranteeId: payment.guaranteeId ?? null,
  });
  let updated = invoice;
  if (payment.outcome === "SUCCEEDED") {
    const paidCents = invoice.paidCents + payment.amountCents;
    updated = await repo.updateInvoiceState(tx, invoice.id, { paidCents, status: statusAfter({ ...invoice, paidCents }) });
    await closeDunningIfSettled(tx, ctx, invoice.memberId);
  }
  return ok({ row, updated });
}
