import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";
import { addresses } from "./premises.js";
import { staffUsers } from "./people.js";
import { quoteRequests } from "./quotes.js";

export const PRO_SERVICES = ["PUBLIC_WIFI", "NETWORK_SECURITY", "NETWORK_INFRASTRUCTURE", "SERVER", "IT_RENEWAL"] as const;
export const PRO_SERVICE_STATUSES = ["STUDY_REQUESTED", "STUDY_DONE", "INSTALLED"] as const;

/**
 * PRO-1: a Univers Pro service for a legal-entity member: technical study, then a quote, then the
 * installation once the quote is accepted. The quote lives in the shared workflow (QUO-1..3):
 * recording the study opens a quote request (purpose PRO_SERVICE) linked here.
 */
export const proServiceRequests = pgTable(
  "pro_service_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    service: text("service", { enum: PRO_SERVICES }).notNull(),
    description: text("description").notNull(),
    status: text("status", { enum: PRO_SERVICE_STATUSES }).notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    requestedByRole: text("requested_by_role").notNull(),
    studySummary: text("study_summary"),
    studyDoneAt: timestamp("study_done_at", { withTimezone: true }),
    studyByRole: text("study_by_role"),
    studyById: uuid("study_by_id"),
    installedOn: date("installed_on", { mode: "string" }),
    /**
     * AUT-3: the technician the desk assigned to the study (assignProServiceTechnician). Only he, or
     * the desk, records it; it is how a technician comes to serve the member (membersServedBy).
     */
    technicianId: uuid("technician_id").references(() => staffUsers.id, { onDelete: "restrict" }),
    /** QUO-1: the shared quote request opened when the study is recorded. */
    quoteRequestId: uuid("quote_request_id").references(() => quoteRequests.id, { onDelete: "cascade" }),
  },
  (t) => [
    index("pro_service_requests_member_idx").on(t.memberId, t.requestedAt),
    index("pro_service_requests_technician_idx").on(t.technicianId),
    uniqueIndex("pro_service_requests_quote_request_key").on(t.quoteRequestId),
    check("pro_service_requests_service_check", sql`${t.service} in ('PUBLIC_WIFI','NETWORK_SECURITY','NETWORK_INFRASTRUCTURE','SERVER','IT_RENEWAL')`),
    check("pro_service_requests_status_check", sql`${t.status} in ('STUDY_REQUESTED','STUDY_DONE','INSTALLED')`),
    check("pro_service_requests_study_check", sql`(${t.status} = 'STUDY_REQUESTED') = (${t.studyDoneAt} is null)`),
    check("pro_service_requests_quote_request_check", sql`(${t.status} = 'STUDY_REQUESTED') = (${t.quoteRequestId} is null)`),
    check("pro_service_requests_installed_check", sql`(${t.status} = 'INSTALLED') = (${t.installedOn} is not null)`),
  ],
);

export const PRO_BRICKS = ["WIFI", "WORKSTATION", "SERVERS", "LAN_SECURITY", "VIDEO_CONFERENCING", "SERVER_BACKUP"] as const;
export const PRO_BRICK_STATUSES = ["STUDY_REQUIRED", "REVIEW_REQUIRED", "ACTIVE"] as const;

/**
 * PRO-2..4: a maintenance brick at a maintenance address. Active directly, or once the review
 * (REVIEW_REQUIRED) or the technical study (STUDY_REQUIRED) is recorded. In force while `endsOn`
 * is null or later than today (Paris): a termination takes effect on the first day of the next month.
 */
export const proBricks = pgTable(
  "pro_bricks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    brick: text("brick", { enum: PRO_BRICKS }).notNull(),
    addressId: uuid("address_id")
      .notNull()
      .references(() => addresses.id, { onDelete: "restrict" }),
    accessPoints: integer("access_points"),
    switches: integer("switches"),
    routers: integer("routers"),
    status: text("status", { enum: PRO_BRICK_STATUSES }).notNull(),
    subscribedAt: timestamp("subscribed_at", { withTimezone: true }).notNull(),
    subscribedByRole: text("subscribed_by_role").notNull(),
    prerequisiteSummary: text("prerequisite_summary"),
    prerequisiteDoneAt: timestamp("prerequisite_done_at", { withTimezone: true }),
    prerequisiteByRole: text("prerequisite_by_role"),
    prerequisiteById: uuid("prerequisite_by_id"),
    activeSince: timestamp("active_since", { withTimezone: true }),
    terminationRequestedAt: timestamp("termination_requested_at", { withTimezone: true }),
    endsOn: date("ends_on", { mode: "string" }),
    /** AUT-3: the technician the desk assigned to the review or study (assignProBrickTechnician); only he, or the desk, records it. */
    technicianId: uuid("technician_id").references(() => staffUsers.id, { onDelete: "restrict" }),
    /** QUO-1/PRO-3: the shared quote request for the maintenance, opened at subscription. */
    quoteRequestId: uuid("quote_request_id").references(() => quoteRequests.id, { onDelete: "cascade" }),
  },
  (t) => [
    index("pro_bricks_member_idx").on(t.memberId, t.subscribedAt),
    index("pro_bricks_technician_idx").on(t.technicianId),
    uniqueIndex("pro_bricks_quote_request_key").on(t.quoteRequestId),
    uniqueIndex("pro_bricks_one_open_per_address").on(t.memberId, t.brick, t.addressId).where(sql`${t.endsOn} is null`),
    check("pro_bricks_brick_check", sql`${t.brick} in ('WIFI','WORKSTATION','SERVERS','LAN_SECURITY','VIDEO_CONFERENCING','SERVER_BACKUP')`),
    check("pro_bricks_status_check", sql`${t.status} in ('STUDY_REQUIRED','REVIEW_REQUIRED','ACTIVE')`),
    // PRO-2 limits: Wi-Fi at most 3 access points; LAN & security at most 2 switches and 2 routers.
    check("pro_bricks_wifi_check", sql`(${t.brick} = 'WIFI') = (${t.accessPoints} is not null) and (${t.accessPoints} is null or ${t.accessPoints} between 1 and 3)`),
    check(
      "pro_bricks_lan_check",
      sql`(${t.brick} = 'LAN_SECURITY') = (${t.switches} is not null and ${t.routers} is not null)
        and (${t.brick} = 'LAN_SECURITY' or (${t.switches} is null and ${t.routers} is null))
        and (${t.switches} is null or ${t.switches} between 0 and 2)
        and (${t.routers} is null or ${t.routers} between 0 and 2)`,
    ),
    check("pro_bricks_active_check", sql`(${t.status} = 'ACTIVE') = (${t.activeSince} is not null)`),
    check("pro_bricks_end_check", sql`(${t.terminationRequestedAt} is null) = (${t.endsOn} is null)`),
  ],
);
