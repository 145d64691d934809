import type { invoiceLines, invoices } from "../../../db/schema/billing.js";
import { Amounts } from "../../shared/amounts.js";
import type { Locale } from "../../shared/i18n.js";
import { memberNodeIds } from "../../shared/relay.js";
import { BillTo, Invoice, InvoiceLine } from "./invoicing.types.js";

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceLineRow = typeof invoiceLines.$inferSelect;

/** Invoice numbers as printed: a prefix and the gapless sequence number on 8 digits. */
export function formatInvoiceNumber(kind: InvoiceRow["kind"], sequence: number): string {
  return `${kind === "CREDIT_NOTE" ? "AV" : "FA"}-${String(sequence).padStart(8, "0")}`;
}

export function balanceDue(row: Pick<InvoiceRow, "kind" | "totalTtcCents" | "paidCents" | "creditedCents" | "contestedCents">): number {
  if (row.kind === "CREDIT_NOTE") return 0;
  return Math.max(0, row.totalTtcCents - row.paidCents - row.creditedCents - row.contestedCents);
}

/** The one place rows become GraphQL objects. */
export function toInvoice(row: InvoiceRow): Invoice {
  return Object.assign(new Invoice(), {
    ...memberNodeIds("Invoice", row),
    payerRawId: row.payerId,
    correctsInvoiceRawId: row.correctsInvoiceId,
    kind: row.kind,
    number: row.number === null ? null : formatInvoiceNumber(row.kind, row.number),
    status: row.status,
    billingMonth: row.billingMonth,
    memberName: row.memberName,
    memberAddress: row.memberAddress,
    billTo: Object.assign(new BillTo(), { name: row.billToName, address: row.billToAddress, email: row.billToEmail }),
    deliveryChannel: row.deliveryChannel,
    totals: Object.assign(new Amounts(), { htCents: row.totalHtCents, vatCents: row.totalVatCents, ttcCents: row.totalTtcCents }),
    paidCents: row.paidCents,
    creditedCents: row.creditedCents,
    contestedCents: row.contestedCents,
    balanceDueCents: balanceDue(row),
    issuedOn: row.issuedOn,
    dueOn: row.dueOn,
    createdAt: row.createdAt,
  });
}

export function toInvoiceLine(row: InvoiceLineRow, locale: Locale): InvoiceLine {
  return Object.assign(new InvoiceLine(), {
    rawId: row.id,
    position: row.position,
    itemKind: row.itemKind,
    label: locale === "en" ? row.labelEn : row.labelFr,
    quantity: row.quantity,
    unitTtcCents: row.unitTtcCents,
    amounts: Object.assign(new Amounts(), { htCents: row.htCents, vatCents: row.vatCents, ttcCents: row.ttcCents }),
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
  });
}
