import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";

export const ADDRESS_KINDS = ["MAIN", "EXTRA_SITE"] as const;

/** ADR-1/ADR-2: one main address, at most 5 extra sites (the limit is held by a row lock on the member). */
export const addresses = pgTable(
  "addresses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ADDRESS_KINDS }).notNull(),
    label: text("label"),
    line1: text("line1").notNull(),
    line2: text("line2"),
    postalCode: text("postal_code").notNull(),
    commune: text("commune").notNull(),
    /** OPT-1: the address is eligible for fiber or ADSL (recorded from Orange's eligibility test). */
    fiberEligible: boolean("fiber_eligible").notNull().default(false),
    adslEligible: boolean("adsl_eligible").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("addresses_one_main_per_member").on(t.memberId).where(sql`${t.kind} = 'MAIN' and ${t.removedAt} is null`),
    index("addresses_member_idx").on(t.memberId),
    check("addresses_kind_check", sql`${t.kind} in ('MAIN','EXTRA_SITE')`),
    check("addresses_postal_code_check", sql`${t.postalCode} ~ '^[0-9]{5}$'`),
  ],
);

export const LINE_OFFERS = ["RESIDENTIAL_INTERNET", "PRO_INTERNET", "FIXED_ONLY", "FIXED_PABX", "CONNECT_PRO", "MULTI_LINE", "PRO_OFFICE"] as const;
export const LINE_TECHNOLOGIES = ["ADSL", "VDSL", "FIBER", "ROUTER_4G"] as const;
export const LINE_OPERATORS = ["ORANGE", "THIRD_PARTY"] as const;

/** LIN-1..3: internet subscriptions at an address. Incompatible ones are recorded but never eligible (LIN-2). */
export const internetLines = pgTable(
  "internet_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    addressId: uuid("address_id")
      .notNull()
      .references(() => addresses.id, { onDelete: "cascade" }),
    operator: text("operator", { enum: LINE_OPERATORS }).notNull(),
    offer: text("offer", { enum: LINE_OFFERS }).notNull(),
    technology: text("technology", { enum: LINE_TECHNOLOGIES }).notNull(),
    /** Orange's line reference (ND / contract number), optional. */
    reference: text("reference"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [
    index("internet_lines_address_idx").on(t.addressId),
    index("internet_lines_member_idx").on(t.memberId),
    check("internet_lines_operator_check", sql`${t.operator} in ('ORANGE','THIRD_PARTY')`),
    check("internet_lines_offer_check", sql`${t.offer} in ('RESIDENTIAL_INTERNET','PRO_INTERNET','FIXED_ONLY','FIXED_PABX','CONNECT_PRO','MULTI_LINE','PRO_OFFICE')`),
    check("internet_lines_technology_check", sql`${t.technology} in ('ADSL','VDSL','FIBER','ROUTER_4G')`),
  ],
);
