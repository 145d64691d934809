import { actorRole } from "../../authz/actor.js";
import { toInvoice } from "../invoicing/index.js";
import type { Context } from "../../context.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, runCommand, textField } from "../../shared/mutation.js";
import { idOfType } from "../../shared/relay.js";
import type { Invoice, InvoiceRow } from "../invoicing/index.js";
import { issueCreditNoteInTx } from "./collections.credit-notes.service.js";
import { collectionsErrors, type CollectionsErrorCode } from "./collections.errors.js";
import { closeDunningIfSettled } from "./collections.service.js";
import type { DisputeInvoiceInput, ResolveDisputeInput } from "./collections.inputs.js";
import { toDispute } from "./collections.mappers.js";
import { collectionsPolicies } from "./collections.policies.js";
import { collectionsRepository as repo, type DisputeRow } from "./collections.repository.js";
import { REASON_MAX, openAmount, statusAfter } from "./collections.rules.js";
import type { InvoiceDispute } from "./collections.types.js";

export interface DisputeOutcome {
  dispute: InvoiceDispute;
  invoice: Invoice;
  creditNote: Invoice | null;
}
type DisputeResult = Result<DisputeOutcome, CollectionsErrorCode>;
interface DisputeRows {
  dispute: DisputeRow;
  invoice: InvoiceRow;
  creditNote: InvoiceRow | null;
}
const text = textField<CollectionsErrorCode>(collectionsErrors);

function outcome({ dispute, invoice, creditNote }: DisputeRows): DisputeOutcome {
  return { dispute: toDispute(dispute, invoice), invoice: toInvoice(invoice), creditNote: creditNote ? toInvoice(creditNote) : null };
}

export const disputesService = {
  /**
   * BIL-7: the member (their invoices), the payer (invoices addressed to them) or billing on their
   * behalf contests part of an invoice. Only the contested amount is suspended: it leaves the
   * balance due and bears no late charges while the dispute is open; the rest stays due.
   */
  async open(ctx: Context, input: DisputeInvoiceInput): Promise<DisputeResult> {
    const notFound = collectionsErrors.error("INVOICE_NOT_FOUND", ["input", "invoiceId"]);
    const errors: DomainError<CollectionsErrorCode>[] = [];
    const invoiceId = idOfType(input.invoiceId, "Invoice");
    if (!invoiceId) errors.push(notFound);
    if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) errors.push(collectionsErrors.error("INVALID_AMOUNT", ["input", "amountCents"]));
    const reason = text(input.reason, REASON_MAX, ["input", "reason"], errors, true);
    if (errors.length || !invoiceId || !reason) return fail(...errors);

    return runCommand(ctx, { operation: "disputeInvoice" }, async ({ tx, audit }) => {
      const invoice = await repo.lockInvoice(tx, invoiceId);
      // Someone else's invoice is "not found": its existence is not revealed.
      if (!invoice || !collectionsPolicies.disputeInvoice(ctx.actor, { memberRawId: invoice.memberId, payerRawId: invoice.payerId })) return fail(notFound);
      if (invoice.kind === "CREDIT_NOTE") return fail(collectionsErrors.error("CREDIT_NOTE_NOT_PAYABLE", ["input", "invoiceId"]));
      if (invoice.status === "DRAFT") return fail(collectionsErrors.error("DRAFT_NOT_DISPUTABLE", ["input", "invoiceId"]));
      const max = openAmount(invoice);
      if (input.amountCents > max) return fail(collectionsErrors.error("DISPUTE_EXCEEDS_UNPAID", ["input", "amountCents"], { max }));
      const now = ctx.clock.now();
      const row = await repo.insertDispute(tx, {
        invoiceId: invoice.id,
        contestedCents: input.amountCents,
        reason,
        status: "OPEN",
        openedAt: now,
        openedByRole: actorRole(ctx.actor),
        openedById: actorId(ctx),
      });
      const contestedCents = invoice.contestedCents + input.amountCents;
      const updated = await repo.updateInvoiceState(tx, invoice.id, { contestedCents, status: statusAfter({ ...invoice, contestedCents }) });
      await audit({
        onBehalfOfMemberId: invoice.memberId,
        targetIds: [row.id, invoice.id],
        details: { contestedCents: input.amountCents, invoiceContestedCents: contestedCents },
      });
      await closeDunningIfSettled(tx, ctx, invoice.memberId);
      return ok(outcome({ dispute: row, invoice: updated, creditNote: null }));
    });
  },

  /**
   * BIL-7: billing decides. UPHELD: the contested amount is cancelled by a credit note.
   * CONFIRMED: the amount is due at once (it returns to the balance due; late charges on it run
   * from the invoice's original due date, see lateCharges).
   */
  async resolve(ctx: Context, input: ResolveDisputeInput): Promise<DisputeResult> {
    if (!collectionsPolicies.isBilling(ctx.actor)) throw forbidden();
    const notFound = collectionsErrors.error("DISPUTE_NOT_FOUND", ["input", "disputeId"]);
    const disputeId = idOfType(input.disputeId, "InvoiceDispute");
    const errors: DomainError<CollectionsErrorCode>[] = [];
    if (!disputeId) errors.push(notFound);
    const note = text(input.note, REASON_MAX, ["input", "note"], errors, true);
    if (errors.length || !disputeId || !note) return fail(...errors);
    const found = await repo.disputeById(ctx.db, disputeId);
    if (!found) return fail(notFound);

    return runCommand(ctx, { operation: "resolveInvoiceDispute" }, async ({ tx, audit }) => {
      // Lock order: the invoice first (as payments and credit notes do), then re-read the dispute.
      const invoice = await repo.lockInvoice(tx, found.invoiceId);
      const dispute = await repo.disputeById(tx, found.id);
      if (!invoice || !dispute) return fail(notFound);
      if (dispute.status !== "OPEN") return fail(collectionsErrors.error("DISPUTE_ALREADY_RESOLVED", ["input", "disputeId"]));
      const now = ctx.clock.now();
      const contestedCents = invoice.contestedCents - dispute.contestedCents;
      let current = await repo.updateInvoiceState(tx, invoice.id, { contestedCents, status: statusAfter({ ...invoice, contestedCents }) });
      let creditNoteId: string | null = null;
      let creditNote: InvoiceRow | null = null;
      if (input.outcome === "UPHELD") {
        const issued = await issueCreditNoteInTx(tx, ctx, current, dispute.contestedCents, note);
        if (!issued.ok) return issued;
        current = issued.value.corrected;
        creditNote = issued.value.creditNote;
        creditNoteId = creditNote.id;
      }
      const resolved = await repo.resolveDispute(tx, dispute.id, {
        status: input.outcome,
        resolvedAt: now,
        resolvedById: actorId(ctx),
        resolutionNote: note,
        creditNoteId,
      });
      await audit({
        onBehalfOfMemberId: invoice.memberId,
        targetIds: [dispute.id, invoice.id, ...(creditNoteId ? [creditNoteId] : [])],
        details: { outcome: input.outcome, contestedCents: dispute.contestedCents },
      });
      return ok(outcome({ dispute: resolved, invoice: current, creditNote }));
    });
  },
};
