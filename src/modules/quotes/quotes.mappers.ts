import { parisDate } from "../../shared/paris-time.js";
import { memberNodeIds, toGlobalId } from "../../shared/relay.js";
import type { QuoteLineRow, QuoteRequestRow, QuoteRow } from "./quotes.repository.js";
import { Quote, QuoteLine, QuoteRequest, type QuoteRequestStatusValue, type QuoteViewStatus } from "./quotes.types.js";

/** DEV-000042: the quote's human reference, from its sequence number. */
export const quoteReference = (number: number): string => `DEV-${String(number).padStart(6, "0")}`;

/** QUO-2: an issued quote past its validity date (a Paris date, inclusive) is EXPIRED; the stored status stays ISSUED. */
export function viewStatus(row: Pick<QuoteRow, "status" | "validUntil">, now: Date): QuoteViewStatus {
  return row.status === "ISSUED" && row.validUntil < parisDate(now) ? "EXPIRED" : row.status;
}

/** The one place rows become GraphQL objects. */
export function toQuote(row: QuoteRow, now: Date): Quote {
  return Object.assign(new Quote(), {
    ...memberNodeIds("Quote", row),
    requestRawId: row.requestId,
    reference: quoteReference(row.number),
    memberId: toGlobalId("Member", row.memberId),
    status: viewStatus(row, now),
    validUntil: row.validUntil,
    totals: { htCents: row.totalHtCents, vatCents: row.totalVatCents, ttcCents: row.totalTtcCents },
    issuedAt: row.issuedAt,
    decidedAt: row.decidedAt,
    decidedByRole: row.decidedByRole,
    replacedAt: row.replacedAt,
  });
}

export function toQuoteRequest(row: QuoteRequestRow): QuoteRequest {
  return Object.assign(new QuoteRequest(), {
    ...memberNodeIds("QuoteRequest", row),
    memberId: toGlobalId("Member", row.memberId),
    purpose: row.purpose,
    description: row.description,
    requestedAt: row.requestedAt,
    requestedByRole: row.requestedByRole,
  });
}

export function toQuoteLine(row: QuoteLineRow): QuoteLine {
  return Object.assign(new QuoteLine(), {
    position: row.position,
    label: row.label,
    quantity: row.quantity,
    unitTtcCents: row.unitTtcCents,
    amounts: { htCents: row.htCents, vatCents: row.vatCents, ttcCents: row.ttcCents },
  });
}

/** The request's state is its latest quote's. */
export function requestStatus(latest: Pick<QuoteRow, "status" | "validUntil"> | undefined, now: Date): QuoteRequestStatusValue {
  if (!latest) return "AWAITING_QUOTE";
  const status = viewStatus(latest, now);
  return status === "ISSUED" || status === "REPLACED" ? "QUOTED" : status;
}
