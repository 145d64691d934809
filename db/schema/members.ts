import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const MEMBER_STATUSES = ["CANDIDATE", "ACCEPTED", "ACTIVE", "REJECTED", "TERMINATED"] as const;

export const members = pgTable(
  "members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    status: text("status", { enum: MEMBER_STATUSES }).notNull().default("CANDIDATE"),
    lastName: text("last_name").notNull(),
    firstName: text("first_name").notNull(),
    birthDate: date("birth_date", { mode: "string" }).notNull(),
    nationality: text("nationality"),
    email: text("email").notNull(),
    /** E.164, normalised on write so that search by phone is exact. */
    phone: text("phone").notNull(),
    addressLine1: text("address_line1").notNull(),
    addressLine2: text("address_line2"),
    postalCode: text("postal_code").notNull(),
    commune: text("commune").notNull(),
    companyName: text("company_name"),
    siren: text("siren"),
    /** MEM-3: set when the membership ends and the member qualifies; cleared on rejoin. */
    honorary: boolean("honorary").notNull().default(false),
    /** MEM-3: fee-free rejoins already used as an honorary member (at most 2). */
    freeRejoinsUsed: integer("free_rejoins_used").notNull().default(0),
    /** MEM-3: a debt-recovery procedure was opened against the member at some point: never honorary. */
    debtRecoveryOpenedAt: timestamp("debt_recovery_opened_at", { withTimezone: true }),
    terminatedAt: timestamp("terminated_at", { withTimezone: true }),
    /** GDP-3: set when the member's personal data was erased or anonymised (on request, or 3 years after the relationship ended). */
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
    /** BIL-5: invoices go by email; by post when the member declared no internet access. */
    hasInternetAccess: boolean("has_internet_access").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("members_email_key").on(sql`lower(${t.email})`),
    index("members_name_idx").on(t.lastName, t.firstName, t.id),
    index("members_phone_idx").on(t.phone),
    check("members_status_check", sql`${t.status} in ('CANDIDATE','ACCEPTED','ACTIVE','REJECTED','TERMINATED')`),
    check("members_postal_code_check", sql`${t.postalCode} ~ '^[0-9]{5}$'`),
    check("members_siren_check", sql`${t.siren} is null or ${t.siren} ~ '^[0-9]{9}$'`),
    check("members_company_check", sql`(${t.siren} is null) = (${t.companyName} is null)`),
    check("members_free_rejoins_check", sql`${t.freeRejoinsUsed} between 0 and 2`),
    check("members_honorary_check", sql`not ${t.honorary} or (${t.status} = 'TERMINATED' and ${t.debtRecoveryOpenedAt} is null)`),
    check("members_names_check", sql`length(trim(${t.lastName})) > 0 and length(trim(${t.firstName})) > 0`),
  ],
);
