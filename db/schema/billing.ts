import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";
import { payers } from "./people.js";

/**
 * SPEC § 10 (Annexe 1): what a tariff prices. Monthly items are billed per month of subscription;
 * the intervention rates price billable interventions at invoice time.
 */
export const TARIFF_CODES = [
  "OPTION",
  "EXTRA_SITE",
  "MAILBOX_PLUS_1",
  "MAILBOX_PACK_5",
  "MAILBOX_PACK_10",
  "PRIVILEGE",
  "TRAVEL",
  "TECHNICIAN_FIRST_HOUR",
  "TECHNICIAN_EXTRA_HALF_HOUR",
  "TECHNICIAN_OOH_FIRST_HOUR",
  "TECHNICIAN_OOH_EXTRA_HALF_HOUR",
  "COACH_HOUR",
] as const;

/**
 * Dated tariffs (BIL-10): the TTC price (integer cents) of an item from `effective_on` (a Paris
 * calendar date) until the next row of the same code. HT is derived (src/shared/money.ts).
 * A change is refused when `effective_on` is less than one month after `announced_at`.
 */
export const tariffs = pgTable(
  "tariffs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code", { enum: TARIFF_CODES }).notNull(),
    ttcCents: integer("ttc_cents").notNull(),
    effectiveOn: date("effective_on", { mode: "string" }).notNull(),
    announcedAt: timestamp("announced_at", { withTimezone: true }).notNull(),
    createdByRole: text("created_by_role").notNull(),
    createdById: text("created_by_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("tariffs_code_effective_key").on(t.code, t.effectiveOn),
    check("tariffs_ttc_check", sql`${t.ttcCents} > 0`),
    check(
      "tariffs_code_check",
      sql`${t.code} in ('OPTION','EXTRA_SITE','MAILBOX_PLUS_1','MAILBOX_PACK_5','MAILBOX_PACK_10','PRIVILEGE','TRAVEL','TECHNICIAN_FIRST_HOUR','TECHNICIAN_EXTRA_HALF_HOUR','TECHNICIAN_OOH_FIRST_HOUR','TECHNICIAN_OOH_EXTRA_HALF_HOUR','COACH_HOUR')`,
    ),
  ],
);

/**
 * BIL-8: the French legal interest rate (« taux de l'intérêt légal », the rate for creditors other
 * than private individuals), which changes each half-year. `rate_bp` is in basis points
 * (1 bp = 0.01 %), so 3.16 % is 316: no float is ever stored.
 */
export const legalInterestRates = pgTable(
  "legal_interest_rates",
  {
    effectiveOn: date("effective_on", { mode: "string" }).primaryKey(),
    rateBp: integer("rate_bp").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("legal_interest_rates_rate_check", sql`${t.rateBp} between 0 and 10000`)],
);

/** BIL-6: the kinds of amounts a third-party payer may take over, and the kinds of invoice lines. */
export const BILLABLE_ITEM_KINDS = ["OPTION", "EXTRA_SITE", "MAILBOX_PACK", "PRIVILEGE", "INTERVENTION", "EQUIPMENT", "QUOTE"] as const;

/**
 * BIL-6: the item kinds a payer takes over. A payer with no row here pays everything; at most one
 * active payer per item kind and member (held by the member row lock in the service).
 */
export const payerItemKinds = pgTable(
  "payer_item_kinds",
  {
    payerId: uuid("payer_id")
      .notNull()
      .references(() => payers.id, { onDelete: "cascade" }),
    itemKind: text("item_kind", { enum: BILLABLE_ITEM_KINDS }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.payerId, t.itemKind] }),
    check("payer_item_kinds_kind_check", sql`${t.itemKind} in ('OPTION','EXTRA_SITE','MAILBOX_PACK','PRIVILEGE','INTERVENTION','EQUIPMENT','QUOTE')`),
  ],
);

/** BIL-1: equipment a member bought through Parnasse, billed once on the next invoice. */
export const equipmentPurchases = pgTable(
  "equipment_purchases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    quantity: integer("quantity").notNull(),
    unitTtcCents: integer("unit_ttc_cents").notNull(),
    orderedAt: timestamp("ordered_at", { withTimezone: true }).notNull(),
    recordedByRole: text("recorded_by_role").notNull(),
    recordedById: text("recorded_by_id"),
  },
  (t) => [
    index("equipment_purchases_member_idx").on(t.memberId, t.orderedAt),
    check("equipment_purchases_quantity_check", sql`${t.quantity} between 1 and 1000`),
    check("equipment_purchases_unit_check", sql`${t.unitTtcCents} > 0`),
    check("equipment_purchases_label_check", sql`length(trim(${t.label})) between 1 and 200`),
  ],
);

/** One monthly invoice run (BIL-1): `billing_month` is the first day of the month billed. */
export const billingRuns = pgTable(
  "billing_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    billingMonth: date("billing_month", { mode: "string" }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    invoicesCreated: integer("invoices_created").notNull().default(0),
    startedByRole: text("started_by_role").notNull(),
    startedById: text("started_by_id"),
  },
  (t) => [index("billing_runs_month_idx").on(t.billingMonth, t.startedAt), check("billing_runs_month_check", sql`extract(day from ${t.billingMonth}) = 1`)],
);

/** Gapless numbering: one counter row per series, incremented in the transaction that issues. */
export const invoiceSequences = pgTable("invoice_sequences", {
  series: text("series").primaryKey(),
  lastNumber: integer("last_number").notNull().default(0),
});

export const INVOICE_KINDS = ["INVOICE", "CREDIT_NOTE"] as const;
export const INVOICE_STATUSES = ["DRAFT", "ISSUED", "PARTIALLY_PAID", "PAID", "DISPUTED"] as const;
export const DELIVERY_CHANNELS = ["EMAIL", "POST"] as const;

/**
 * BIL-1..BIL-7: an invoice (or a credit note correcting one). A draft has no number; issuing gives
 * it the next number of the series, the issue date and the due date (issue + 10 days, BIL-3). An
 * issued invoice is never edited: its lines and totals are frozen (database trigger); only its
 * payment state moves. The bill-to party is a snapshot: the member, or the third-party payer (BIL-6).
 */
export const invoices = pgTable(
  "invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind", { enum: INVOICE_KINDS }).notNull().default("INVOICE"),
    number: integer("number"),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "restrict" }),
    payerId: uuid("payer_id").references(() => payers.id, { onDelete: "restrict" }),
    billingMonth: date("billing_month", { mode: "string" }),
    runId: uuid("run_id").references(() => billingRuns.id, { onDelete: "set null" }),
    correctsInvoiceId: uuid("corrects_invoice_id"),
    status: text("status", { enum: INVOICE_STATUSES }).notNull().default("DRAFT"),
    /** The member the invoice concerns, as when issued (a later change of name or address never edits it). */
    memberName: text("member_name").notNull(),
    memberAddress: text("member_address").notNull(),
    billToName: text("bill_to_name").notNull(),
    billToAddress: text("bill_to_address").notNull(),
    billToEmail: text("bill_to_email"),
    deliveryChannel: text("delivery_channel", { enum: DELIVERY_CHANNELS }).notNull(),
    totalHtCents: integer("total_ht_cents").notNull().default(0),
    totalVatCents: integer("total_vat_cents").notNull().default(0),
    totalTtcCents: integer("total_ttc_cents").notNull().default(0),
    /** Sum of successful payments. */
    paidCents: integer("paid_cents").notNull().default(0),
    /** Sum of the credit notes issued against this invoice. */
    creditedCents: integer("credited_cents").notNull().default(0),
    /** BIL-7: amount under open disputes: suspended, not due. */
    contestedCents: integer("contested_cents").notNull().default(0),
    issuedOn: date("issued_on", { mode: "string" }),
    dueOn: date("due_on", { mode: "string" }),
    issuedAt: timestamp("issued_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    createdByRole: text("created_by_role").notNull(),
    createdById: text("created_by_id"),
  },
  (t) => [
    uniqueIndex("invoices_number_key").on(t.number),
    // BIL-1: one invoice per member, month and bill-to party: the monthly run is idempotent.
    uniqueIndex("invoices_one_per_month_key")
      .on(t.memberId, t.billingMonth, sql`coalesce(${t.payerId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`${t.kind} = 'INVOICE' and ${t.billingMonth} is not null`),
    index("invoices_member_idx").on(t.memberId, t.createdAt, t.id),
    index("invoices_payer_idx").on(t.payerId, t.createdAt, t.id),
    index("invoices_status_idx").on(t.status, t.dueOn),
    check("invoices_kind_check", sql`${t.kind} in ('INVOICE','CREDIT_NOTE')`),
    check("invoices_status_check", sql`${t.status} in ('DRAFT','ISSUED','PARTIALLY_PAID','PAID','DISPUTED')`),
    check("invoices_channel_check", sql`${t.deliveryChannel} in ('EMAIL','POST')`),
    check("invoices_credit_note_check", sql`(${t.kind} = 'CREDIT_NOTE') = (${t.correctsInvoiceId} is not null)`),
    check(
      "invoices_issue_check",
      sql`(${t.status} = 'DRAFT') = (${t.number} is null) and (${t.number} is null) = (${t.issuedOn} is null)
        and (${t.issuedOn} is null) = (${t.dueOn} is null) and (${t.issuedOn} is null) = (${t.issuedAt} is null)`,
    ),
    check("invoices_totals_check", sql`${t.totalHtCents} + ${t.totalVatCents} = ${t.totalTtcCents} and ${t.totalTtcCents} >= 0`),
    check(
      "invoices_amounts_check",
      sql`${t.paidCents} >= 0 and ${t.creditedCents} >= 0 and ${t.contestedCents} >= 0
        and ${t.creditedCents} + ${t.contestedCents} <= ${t.totalTtcCents}`,
    ),
  ],
);

/**
 * An invoice line, TTC the reference: `ht_cents` = round(ttc / 1.2), `vat_cents` = ttc − ht.
 * `source_kind`/`source_id` name what the line bills (a subscription for a month, an intervention,
 * a purchase, a quote): a source is billed at most once per period, whatever the runs.
 */
export const invoiceLines = pgTable(
  "invoice_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    itemKind: text("item_kind").notNull(),
    labelFr: text("label_fr").notNull(),
    labelEn: text("label_en").notNull(),
    quantity: integer("quantity").notNull(),
    unitTtcCents: integer("unit_ttc_cents").notNull(),
    ttcCents: integer("ttc_cents").notNull(),
    htCents: integer("ht_cents").notNull(),
    vatCents: integer("vat_cents").notNull(),
    periodStart: date("period_start", { mode: "string" }),
    periodEnd: date("period_end", { mode: "string" }),
    sourceKind: text("source_kind"),
    sourceId: uuid("source_id"),
    tariffId: uuid("tariff_id").references(() => tariffs.id, { onDelete: "restrict" }),
  },
  (t) => [
    uniqueIndex("invoice_lines_position_key").on(t.invoiceId, t.position),
    uniqueIndex("invoice_lines_source_once_key")
      .on(t.sourceKind, t.sourceId, sql`coalesce(${t.periodStart}, '1900-01-01'::date)`)
      .where(sql`${t.sourceId} is not null and ${t.itemKind} <> 'CREDIT'`),
    check("invoice_lines_amounts_check", sql`${t.htCents} + ${t.vatCents} = ${t.ttcCents} and ${t.ttcCents} >= 0`),
    check("invoice_lines_quantity_check", sql`${t.quantity} > 0`),
    check("invoice_lines_source_check", sql`(${t.sourceKind} is null) = (${t.sourceId} is null)`),
  ],
);

/** GUARANTEE: part of a financial guarantee used against the invoice (BIL-4), never recorded by hand. */
export const PAYMENT_METHODS = ["DIRECT_DEBIT", "TRANSFER", "CHEQUE", "GUARANTEE"] as const;
export const PAYMENT_OUTCOMES = ["SUCCEEDED", "REJECTED"] as const;

/** BIL-4: a payment result (direct-debit file lines, mostly) recorded by billing staff. */
export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    amountCents: integer("amount_cents").notNull(),
    method: text("method", { enum: PAYMENT_METHODS }).notNull(),
    outcome: text("outcome", { enum: PAYMENT_OUTCOMES }).notNull(),
    /** The bank's reference: a result recorded twice is recognised. */
    reference: text("reference").notNull(),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
    recordedById: text("recorded_by_id"),
    /** BIL-4: the guarantee this payment draws on (method GUARANTEE only). */
    guaranteeId: uuid("guarantee_id").references((): AnyPgColumn => financialGuarantees.id, { onDelete: "restrict" }),
  },
  (t) => [
    uniqueIndex("payments_reference_key").on(t.reference),
    index("payments_invoice_idx").on(t.invoiceId, t.receivedOn),
    check("payments_amount_check", sql`${t.amountCents} > 0`),
    check("payments_method_check", sql`${t.method} in ('DIRECT_DEBIT','TRANSFER','CHEQUE','GUARANTEE')`),
    check("payments_guarantee_check", sql`(${t.method} = 'GUARANTEE') = (${t.guaranteeId} is not null)`),
    index("payments_guarantee_idx").on(t.guaranteeId).where(sql`${t.guaranteeId} is not null`),
    check("payments_outcome_check", sql`${t.outcome} in ('SUCCEEDED','REJECTED')`),
  ],
);

export const DISPUTE_STATUSES = ["OPEN", "UPHELD", "CONFIRMED"] as const;

/**
 * BIL-7: a dispute suspends the contested amount only. UPHELD: Parnasse agrees, a credit note
 * cancels the amount; CONFIRMED: Parnasse confirms it, due at once.
 */
export const invoiceDisputes = pgTable(
  "invoice_disputes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    contestedCents: integer("contested_cents").notNull(),
    reason: text("reason").notNull(),
    status: text("status", { enum: DISPUTE_STATUSES }).notNull().default("OPEN"),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull(),
    openedByRole: text("opened_by_role").notNull(),
    openedById: text("opened_by_id"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedById: text("resolved_by_id"),
    resolutionNote: text("resolution_note"),
    creditNoteId: uuid("credit_note_id").references(() => invoices.id, { onDelete: "restrict" }),
  },
  (t) => [
    index("invoice_disputes_invoice_idx").on(t.invoiceId, t.openedAt),
    check("invoice_disputes_amount_check", sql`${t.contestedCents} > 0`),
    check("invoice_disputes_status_check", sql`${t.status} in ('OPEN','UPHELD','CONFIRMED')`),
    check("invoice_disputes_resolution_check", sql`(${t.status} = 'OPEN') = (${t.resolvedAt} is null)`),
    check("invoice_disputes_credit_check", sql`${t.creditNoteId} is null or ${t.status} = 'UPHELD'`),
  ],
);

/**
 * BIL-9: non-payment of a member: a first formal notice, suspension of service 8 days after it
 * if still unpaid, a second notice, termination 8 days after that. Closed when the debt is settled.
 */
export const dunningCases = pgTable(
  "dunning_cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "restrict" }),
    firstNoticeAt: timestamp("first_notice_at", { withTimezone: true }).notNull(),
    suspendedAt: timestamp("suspended_at", { withTimezone: true }),
    secondNoticeAt: timestamp("second_notice_at", { withTimezone: true }),
    terminatedAt: timestamp("terminated_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedReason: text("closed_reason"),
    openedById: text("opened_by_id"),
  },
  (t) => [
    uniqueIndex("dunning_cases_one_open_per_member").on(t.memberId).where(sql`${t.closedAt} is null`),
    check("dunning_cases_order_check", sql`(${t.secondNoticeAt} is null or ${t.suspendedAt} is not null) and (${t.terminatedAt} is null or ${t.secondNoticeAt} is not null)`),
  ],
);

export const GUARANTEE_STATUSES = ["REQUESTED", "PAID", "RELEASED", "CANCELLED"] as const;

/**
 * BIL-4 (art. 6.1): a financial guarantee (deposit) billing staff ask of a member: an amount and a
 * due date; its payment; then uses against unpaid invoices (payments with method GUARANTEE) and the
 * release of what is left.
 */
export const financialGuarantees = pgTable(
  "financial_guarantees",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "restrict" }),
    amountCents: integer("amount_cents").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    reason: text("reason").notNull(),
    status: text("status", { enum: GUARANTEE_STATUSES }).notNull().default("REQUESTED"),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    requestedById: text("requested_by_id"),
    paidOn: date("paid_on", { mode: "string" }),
    paymentMethod: text("payment_method", { enum: ["DIRECT_DEBIT", "TRANSFER", "CHEQUE"] }),
    paymentReference: text("payment_reference"),
    paidRecordedAt: timestamp("paid_recorded_at", { withTimezone: true }),
    /** Sum of the uses against invoices. */
    usedCents: integer("used_cents").notNull().default(0),
    releasedAt: timestamp("released_at", { withTimezone: true }),
    /** What was given back on release: the amount less the uses. */
    releasedCents: integer("released_cents"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    closingNote: text("closing_note"),
  },
  (t) => [
    index("financial_guarantees_member_idx").on(t.memberId, t.requestedAt, t.id),
    uniqueIndex("financial_guarantees_payment_reference_key").on(t.paymentReference),
    check("financial_guarantees_status_check", sql`${t.status} in ('REQUESTED','PAID','RELEASED','CANCELLED')`),
    check("financial_guarantees_amount_check", sql`${t.amountCents} > 0 and ${t.usedCents} >= 0 and ${t.usedCents} <= ${t.amountCents}`),
    check(
      "financial_guarantees_payment_check",
      sql`(${t.paidOn} is null) = (${t.paymentReference} is null) and (${t.paidOn} is null) = (${t.paymentMethod} is null)
        and (${t.paidOn} is null) = (${t.paidRecordedAt} is null) and (${t.status} in ('REQUESTED','CANCELLED')) = (${t.paidOn} is null)`,
    ),
    check("financial_guarantees_release_check", sql`(${t.status} = 'RELEASED') = (${t.releasedAt} is not null) and (${t.releasedAt} is null) = (${t.releasedCents} is null)`),
    check("financial_guarantees_cancel_check", sql`(${t.status} = 'CANCELLED') = (${t.cancelledAt} is not null)`),
    check("financial_guarantees_reason_check", sql`length(trim(${t.reason})) > 0`),
  ],
);
