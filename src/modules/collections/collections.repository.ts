import { and, asc, desc, eq, inArray, isNull, ne, type SQL, sql } from "drizzle-orm";
import { members } from "../../../db/schema/members.js";
import { dunningCases, financialGuarantees, invoiceDisputes, invoiceLines, invoiceSequences, invoices, legalInterestRates, payments } from "../../../db/schema/billing.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow, lockRow, rowById, type RowsFilter, updateRow } from "../../shared/rows.js";
import type { InvoiceRow } from "../invoicing/index.js";

export type PaymentRow = typeof payments.$inferSelect;
export type DisputeRow = typeof invoiceDisputes.$inferSelect;
export type DunningRow = typeof dunningCases.$inferSelect;
export type RateRow = typeof legalInterestRates.$inferSelect;
export type GuaranteeRow = typeof financialGuarantees.$inferSelect;
export interface GuaranteeListFilter {
  status: GuaranteeRow["status"] | null;
  memberId: string | null;
}

/** An issued invoice (not a draft, not a credit note) of a member that still has something open. */
const openInvoice = and(eq(invoices.kind, "INVOICE"), ne(invoices.status, "DRAFT"), ne(invoices.status, "PAID"));

/** Open invoices, oldest due first (BillingStanding): of members, or addressed to payers (a payer's own standing). */
export const openInvoicesFirstDue: RowsFilter = { where: openInvoice, orderBy: [asc(invoices.dueOn), asc(invoices.number)] };

/** Drizzle queries only: the rules live in the services. */
export const collectionsRepository = {
  /** Every change of an invoice's payment state takes this lock first: payments, credits and disputes queue here. */
  lockInvoice: (tx: Queryable, id: string): Promise<InvoiceRow | undefined> => lockRow(tx, invoices, id),

  updateInvoiceState: (
    tx: Queryable,
    id: string,
    values: Pick<InvoiceRow, "status"> & Partial<Pick<InvoiceRow, "paidCents" | "creditedCents" | "contestedCents">>,
  ): Promise<InvoiceRow> => updateRow(tx, invoices, id, values),

  async paymentByReference(db: Queryable, reference: string): Promise<PaymentRow | undefined> {
    const [row] = await db.select().from(payments).where(eq(payments.reference, reference));
    return row;
  },

  insertPayment: (tx: Queryable, values: typeof payments.$inferInsert): Promise<PaymentRow> => insertRow(tx, payments, values),

  /** Gapless numbering: the counter row is locked until the transaction ends (a rollback gives the number back). */
  async nextInvoiceNumber(tx: Queryable): Promise<number> {
    const [row] = await tx
      .update(invoiceSequences)
      .set({ lastNumber: sql`${invoiceSequences.lastNumber} + 1` })
      .where(eq(invoiceSequences.series, "INVOICE"))
      .returning({ lastNumber: invoiceSequences.lastNumber });
    if (!row) throw new Error("invoice_sequences has no INVOICE row");
    return row.lastNumber;
  },

  insertInvoice: (tx: Queryable, values: typeof invoices.$inferInsert): Promise<InvoiceRow> => insertRow(tx, invoices, values),

  async insertLine(tx: Queryable, values: typeof invoiceLines.$inferInsert): Promise<void> {
    await tx.insert(invoiceLines).values(values);
  },

  /** DRAFT → ISSUED: the issue fields and totals are set together (the freeze trigger applies from then on). */
  issue: (
    tx: Queryable,
    id: string,
    values: Pick<InvoiceRow, "number" | "issuedOn" | "dueOn" | "issuedAt" | "totalHtCents" | "totalVatCents" | "totalTtcCents">,
  ): Promise<InvoiceRow> => updateRow(tx, invoices, id, { ...values, status: "ISSUED" }),

  insertDispute: (tx: Queryable, values: typeof invoiceDisputes.$inferInsert): Promise<DisputeRow> => insertRow(tx, invoiceDisputes, values),

  disputeById: (db: Queryable, id: string): Promise<DisputeRow | undefined> => rowById(db, invoiceDisputes, id),

  resolveDispute: (tx: Queryable, id: string, values: Pick<DisputeRow, "status" | "resolvedAt" | "resolvedById" | "resolutionNote" | "creditNoteId">): Promise<DisputeRow> =>
    updateRow(tx, invoiceDisputes, id, values),

  allRates(db: Queryable): Promise<RateRow[]> {
    return db.select().from(legalInterestRates).orderBy(asc(legalInterestRates.effectiveOn));
  },

  async insertRate(tx: Queryable, values: { effectiveOn: string; rateBp: number }): Promise<RateRow | undefined> {
    const [row] = await tx.insert(legalInterestRates).values(values).onConflictDoNothing().returning();
    return row;
  },

  /**
   * BIL-9 / BIL-6: what a member owes now and overdue on `today`, on every issued invoice of their
   * membership, whoever it is addressed to (the member remains liable). Contested amounts excluded.
   */
  async memberBalance(db: Queryable, memberId: string, today: string): Promise<{ dueCents: number; overdueCents: number }> {
    const balance = sql`greatest(0, ${invoices.totalTtcCents} - ${invoices.paidCents} - ${invoices.creditedCents} - ${invoices.contestedCents})`;
    const [row] = await db
      .select({
        dueCents: sql<string>`coalesce(sum(${balance}), 0)`,
        overdueCents: sql<string>`coalesce(sum(case when ${invoices.dueOn} < ${today} then ${balance} else 0 end), 0)`,
      })
      .from(invoices)
      .where(and(eq(invoices.memberId, memberId), openInvoice));
    return { dueCents: Number(row?.dueCents ?? 0), overdueCents: Number(row?.overdueCents ?? 0) };
  },

  /**
   * Rejected payments on the invoices of members, or of those addressed to payers (`of`). BIL-6: a
   * payer's rejected direct debit is visible to the member.
   */
  rejectedPaymentsOf(db: Queryable, of: "memberId" | "payerId", ids: readonly string[]) {
    return db
      .select({ payment: payments, memberId: invoices.memberId, payerId: invoices.payerId })
      .from(payments)
      .innerJoin(invoices, eq(invoices.id, payments.invoiceId))
      .where(and(inArray(invoices[of], [...ids]), eq(payments.outcome, "REJECTED")))
      .orderBy(desc(payments.receivedOn), desc(payments.recordedAt));
  },

  async openCase(db: Queryable, memberId: string): Promise<DunningRow | undefined> {
    const [row] = await db
      .select()
      .from(dunningCases)
      .where(and(eq(dunningCases.memberId, memberId), isNull(dunningCases.closedAt)));
    return row;
  },

  insertCase: (tx: Queryable, values: typeof dunningCases.$inferInsert): Promise<DunningRow> => insertRow(tx, dunningCases, values),

  updateCase: (tx: Queryable, id: string, values: Partial<DunningRow>): Promise<DunningRow> => updateRow(tx, dunningCases, id, values),

  /** MEM-3: termination for non-payment opens debt recovery: never honorary afterwards. */
  async markDebtRecovery(tx: Queryable, memberId: string, at: Date): Promise<void> {
    await tx
      .update(members)
      .set({ debtRecoveryOpenedAt: at, honorary: false, updatedAt: at })
      .where(and(eq(members.id, memberId), isNull(members.debtRecoveryOpenedAt)));
  },

  insertGuarantee: (tx: Queryable, values: typeof financialGuarantees.$inferInsert): Promise<GuaranteeRow> => insertRow(tx, financialGuarantees, values),

  /** BIL-4: every change of a guarantee (payment, use, release, cancellation) takes this lock first: uses queue here. */
  lockGuarantee: (tx: Queryable, id: string): Promise<GuaranteeRow | undefined> => lockRow(tx, financialGuarantees, id),

  updateGuarantee: (tx: Queryable, id: string, values: Partial<GuaranteeRow>): Promise<GuaranteeRow> => updateRow(tx, financialGuarantees, id, values),

  async guaranteeByPaymentReference(db: Queryable, reference: string): Promise<GuaranteeRow | undefined> {
    const [row] = await db.select().from(financialGuarantees).where(eq(financialGuarantees.paymentReference, reference));
    return row;
  },

  /** Query.financialGuarantees: newest request first, keyset on (requestedAt, id). */
  guaranteePage(db: Queryable, filter: GuaranteeListFilter, after: [string, string] | null, limit: number): Promise<GuaranteeRow[]> {
    const conditions: SQL[] = [];
    if (filter.status) conditions.push(eq(financialGuarantees.status, filter.status));
    if (filter.memberId) conditions.push(eq(financialGuarantees.memberId, filter.memberId));
    if (after) conditions.push(sql`(${financialGuarantees.requestedAt}, ${financialGuarantees.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
    return db
      .select()
      .from(financialGuarantees)
      .where(and(...conditions))
      .orderBy(desc(financialGuarantees.requestedAt), desc(financialGuarantees.id))
      .limit(limit);
  },
};
