import { eq, sql } from "drizzle-orm";
import { auditLog, dunningCases, financialGuarantees, invoiceDisputes, invoiceLines, invoiceSequences, invoices, legalInterestRates, payments } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";
import { splitTtc } from "../../../src/shared/money.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { countRows } from "../../support/assertions.js";

export type InvoiceRow = typeof invoices.$inferSelect;

/** Collections tests run at this instant unless they say otherwise (Paris: 2026-11-26 11:00). */
export const NOW = "2026-11-26T10:00:00Z";
export const clockAt = (at: string = NOW) => new ManualClock(at);

/**
 * The legal rate a test needs for the half-years it runs in (2026). A TEST VALUE, not a published
 * rate: the migrations seed the published rates up to 2025-07-01 only, and a period in a half-year
 * without a recorded rate is not computable (BIL-8). 276 bp keeps the worked figures of 2025.
 */
export const TEST_RATE_BP = 276;
export async function aLegalRate(db: Database, effectiveOn: string, rateBp: number = TEST_RATE_BP): Promise<void> {
  await db.db.insert(legalInterestRates).values({ effectiveOn, rateBp }).onConflictDoNothing();
}

export interface InvoiceSpec {
  payerId?: string | null;
  ttcCents?: number;
  issuedOn?: string;
  /** Defaults to issuedOn + 10 days (BIL-3). */
  dueOn?: string;
  status?: "DRAFT" | "ISSUED" | "PARTIALLY_PAID" | "PAID" | "DISPUTED";
  paidCents?: number;
  creditedCents?: number;
  contestedCents?: number;
}

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * An invoice written directly (the monthly run is built on another branch): a draft with one
 * OPTION line, then issued with the next number of the gapless sequence, as the run does, so the
 * freeze trigger holds from then on.
 */
export async function anInvoice(db: Database, memberId: string, spec: InvoiceSpec = {}): Promise<InvoiceRow> {
  const ttc = spec.ttcCents ?? 9000;
  const split = splitTtc(ttc);
  const issuedOn = spec.issuedOn ?? "2026-10-01";
  const [draft] = await db.db
    .insert(invoices)
    .values({
      kind: "INVOICE",
      memberId,
      payerId: spec.payerId ?? null,
      status: "DRAFT",
      memberName: "Jeanne Dupont",
      memberAddress: "12 rue de Rivoli, 75004 Paris",
      billToName: spec.payerId ? "Holding Dupont" : "Jeanne Dupont",
      billToAddress: "12 rue de Rivoli, 75004 Paris",
      billToEmail: "facturation@example.fr",
      deliveryChannel: "EMAIL",
      totalHtCents: split.htCents,
      totalVatCents: split.vatCents,
      totalTtcCents: ttc,
      createdAt: new Date(`${issuedOn}T06:00:00Z`),
      createdByRole: "SYSTEM",
    })
    .returning();
  await db.db.insert(invoiceLines).values({
    invoiceId: draft!.id,
    position: 1,
    itemKind: "OPTION",
    labelFr: "Option Intérieur",
    labelEn: "Option Intérieur",
    quantity: 1,
    unitTtcCents: ttc,
    ttcCents: ttc,
    htCents: split.htCents,
    vatCents: split.vatCents,
  });
  if (spec.status === "DRAFT") return draft!;
  const [seq] = await db.db
    .update(invoiceSequences)
    .set({ lastNumber: sql`${invoiceSequences.lastNumber} + 1` })
    .where(eq(invoiceSequences.series, "INVOICE"))
    .returning();
  const [row] = await db.db
    .update(invoices)
    .set({
      status: spec.status ?? "ISSUED",
      number: seq!.lastNumber,
      issuedOn,
      dueOn: spec.dueOn ?? plusDays(issuedOn, 10),
      issuedAt: new Date(`${issuedOn}T06:00:00Z`),
      paidCents: spec.paidCents ?? 0,
      creditedCents: spec.creditedCents ?? 0,
      contestedCents: spec.contestedCents ?? 0,
    })
    .where(eq(invoices.id, draft!.id))
    .returning();
  return row!;
}

export const invoiceGid = (row: { id: string }) => toGlobalId("Invoice", row.id);

export async function invoiceRow(db: Database, id: string): Promise<InvoiceRow> {
  const [row] = await db.db.select().from(invoices).where(eq(invoices.id, id));
  return row!;
}

/** Everything a collections mutation may write, for "refusals leave the database unchanged". */
export async function snapshot(db: Database) {
  const [inv, pay, disp, dun, audit, seq] = await Promise.all([
    db.db.select().from(invoices).orderBy(invoices.id),
    db.db.select().from(payments).orderBy(payments.id),
    db.db.select().from(invoiceDisputes).orderBy(invoiceDisputes.id),
    db.db.select().from(dunningCases).orderBy(dunningCases.id),
    countRows(db, auditLog),
    db.db.select().from(invoiceSequences),
  ]);
  return { inv, pay, disp, dun, audit, seq };
}

export const RECORD_PAYMENT = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) {
  payment { id amountCents outcome reference receivedOn method }
  invoice { id status paidCents balanceDueCents }
  userErrors { code rule message field } } }`;

export const ISSUE_CREDIT_NOTE = `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) {
  creditNote { id kind number status totals { htCents vatCents ttcCents } billTo { name } issuedOn dueOn }
  correctedInvoice { id status creditedCents balanceDueCents }
  userErrors { code rule message } } }`;

export const DISPUTE = `mutation($input: DisputeInvoiceInput!) { disputeInvoice(input: $input) {
  dispute { id contestedCents status reason openedByRole }
  invoice { id status contestedCents balanceDueCents }
  userErrors { code rule message } } }`;

export const RESOLVE = `mutation($input: ResolveDisputeInput!) { resolveInvoiceDispute(input: $input) {
  dispute { id status resolutionNote }
  invoice { id status contestedCents creditedCents balanceDueCents }
  creditNote { id kind number totals { ttcCents } }
  userErrors { code rule message } } }`;

export const payment = (invoice: { id: string }, overrides: Record<string, unknown> = {}) => ({
  variables: {
    input: {
      invoiceId: invoiceGid(invoice),
      amountCents: 9000,
      method: "DIRECT_DEBIT",
      outcome: "SUCCEEDED",
      reference: `PRLV-${Math.random().toString(36).slice(2, 12)}`,
      receivedOn: "2026-11-20",
      ...overrides,
    },
  },
  clock: clockAt(),
});

export type GuaranteeRow = typeof financialGuarantees.$inferSelect;
export const guaranteeGid = (row: { id: string }) => toGlobalId("FinancialGuarantee", row.id);

/** A guarantee written directly: REQUESTED by default; PAID (with a payment) or with uses when the spec says so. */
export async function aGuarantee(
  db: Database,
  memberId: string,
  spec: { amountCents?: number; status?: "REQUESTED" | "PAID"; usedCents?: number; reference?: string; requestedAt?: Date } = {},
): Promise<GuaranteeRow> {
  const paid = spec.status === "PAID";
  const [row] = await db.db
    .insert(financialGuarantees)
    .values({
      memberId,
      amountCents: spec.amountCents ?? 30000,
      dueOn: "2026-12-10",
      reason: "Incidents de paiement répétés",
      status: spec.status ?? "REQUESTED",
      requestedAt: spec.requestedAt ?? new Date("2026-11-01T09:00:00Z"),
      usedCents: spec.usedCents ?? 0,
      ...(paid
        ? {
            paidOn: "2026-11-05",
            paymentMethod: "TRANSFER" as const,
            paymentReference: spec.reference ?? `VIR-${Math.random().toString(36).slice(2, 12)}`,
            paidRecordedAt: new Date("2026-11-05T10:00:00Z"),
          }
        : {}),
    })
    .returning();
  return row!;
}

export async function guaranteeRow(db: Database, id: string): Promise<GuaranteeRow> {
  const [row] = await db.db.select().from(financialGuarantees).where(eq(financialGuarantees.id, id));
  return row!;
}

/** Everything a guarantee mutation may write, for "refusals leave the database unchanged". */
export async function guaranteeSnapshot(db: Database) {
  const [base, guarantees] = await Promise.all([snapshot(db), db.db.select().from(financialGuarantees).orderBy(financialGuarantees.id)]);
  return { ...base, guarantees };
}

const GUARANTEE_FIELDS =
  "id status dueOn requestedAt amountCents usedCents remainingCents releasedCents reason paidOn paymentMethod paymentReference releasedAt cancelledAt closingNote";

export const REQUEST_GUARANTEE = `mutation($input: RequestFinancialGuaranteeInput!) { requestFinancialGuarantee(input: $input) {
  guarantee { ${GUARANTEE_FIELDS} } userErrors { code rule message field } } }`;
export const RECORD_GUARANTEE_PAYMENT = `mutation($input: RecordFinancialGuaranteePaymentInput!) { recordFinancialGuaranteePayment(input: $input) {
  guarantee { ${GUARANTEE_FIELDS} } userErrors { code rule message field } } }`;
export const USE_GUARANTEE = `mutation($input: UseFinancialGuaranteeInput!) { useFinancialGuarantee(input: $input) {
  guarantee { id status usedCents remainingCents }
  payment { id amountCents method outcome }
  invoice { id status paidCents balanceDueCents }
  userErrors { code rule message field } } }`;
export const RELEASE_GUARANTEE = `mutation($input: CloseFinancialGuaranteeInput!) { releaseFinancialGuarantee(input: $input) {
  guarantee { ${GUARANTEE_FIELDS} } userErrors { code rule message field } } }`;
export const CANCEL_GUARANTEE = `mutation($input: CloseFinancialGuaranteeInput!) { cancelFinancialGuarantee(input: $input) {
  guarantee { ${GUARANTEE_FIELDS} } userErrors { code rule message field } } }`;
export const MEMBER_GUARANTEES = `query($id: ID!) { node(id: $id) { ... on Member { financialGuarantees { ${GUARANTEE_FIELDS} } } } }`;
export const MEMBER_GUARANTEES_PUBLIC = `query($id: ID!) { node(id: $id) { ... on Member { financialGuarantees { id status dueOn requestedAt } } } }`;
export const LIST_GUARANTEES = `query($first: Int!, $after: String, $filter: FinancialGuaranteeFilter) { financialGuarantees(first: $first, after: $after, filter: $filter) {
  edges { node { id status amountCents } } pageInfo { hasNextPage endCursor } } }`;
