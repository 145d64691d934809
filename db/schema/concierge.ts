import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";

/**
 * CON-1/CON-2: the predetermined list of concierge categories, as data (seeded by a migration, so
 * operations amend it without a release). `included`: part of the membership (CON-1); otherwise the
 * « Privilège » option is required (CON-2).
 */
export const conciergeCategories = pgTable(
  "concierge_categories",
  {
    code: text("code").primaryKey(),
    included: boolean("included").notNull(),
    labelFr: text("label_fr").notNull(),
    labelEn: text("label_en").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [check("concierge_categories_code_check", sql`${t.code} ~ '^[A-Z][A-Z_]{1,39}$'`)],
);

/**
 * CON-2: the « Privilège » option. In force while `endsAt` is null or in the future; a cancellation
 * takes effect on the first day of the following month (the started month is due, BIL-2).
 */
export const conciergePrivileges = pgTable(
  "concierge_privileges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    createdByRole: text("created_by_role").notNull(),
    createdById: uuid("created_by_id").notNull(),
  },
  (t) => [
    index("concierge_privileges_member_idx").on(t.memberId, t.startedAt),
    uniqueIndex("concierge_privileges_one_open_per_member").on(t.memberId).where(sql`${t.endsAt} is null`),
    check("concierge_privileges_end_check", sql`(${t.cancelledAt} is null) = (${t.endsAt} is null)`),
    check("concierge_privileges_order_check", sql`${t.endsAt} is null or ${t.endsAt} > ${t.startedAt}`),
  ],
);

export const CONCIERGE_STATUSES = ["SUBMITTED", "ACCEPTED", "PROPOSED", "BOOKED", "COMPLETED", "CANCELLED", "REJECTED"] as const;
export const CONCIERGE_LANGUAGES = ["fr", "en"] as const;

/**
 * A concierge request (CON-1..6). CON-3: Parnasse only searches and connects; the member pays the
 * provider directly, so there is deliberately no price or amount column here.
 */
export const conciergeRequests = pgTable(
  "concierge_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    category: text("category")
      .notNull()
      .references(() => conciergeCategories.code, { onDelete: "restrict" }),
    /** CON-2: the category needed the Privilège option when the request was made. */
    privilegeRequired: boolean("privilege_required").notNull(),
    content: text("content").notNull(),
    /** CON-4: the member asked to be called back, on this number (E.164). */
    callbackPhone: text("callback_phone"),
    preferredLanguage: text("preferred_language", { enum: CONCIERGE_LANGUAGES }).notNull(),
    status: text("status", { enum: CONCIERGE_STATUSES }).notNull(),
    /** The reason of the last CANCELLED or REJECTED, or the partner's note of the last change. */
    statusReason: text("status_reason"),
    submittedByRole: text("submitted_by_role").notNull(),
    submittedById: uuid("submitted_by_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("concierge_requests_member_idx").on(t.memberId, t.createdAt, t.id),
    index("concierge_requests_status_idx").on(t.status, t.createdAt, t.id),
    check("concierge_requests_status_check", sql`${t.status} in ('SUBMITTED','ACCEPTED','PROPOSED','BOOKED','COMPLETED','CANCELLED','REJECTED')`),
    check("concierge_requests_language_check", sql`${t.preferredLanguage} in ('fr','en')`),
    check("concierge_requests_content_check", sql`length(${t.content}) between 1 and 2000`),
    check("concierge_requests_callback_check", sql`${t.callbackPhone} is null or ${t.callbackPhone} ~ '^\\+[1-9][0-9]{6,14}$'`),
    check("concierge_requests_reason_check", sql`${t.status} not in ('CANCELLED','REJECTED') or ${t.statusReason} is not null`),
  ],
);

/** CON-6: every status change, with when and who; visible to the member and the delegate. */
export const conciergeStatusChanges = pgTable(
  "concierge_status_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => conciergeRequests.id, { onDelete: "cascade" }),
    fromStatus: text("from_status", { enum: CONCIERGE_STATUSES }),
    toStatus: text("to_status", { enum: CONCIERGE_STATUSES }).notNull(),
    reason: text("reason"),
    at: timestamp("at", { withTimezone: true }).notNull(),
    byRole: text("by_role").notNull(),
    byId: uuid("by_id").notNull(),
  },
  (t) => [
    index("concierge_status_changes_request_idx").on(t.requestId, t.at),
    check("concierge_status_changes_to_check", sql`${t.toStatus} in ('SUBMITTED','ACCEPTED','PROPOSED','BOOKED','COMPLETED','CANCELLED','REJECTED')`),
    check("concierge_status_changes_from_check", sql`(${t.fromStatus} is null) = (${t.toStatus} = 'SUBMITTED')`),
  ],
);
