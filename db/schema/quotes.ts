import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";

/**
 * QUO-1: everything the contract sells « sur devis », served by one workflow. Other modules link
 * their own records to a quote request (mailbox migrations, Univers Pro services and bricks,
 * office-assistance visits); the quotes module knows none of them.
 */
export const QUOTE_PURPOSES = [
  "FIBER_INSTALLATION",
  "MAIL_MIGRATION",
  "MAIL_EXPERT_ON_SITE",
  "OFFICE_ASSISTANCE_VISIT",
  "EQUIPMENT_STUDY",
  "PRO_SERVICE",
  "PRO_MAINTENANCE",
] as const;

/** QUO-2/QUO-3: ISSUED → ACCEPTED | DECLINED | REPLACED; EXPIRED is derived (ISSUED past its validity date). */
export const QUOTE_STATUSES = ["ISSUED", "ACCEPTED", "DECLINED", "REPLACED"] as const;

/** QUO-2: a member (or their delegate, or the desk for them) asks for a quote. */
export const quoteRequests = pgTable(
  "quote_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: QUOTE_PURPOSES }).notNull(),
    description: text("description").notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    requestedByRole: text("requested_by_role").notNull(),
    requestedById: uuid("requested_by_id"),
  },
  (t) => [
    index("quote_requests_member_idx").on(t.memberId, t.requestedAt),
    check(
      "quote_requests_purpose_check",
      sql`${t.purpose} in ('FIBER_INSTALLATION','MAIL_MIGRATION','MAIL_EXPERT_ON_SITE','OFFICE_ASSISTANCE_VISIT','EQUIPMENT_STUDY','PRO_SERVICE','PRO_MAINTENANCE')`,
    ),
    check("quote_requests_description_check", sql`length(${t.description}) between 1 and 2000`),
  ],
);

/**
 * QUO-2/QUO-3: an issued quote. Immutable once issued (a trigger refuses any change but the one
 * status move ISSUED → ACCEPTED | DECLINED | REPLACED); a new quote for the same request replaces it.
 * Amounts are integer euro cents; TTC is the reference, HT = round(TTC / 1.2), VAT = TTC − HT.
 */
export const quotes = pgTable(
  "quotes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Human reference DEV-000042 (see the quotes mapper). */
    number: integer("number").notNull().generatedAlwaysAsIdentity(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => quoteRequests.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    status: text("status", { enum: QUOTE_STATUSES }).notNull(),
    /** Last Paris day on which the quote may be accepted. */
    validUntil: date("valid_until", { mode: "string" }).notNull(),
    totalTtcCents: integer("total_ttc_cents").notNull(),
    totalHtCents: integer("total_ht_cents").notNull(),
    totalVatCents: integer("total_vat_cents").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull(),
    issuedByRole: text("issued_by_role").notNull(),
    issuedById: uuid("issued_by_id").notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedByRole: text("decided_by_role"),
    decidedById: uuid("decided_by_id"),
    replacedAt: timestamp("replaced_at", { withTimezone: true }),
    replacedByQuoteId: uuid("replaced_by_quote_id"),
  },
  (t) => [
    uniqueIndex("quotes_number_key").on(t.number),
    // QUO-3: at most one quote in force (issued or accepted) per request.
    uniqueIndex("quotes_one_live_per_request").on(t.requestId).where(sql`${t.status} in ('ISSUED','ACCEPTED')`),
    index("quotes_member_idx").on(t.memberId, t.issuedAt),
    index("quotes_accepted_idx").on(t.status, t.decidedAt),
    check("quotes_status_check", sql`${t.status} in ('ISSUED','ACCEPTED','DECLINED','REPLACED')`),
    check(
      "quotes_amounts_check",
      sql`${t.totalTtcCents} >= 0 and ${t.totalHtCents} >= 0 and ${t.totalVatCents} >= 0 and ${t.totalHtCents} + ${t.totalVatCents} = ${t.totalTtcCents}`,
    ),
    check("quotes_ht_check", sql`${t.totalHtCents} = (10 * ${t.totalTtcCents}::bigint + 6) / 12`),
    check("quotes_decision_check", sql`(${t.status} in ('ACCEPTED','DECLINED')) = (${t.decidedAt} is not null)`),
    check("quotes_replaced_check", sql`(${t.status} = 'REPLACED') = (${t.replacedAt} is not null)`),
  ],
);

/** QUO-2: the lines of a quote; each line carries its own TTC, HT and VAT (same rounding). */
export const quoteLines = pgTable(
  "quote_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    quoteId: uuid("quote_id")
      .notNull()
      .references(() => quotes.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    quantity: integer("quantity").notNull(),
    unitTtcCents: integer("unit_ttc_cents").notNull(),
    ttcCents: integer("ttc_cents").notNull(),
    htCents: integer("ht_cents").notNull(),
    vatCents: integer("vat_cents").notNull(),
  },
  (t) => [
    uniqueIndex("quote_lines_position_key").on(t.quoteId, t.position),
    check("quote_lines_quantity_check", sql`${t.quantity} > 0`),
    check("quote_lines_unit_check", sql`${t.unitTtcCents} >= 0`),
    check("quote_lines_ttc_check", sql`${t.ttcCents}::bigint = ${t.quantity}::bigint * ${t.unitTtcCents}`),
    check("quote_lines_ht_check", sql`${t.htCents} = (10 * ${t.ttcCents}::bigint + 6) / 12`),
    check("quote_lines_vat_check", sql`${t.vatCents} = ${t.ttcCents} - ${t.htCents}`),
    check("quote_lines_label_check", sql`length(${t.label}) between 1 and 200`),
  ],
);
