import { memberNodeIds, nodeIds } from "../../shared/relay.js";
import type { InvoiceRow } from "../invoicing/index.js";
import type { LateChargesResult } from "./collections.rules.js";
import { addDays, DUNNING_WAIT_DAYS } from "./collections.rules.js";
import type { DisputeRow, DunningRow, GuaranteeRow, PaymentRow, RateRow } from "./collections.repository.js";
import { DunningCase, FinancialGuarantee, InvoiceDispute, LateChargePeriod, LateChargeProblem, LateCharges, LegalInterestRate, Payment } from "./collections.types.js";
import { collectionsErrors } from "./collections.errors.js";
import type { Locale } from "../../shared/i18n.js";
import { parisDate } from "../../shared/paris-time.js";

type Owner = Pick<InvoiceRow, "id" | "memberId" | "payerId">;
const ownerOf = (invoice: Owner) => ({ invoiceRawId: invoice.id, memberRawId: invoice.memberId, payerRawId: invoice.payerId });

/** The one place collection rows become GraphQL objects. */
export function toPayment(row: PaymentRow, invoice: Pick<InvoiceRow, "memberId" | "payerId">): Payment {
  return Object.assign(new Payment(), {
    ...ownerOf({ id: row.invoiceId, memberId: invoice.memberId, payerId: invoice.payerId }),
    ...nodeIds("Payment", row.id),
    amountCents: row.amountCents,
    method: row.method,
    outcome: row.outcome,
    reference: row.reference,
    receivedOn: row.receivedOn,
    recordedAt: row.recordedAt,
  });
}

export function toDispute(row: DisputeRow, invoice: Pick<InvoiceRow, "memberId" | "payerId">): InvoiceDispute {
  return Object.assign(new InvoiceDispute(), {
    ...ownerOf({ id: row.invoiceId, memberId: invoice.memberId, payerId: invoice.payerId }),
    ...nodeIds("InvoiceDispute", row.id),
    creditNoteRawId: row.creditNoteId,
    contestedCents: row.contestedCents,
    reason: row.reason,
    status: row.status,
    openedAt: row.openedAt,
    openedByRole: row.openedByRole,
    resolvedAt: row.resolvedAt,
    resolutionNote: row.resolutionNote,
  });
}

/** "H1 2026" → "1er semestre 2026" (French messages). */
const semestre = (halfYear: string) => `${halfYear.startsWith("H1") ? "1er" : "2e"} semestre ${halfYear.slice(3)}`;

export function toLateCharges(result: LateChargesResult, invoice: Owner, locale: Locale): LateCharges {
  return Object.assign(new LateCharges(), {
    ...ownerOf(invoice),
    asOf: result.asOf,
    daysLate: result.daysLate,
    periods: result.periods,
    computable: result.computable,
    missingLegalRates: result.missingLegalRates,
    problems: result.missingLegalRates.map((halfYear) => {
      const error = collectionsErrors.error("LEGAL_RATE_MISSING", null, { halfYear, semestre: semestre(halfYear) });
      return Object.assign(new LateChargeProblem(), { code: error.code, rule: error.rule, halfYear, message: collectionsErrors.message(error, locale) });
    }),
    surchargeCents: result.surchargeCents,
    recoveryFeeCents: result.recoveryFeeCents,
    totalCents: result.totalCents,
    rateBp: result.rateBp,
    details: result.details.map((d) => Object.assign(new LateChargePeriod(), d)),
  });
}

export function toRate(row: RateRow): LegalInterestRate {
  return Object.assign(new LegalInterestRate(), { effectiveOn: row.effectiveOn, rateBp: row.rateBp });
}

export function toDunningCase(row: DunningRow): DunningCase {
  const stage = row.closedAt ? "CLOSED" : row.terminatedAt ? "TERMINATED" : row.secondNoticeAt ? "SECOND_NOTICE" : row.suspendedAt ? "SUSPENDED" : "FORMAL_NOTICE";
  const waitFrom = stage === "FORMAL_NOTICE" ? row.firstNoticeAt : stage === "SECOND_NOTICE" ? row.secondNoticeAt : null;
  return Object.assign(new DunningCase(), {
    ...memberNodeIds("DunningCase", row),
    stage,
    firstNoticeAt: row.firstNoticeAt,
    suspendedAt: row.suspendedAt,
    secondNoticeAt: row.secondNoticeAt,
    terminatedAt: row.terminatedAt,
    closedAt: row.closedAt,
    closedReason: row.closedReason,
    // After suspension the second notice may follow at once; otherwise 8 days after the last notice.
    nextStepOn: waitFrom ? addDays(parisDate(waitFrom), DUNNING_WAIT_DAYS) : stage === "SUSPENDED" ? parisDate(row.suspendedAt!) : null,
  });
}

/** BIL-4: what is still held: the amount while REQUESTED, amount − used while PAID, nothing once closed. */
const remainingOf = (row: GuaranteeRow) => (row.status === "PAID" || row.status === "REQUESTED" ? row.amountCents - row.usedCents : 0);

export function toGuarantee(row: GuaranteeRow): FinancialGuarantee {
  return Object.assign(new FinancialGuarantee(), {
    ...memberNodeIds("FinancialGuarantee", row),
    status: row.status,
    dueOn: row.dueOn,
    requestedAt: row.requestedAt,
    amountCents: row.amountCents,
    usedCents: row.usedCents,
    remainingCents: remainingOf(row),
    releasedCents: row.releasedCents,
    reason: row.reason,
    paidOn: row.paidOn,
    paymentMethod: row.paymentMethod,
    paymentReference: row.paymentReference,
    releasedAt: row.releasedAt,
    cancelledAt: row.cancelledAt,
    closingNote: row.closingNote,
  });
}
