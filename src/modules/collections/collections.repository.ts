import { and, asc, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { members } from "../../../db/schema/members.js";
import { dunningCases, invoiceDisputes, invoiceLines, invoiceSequences, invoices, legalInterestRates, payments } from "../../../db/schema/billing.js";
import type { Queryable } from "../../shared/db.js";
import type { InvoiceRow } from "../invoicing/index.js";

export type PaymentRow = typeof payments.$inferSelect;
export type DisputeRow = typeof invoiceDisputes.$inferSelect;
export type DunningRow = typeof dunningCases.$inferSelect;
export type RateRow = typeof legalInterestRates.$inferSelect;

/** An issued invoice (not a draft, not a credit note) of a member that still has something open. */
const openInvoice = and(eq(invoices.kind, "INVOICE"), ne(invoices.status, "DRAFT"), ne(invoices.status, "PAID"));

/** Drizzle queries only: the rules live in the services. */
export const collectionsRepository = {
  /** Every change of an invoice's payment state takes this lock first: payments, credits and disputes queue here. */
  async lockInvoice(tx: Queryable, id: string): Promise<InvoiceRow | undefined> {
    const [row] = await tx.select().from(invoices).where(eq(invoices.id, id)).for("update");
    return row;
  },

  invoicesByIds(db: Queryable, ids: readonly string[]): Promise<InvoiceRow[]> {
    return db
      .select()
      .from(invoices)
      .where(inArray(invoices.id, [...ids]));
  },

  async updateInvoiceState(
    tx: Queryable,
    id: string,
    values: Pick<InvoiceRow, "status"> & Partial<Pick<InvoiceRow, "paidCents" | "creditedCents" | "contestedCents">>,
  ): Promise<InvoiceRow> {
    const [row] = await tx.update(invoices).set(values).where(eq(invoices.id, id)).returning();
    return row!;
  },

  async paymentByReference(db: Queryable, reference: string): Promise<PaymentRow | undefined> {
    const [row] = await db.select().from(payments).where(eq(payments.reference, reference));
    return row;
  },

  async insertPayment(tx: Queryable, values: typeof payments.$inferInsert): Promise<PaymentRow> {
    const [row] = await tx.insert(payments).values(values).returning();
    return row!;
  },

  paymentsByInvoiceIds(db: Queryable, ids: readonly string[]): Promise<PaymentRow[]> {
    return db
      .select()
      .from(payments)
      .where(inArray(payments.invoiceId, [...ids]))
      .orderBy(asc(payments.receivedOn), asc(payments.recordedAt), asc(payments.id));
  },

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

  async insertInvoice(tx: Queryable, values: typeof invoices.$inferInsert): Promise<InvoiceRow> {
    const [row] = await tx.insert(invoices).values(values).returning();
    return row!;
  },

  async insertLine(tx: Queryable, values: typeof invoiceLines.$inferInsert): Promise<void> {
    await tx.insert(invoiceLines).values(values);
  },

  /** DRAFT → ISSUED: the issue fields and totals are set together (the freeze trigger applies from then on). */
  async issue(tx: Queryable, id: string, values: Pick<InvoiceRow, "number" | "issuedOn" | "dueOn" | "issuedAt" | "totalHtCents" | "totalVatCents" | "totalTtcCents">) {
    const [row] = await tx
      .update(invoices)
      .set({ ...values, status: "ISSUED" })
      .where(eq(invoices.id, id))
      .returning();
    return row!;
  },

  creditNotesByInvoiceIds(db: Queryable, ids: readonly string[]): Promise<InvoiceRow[]> {
    return db
      .select()
      .from(invoices)
      .where(and(eq(invoices.kind, "CREDIT_NOTE"), inArray(invoices.correctsInvoiceId, [...ids])))
      .orderBy(asc(invoices.number));
  },

  async insertDispute(tx: Queryable, values: typeof invoiceDisputes.$inferInsert): Promise<DisputeRow> {
    const [row] = await tx.insert(invoiceDisputes).values(values).returning();
    return row!;
  },

  async disputeById(db: Queryable, id: string): Promise<DisputeRow | undefined> {
    const [row] = await db.select().from(invoiceDisputes).where(eq(invoiceDisputes.id, id));
    return row;
  },

  async resolveDispute(tx: Queryable, id: string, values: Pick<DisputeRow, "status" | "resolvedAt" | "resolvedById" | "resolutionNote" | "creditNoteId">): Promise<DisputeRow> {
    const [row] = await tx.update(invoiceDisputes).set(values).where(eq(invoiceDisputes.id, id)).returning();
    return row!;
  },

  disputesByInvoiceIds(db: Queryable, ids: readonly string[]): Promise<DisputeRow[]> {
    return db
      .select()
      .from(invoiceDisputes)
      .where(inArray(invoiceDisputes.invoiceId, [...ids]))
      .orderBy(asc(invoiceDisputes.openedAt), asc(invoiceDisputes.id));
  },

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

  /** Open invoices (issued, not paid) of members, oldest due first: BillingStanding. */
  openInvoicesOfMembers(db: Queryable, memberIds: readonly string[]): Promise<InvoiceRow[]> {
    return db
      .select()
      .from(invoices)
      .where(and(inArray(invoices.memberId, [...memberIds]), openInvoice))
      .orderBy(asc(invoices.dueOn), asc(invoices.number));
  },

  /** Open invoices addressed to payers: a payer's own standing. */
  openInvoicesOfPayers(db: Queryable, payerIds: readonly string[]): Promise<InvoiceRow[]> {
    return db
      .select()
      .from(invoices)
      .where(and(inArray(invoices.payerId, [...payerIds]), openInvoice))
      .orderBy(asc(invoices.dueOn), asc(invoices.number));
  },

  /** Rejected payments on the invoices of members (BIL-6: a payer's rejected direct debit is visible to the member). */
  rejectedPaymentsOfMembers(db: Queryable, memberIds: readonly string[]) {
    return db
      .select({ payment: payments, memberId: invoices.memberId, payerId: invoices.payerId })
      .from(payments)
      .innerJoin(invoices, eq(invoices.id, payments.invoiceId))
      .where(and(inArray(invoices.memberId, [...memberIds]), eq(payments.outcome, "REJECTED")))
      .orderBy(desc(payments.receivedOn), desc(payments.recordedAt));
  },

  rejectedPaymentsOfPayers(db: Queryable, payerIds: readonly string[]) {
    return db
      .select({ payment: payments, memberId: invoices.memberId, payerId: invoices.payerId })
      .from(payments)
      .innerJoin(invoices, eq(invoices.id, payments.invoiceId))
      .where(and(inArray(invoices.payerId, [...payerIds]), eq(payments.outcome, "REJECTED")))
      .orderBy(desc(payments.receivedOn), desc(payments.recordedAt));
  },

  async openCase(db: Queryable, memberId: string): Promise<DunningRow | undefined> {
    const [row] = await db
      .select()
      .from(dunningCases)
      .where(and(eq(dunningCases.memberId, memberId), isNull(dunningCases.closedAt)));
    return row;
  },

  /** The latest case of each member (open first), for Member.dunning. */
  latestCasesOfMembers(db: Queryable, memberIds: readonly string[]): Promise<DunningRow[]> {
    return db
      .selectDistinctOn([dunningCases.memberId])
      .from(dunningCases)
      .where(inArray(dunningCases.memberId, [...memberIds]))
      .orderBy(dunningCases.memberId, sql`${dunningCases.closedAt} is null desc`, desc(dunningCases.firstNoticeAt));
  },

  async insertCase(tx: Queryable, values: typeof dunningCases.$inferInsert): Promise<DunningRow> {
    const [row] = await tx.insert(dunningCases).values(values).returning();
    return row!;
  },

  async updateCase(tx: Queryable, id: string, values: Partial<DunningRow>): Promise<DunningRow> {
    const [row] = await tx.update(dunningCases).set(values).where(eq(dunningCases.id, id)).returning();
    return row!;
  },

  /** MEM-3: termination for non-payment opens debt recovery: never honorary afterwards. */
  async markDebtRecovery(tx: Queryable, memberId: string, at: Date): Promise<void> {
    await tx
      .update(members)
      .set({ debtRecoveryOpenedAt: at, honorary: false, updatedAt: at })
      .where(and(eq(members.id, memberId), isNull(members.debtRecoveryOpenedAt)));
  },
};
