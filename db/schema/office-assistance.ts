import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";
import { addresses } from "./premises.js";
import { quotes } from "./quotes.js";

export const OFFICE_ASSISTANCE_CHANNELS = ["PHONE", "EMAIL"] as const;
/** BUR-1: what the member needs help with; the in-scope subset is one constant (office-assistance.rules.ts). */
export const OFFICE_DEVICE_KINDS = ["PC", "MAC", "TABLET", "SMARTPHONE", "KEY_4G", "PERIPHERAL", "OTHER"] as const;
export const OFFICE_SOFTWARE = ["OPERATING_SYSTEM", "OFFICE_SUITE", "BROWSER", "PRODUCTIVITY", "OFFICE_365", "DROPBOX", "GOOGLE_DRIVE", "BUSINESS_SPECIFIC", "OTHER"] as const;
/** BUR-1 prerequisite: the member's computer runs Windows with screen sharing, or macOS. */
export const OFFICE_OPERATING_SYSTEMS = ["WINDOWS", "MACOS", "LINUX", "CHROMEOS", "OTHER"] as const;

/**
 * BUR-1/BUR-2: an office-assistance request, by phone or email, unlimited. `available_from` and
 * `provided_by` say when and by whom it is handled (BUR-2 hours are data in `service_hours`);
 * a Saturday subcontractor only with the member's consent, recorded here.
 * BUR-4: the member's backup confirmation, required before any intervention.
 */
export const officeAssistanceRequests = pgTable(
  "office_assistance_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    channel: text("channel", { enum: OFFICE_ASSISTANCE_CHANNELS }).notNull(),
    deviceKind: text("device_kind", { enum: OFFICE_DEVICE_KINDS }).notNull(),
    software: text("software", { enum: OFFICE_SOFTWARE }).notNull(),
    operatingSystem: text("operating_system", { enum: OFFICE_OPERATING_SYSTEMS }).notNull(),
    screenSharingAvailable: boolean("screen_sharing_available").notNull(),
    description: text("description").notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    requestedByRole: text("requested_by_role").notNull(),
    requestedById: uuid("requested_by_id").notNull(),
    availableFrom: timestamp("available_from", { withTimezone: true }),
    providedBy: text("provided_by"),
    subcontractorConsentAt: timestamp("subcontractor_consent_at", { withTimezone: true }),
    backupConfirmedAt: timestamp("backup_confirmed_at", { withTimezone: true }),
    backupConfirmedByRole: text("backup_confirmed_by_role"),
  },
  (t) => [
    index("office_assistance_requests_member_idx").on(t.memberId, t.requestedAt),
    check("office_assistance_requests_channel_check", sql`${t.channel} in ('PHONE','EMAIL')`),
    // BUR-1: out-of-scope requests are refused, never stored.
    check("office_assistance_requests_scope_check", sql`${t.deviceKind} <> 'OTHER' and ${t.software} not in ('BUSINESS_SPECIFIC','OTHER')`),
    check("office_assistance_requests_prerequisite_check", sql`${t.operatingSystem} = 'MACOS' or (${t.operatingSystem} = 'WINDOWS' and ${t.screenSharingAvailable})`),
    // BUR-2: a subcontractor handles a request only with the member's consent.
    check("office_assistance_requests_subcontractor_check", sql`${t.providedBy} is distinct from 'SUBCONTRACTOR' or ${t.subcontractorConsentAt} is not null`),
    check("office_assistance_requests_backup_check", sql`(${t.backupConfirmedAt} is null) = (${t.backupConfirmedByRole} is null)`),
  ],
);

/**
 * BUR-4: one screen-sharing (remote control) session: the member's consent for this session, and
 * its end when the member stops it. Nothing seen during the session is stored: there is
 * deliberately no content, note or capture column (a test checks it).
 */
export const officeAssistanceSessions = pgTable(
  "office_assistance_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => officeAssistanceRequests.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    consentedAt: timestamp("consented_at", { withTimezone: true }).notNull(),
    consentedByRole: text("consented_by_role").notNull(),
    consentedById: uuid("consented_by_id").notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedByRole: text("revoked_by_role"),
  },
  (t) => [
    index("office_assistance_sessions_member_idx").on(t.memberId, t.consentedAt),
    uniqueIndex("office_assistance_sessions_one_open").on(t.requestId).where(sql`${t.revokedAt} is null`),
    check("office_assistance_sessions_revoke_check", sql`(${t.revokedAt} is null) = (${t.revokedByRole} is null)`),
  ],
);

/**
 * BUR-3: an on-site visit after Parnasse's analysis, at a declared address. One included visit
 * per contract year (unique index); any other visit consumes one accepted OFFICE_ASSISTANCE_VISIT quote.
 */
export const officeAssistanceVisits = pgTable(
  "office_assistance_visits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => officeAssistanceRequests.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    addressId: uuid("address_id")
      .notNull()
      .references(() => addresses.id, { onDelete: "restrict" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    contractYearStart: date("contract_year_start", { mode: "string" }).notNull(),
    included: boolean("included").notNull(),
    quoteId: uuid("quote_id").references(() => quotes.id, { onDelete: "cascade" }),
    bookedAt: timestamp("booked_at", { withTimezone: true }).notNull(),
    bookedByRole: text("booked_by_role").notNull(),
    bookedById: uuid("booked_by_id").notNull(),
  },
  (t) => [
    index("office_assistance_visits_member_idx").on(t.memberId, t.startsAt),
    uniqueIndex("office_assistance_visits_one_included_per_year").on(t.memberId, t.contractYearStart).where(sql`${t.included}`),
    uniqueIndex("office_assistance_visits_quote_key").on(t.quoteId).where(sql`${t.quoteId} is not null`),
    check("office_assistance_visits_quote_check", sql`${t.included} = (${t.quoteId} is null)`),
    check("office_assistance_visits_order_check", sql`${t.startsAt} < ${t.endsAt}`),
  ],
);
