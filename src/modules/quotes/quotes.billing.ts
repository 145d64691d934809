import type { Queryable } from "../../shared/db.js";
import { quoteReference } from "./quotes.mappers.js";
import { quotesRepository as repo } from "./quotes.repository.js";

export interface AcceptedQuoteLineToBill {
  label: string;
  quantity: number;
  unitTtcCents: number;
  ttcCents: number;
  htCents: number;
  vatCents: number;
}

export interface AcceptedQuoteToBill {
  quoteId: string;
  memberId: string;
  reference: string;
  purpose: string;
  acceptedAt: Date;
  lines: AcceptedQuoteLineToBill[];
}

/**
 * QUO-3, the billing module's contract: every ACCEPTED quote accepted at or before
 * `acceptedBefore` (optionally only for `memberIds`), with its lines, in one statement whatever
 * the number of members. Declined, expired, replaced and still-issued quotes are never returned.
 * The billing run records each as invoice lines keyed by (source_kind 'QUOTE', source_id = quoteId),
 * which is what makes it billed exactly once: this function keeps no "billed" state.
 * Ordered by member, then acceptance time.
 */
export async function listAcceptedQuotesToBill(db: Queryable, params: { memberIds?: string[]; acceptedBefore: Date }): Promise<AcceptedQuoteToBill[]> {
  const rows = await repo.acceptedToBill(db, params);
  return rows.map((row) => ({
    quoteId: row.quoteId,
    memberId: row.memberId,
    reference: quoteReference(row.number),
    purpose: row.purpose,
    acceptedAt: row.acceptedAt!,
    lines: row.lines,
  }));
}
