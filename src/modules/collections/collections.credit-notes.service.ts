import type { Context } from "../../context.js";
import { toInvoice } from "../invoicing/index.js";
import { actorRole } from "../../authz/actor.js";
import { recordAudit } from "../../shared/audit.js";
import type { Tx } from "../../shared/db.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, runCommand, textField } from "../../shared/mutation.js";
import { splitTtc } from "../../shared/money.js";
import { parisDate } from "../../shared/paris-time.js";
import { idOfType } from "../../shared/relay.js";
import { formatInvoiceNumber, type Invoice, type InvoiceRow } from "../invoicing/index.js";
import { collectionsErrors, type CollectionsErrorCode } from "./collections.errors.js";
import { closeDunningIfSettled } from "./collections.service.js";
import type { IssueCreditNoteInput } from "./collections.inputs.js";
import { collectionsPolicies } from "./collections.policies.js";
import { collectionsRepository as repo } from "./collections.repository.js";
import { REASON_MAX, creditable, statusAfter } from "./collections.rules.js";

const text = textField<CollectionsErrorCode>(collectionsErrors);

export interface CreditNoteRows {
  creditNote: InvoiceRow;
  corrected: InvoiceRow;
}

export interface CreditNoteOutcome {
  creditNote: Invoice;
  correctedInvoice: Invoice;
}

/**
 * The only way to correct an issued invoice (BIL-1: never edited): inside the caller's
 * transaction, with `invoice` locked by it. Creates an issued CREDIT_NOTE for the same member,
 * payer and bill-to, numbered from the gapless sequence, with one CREDIT line; adds the amount to
 * the corrected invoice's credited amount and moves its status (PAID once nothing remains due).
 * An upheld dispute (BIL-7) reduces the contested amount first, then calls this.
 */
export async function issueCreditNoteInTx(tx: Tx, ctx: Context, invoice: InvoiceRow, amountCents: number, reason: string): Promise<Result<CreditNoteRows, CollectionsErrorCode>> {
  if (invoice.kind === "CREDIT_NOTE") return fail(collectionsErrors.error("CREDIT_NOTE_NOT_CREDITABLE", ["input", "invoiceId"]));
  if (invoice.status === "DRAFT" || invoice.number === null) return fail(collectionsErrors.error("DRAFT_NOT_CREDITABLE", ["input", "invoiceId"]));
  const max = creditable(invoice);
  if (amountCents > max) return fail(collectionsErrors.error("CREDIT_EXCEEDS_INVOICE", ["input", "amountCents"], { max }));

  const now = ctx.clock.now();
  const today = parisDate(now);
  const split = splitTtc(amountCents);
  // Lines of an issued invoice are frozen (trigger): the credit note is written as a draft, then issued.
  const draft = await repo.insertInvoice(tx, {
    kind: "CREDIT_NOTE",
    memberId: invoice.memberId,
    payerId: invoice.payerId,
    correctsInvoiceId: invoice.id,
    status: "DRAFT",
    memberName: invoice.memberName,
    memberAddress: invoice.memberAddress,
    billToName: invoice.billToName,
    billToAddress: invoice.billToAddress,
    billToEmail: invoice.billToEmail,
    deliveryChannel: invoice.deliveryChannel,
    createdAt: now,
    createdByRole: actorRole(ctx.actor),
    createdById: actorId(ctx),
  });
  const corrects = formatInvoiceNumber("INVOICE", invoice.number);
  await repo.insertLine(tx, {
    invoiceId: draft.id,
    position: 1,
    itemKind: "CREDIT",
    labelFr: `Avoir sur la facture ${corrects} : ${reason}`,
    labelEn: `Credit on invoice ${corrects}: ${reason}`,
    quantity: 1,
    unitTtcCents: amountCents,
    ttcCents: split.ttcCents,
    htCents: split.htCents,
    vatCents: split.vatCents,
  });
  const number = await repo.nextInvoiceNumber(tx);
  // Nothing is due on a credit note: its due date is its issue date.
  const creditNote = await repo.issue(tx, draft.id, {
    number,
    issuedOn: today,
    dueOn: today,
    issuedAt: now,
    totalHtCents: split.htCents,
    totalVatCents: split.vatCents,
    totalTtcCents: split.ttcCents,
  });
  const creditedCents = invoice.creditedCents + amountCents;
  const corrected = await repo.updateInvoiceState(tx, invoice.id, { creditedCents, status: statusAfter({ ...invoice, creditedCents }) });
  await closeDunningIfSettled(tx, ctx, invoice.memberId);
  await recordAudit(tx, ctx, {
    operation: "issueCreditNote",
    onBehalfOfMemberId: invoice.memberId,
    targetIds: [creditNote.id, invoice.id],
    details: { amountCents, number: formatInvoiceNumber("CREDIT_NOTE", number), corrects, status: corrected.status },
  });
  return ok({ creditNote, corrected });
}

export const creditNotesService = {
  /** BILLING corrects an issued invoice by a credit note. */
  async issue(ctx: Context, input: IssueCreditNoteInput): Promise<Result<CreditNoteOutcome, CollectionsErrorCode>> {
    if (!collectionsPolicies.isBilling(ctx.actor)) throw forbidden();
    const errors: DomainError<CollectionsErrorCode>[] = [];
    const invoiceId = idOfType(input.invoiceId, "Invoice");
    if (!invoiceId) errors.push(collectionsErrors.error("INVOICE_NOT_FOUND", ["input", "invoiceId"]));
    if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) errors.push(collectionsErrors.error("INVALID_AMOUNT", ["input", "amountCents"]));
    const reason = text(input.reason, REASON_MAX, ["input", "reason"], errors, true);
    if (errors.length || !invoiceId || !reason) return fail(...errors);

    // The audit row is issueCreditNoteInTx's (an upheld dispute writes it too).
    return runCommand(ctx, { operation: "issueCreditNote" }, async ({ tx }) => {
      const invoice = await repo.lockInvoice(tx, invoiceId);
      if (!invoice) return fail(collectionsErrors.error("INVOICE_NOT_FOUND", ["input", "invoiceId"]));
      const done = await issueCreditNoteInTx(tx, ctx, invoice, input.amountCents, reason);
      return done.ok ? ok({ creditNote: toInvoice(done.value.creditNote), correctedInvoice: toInvoice(done.value.corrected) }) : done;
    });
  },
};
