import type { Context } from "../../context.js";
import { toInvoice } from "../invoicing/index.js";
import { constraintName, fail, forbidden, ok, sqlState, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, runCommand, textField } from "../../shared/mutation.js";
import { parisDate } from "../../shared/paris-time.js";
import { idOfType } from "../../shared/relay.js";
import type { Invoice } from "../invoicing/index.js";
import { collectionsErrors, type CollectionsErrorCode } from "./collections.errors.js";
import { closeDunningIfSettled } from "./collections.service.js";
import type { RecordPaymentInput } from "./collections.inputs.js";
import { toPayment } from "./collections.mappers.js";
import { collectionsPolicies } from "./collections.policies.js";
import { collectionsRepository as repo } from "./collections.repository.js";
import { REFERENCE_MAX, openAmount, statusAfter } from "./collections.rules.js";
import type { Payment } from "./collections.types.js";

export interface PaymentOutcome {
  payment: Payment;
  invoice: Invoice;
}

const text = textField<CollectionsErrorCode>(collectionsErrors);
const duplicate = () => collectionsErrors.error("DUPLICATE_REFERENCE", ["input", "reference"]);

/** A concurrent recording of the same bank reference loses on the unique index: the same refusal. */
const onDbError = (error: unknown): DomainError<CollectionsErrorCode> | null =>
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
    const reference = text(input.reference, REFERENCE_MAX, ["input", "reference"], errors, true);
    const now = ctx.clock.now();
    if (input.receivedOn > parisDate(now)) errors.push(collectionsErrors.error("PAYMENT_DATE_IN_FUTURE", ["input", "receivedOn"]));
    if (errors.length || !invoiceId || !reference) return fail(...errors);

    // The invoice is locked first (as credit notes and disputes do); closeDunningIfSettled then takes the member row.
    return runCommand(ctx, { operation: "recordPayment", onDatabaseError: onDbError }, async ({ tx, audit }) => {
      const invoice = await repo.lockInvoice(tx, invoiceId);
      if (!invoice) return fail(collectionsErrors.error("INVOICE_NOT_FOUND", ["input", "invoiceId"]));
      if (invoice.kind === "CREDIT_NOTE") return fail(collectionsErrors.error("CREDIT_NOTE_NOT_PAYABLE", ["input", "invoiceId"]));
      if (invoice.status === "DRAFT") return fail(collectionsErrors.error("INVOICE_NOT_ISSUED", ["input", "invoiceId"]));
      if (await repo.paymentByReference(tx, reference)) return fail(duplicate());
      const due = openAmount(invoice);
      if (input.outcome === "SUCCEEDED" && input.amountCents > due) {
        return fail(collectionsErrors.error("OVERPAYMENT", ["input", "amountCents"], { due }));
      }
      const row = await repo.insertPayment(tx, {
        invoiceId: invoice.id,
        amountCents: input.amountCents,
        method: input.method,
        outcome: input.outcome,
        reference,
        receivedOn: input.receivedOn,
        recordedAt: now,
        recordedById: actorId(ctx),
      });
      let updated = invoice;
      if (input.outcome === "SUCCEEDED") {
        const paidCents = invoice.paidCents + input.amountCents;
        updated = await repo.updateInvoiceState(tx, invoice.id, { paidCents, status: statusAfter({ ...invoice, paidCents }) });
        await closeDunningIfSettled(tx, ctx, invoice.memberId);
      }
      await audit({
        onBehalfOfMemberId: invoice.memberId,
        targetIds: [row.id, invoice.id],
        details: { amountCents: row.amountCents, outcome: row.outcome, reference, status: updated.status },
      });
      return ok({ payment: toPayment(row, updated), invoice: toInvoice(updated) });
    });
  },
};
