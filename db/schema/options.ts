import { sql } from "drizzle-orm";
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";

export const OPTION_END_REASONS = ["MEMBER_REQUEST", "PARNASSE_BREACH", "PARNASSE_NON_PAYMENT", "NO_ELIGIBLE_LINE", "MEMBERSHIP_ENDED"] as const;

/**
 * The « Option Intérieur » subscription (OPT-1..5). `endsAt` is set when an end is known: at once
 * for OPT-3/OPT-5, receipt + 10 days for a member's request (OPT-4). The option is in force while
 * `endsAt` is null or in the future, so no nightly job is needed.
 */
export const optionSubscriptions = pgTable(
  "option_subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** OPT-2: the date of the member's written acceptance. */
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).notNull(),
    terminationReceivedAt: timestamp("termination_received_at", { withTimezone: true }),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    endReason: text("end_reason", { enum: OPTION_END_REASONS }),
    endDetail: text("end_detail"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("option_subscriptions_member_idx").on(t.memberId, t.acceptedAt),
    // One subscription without a known end per member.
    uniqueIndex("option_subscriptions_one_open_per_member").on(t.memberId).where(sql`${t.endsAt} is null`),
    check("option_subscriptions_end_check", sql`(${t.endsAt} is null) = (${t.endReason} is null)`),
    check("option_subscriptions_order_check", sql`${t.endsAt} is null or ${t.endsAt} >= ${t.acceptedAt}`),
  ],
);

export const ANNOUNCEMENT_KINDS = ["PRICE_CHANGE", "CHARACTERISTIC_CHANGE", "SERVICE_REMOVAL"] as const;

/** OPT-6: changes announced to option holders with at least 1 month (price, characteristics) or 3 months (removal) notice. */
export const announcements = pgTable(
  "announcements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind", { enum: ANNOUNCEMENT_KINDS }).notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    announcedAt: timestamp("announced_at", { withTimezone: true }).notNull(),
    effectiveOn: date("effective_on", { mode: "string" }).notNull(),
    /** Null: every member holding the option. Otherwise only this member. */
    memberId: uuid("member_id").references(() => members.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").notNull(),
  },
  (t) => [index("announcements_effective_idx").on(t.effectiveOn), check("announcements_kind_check", sql`${t.kind} in ('PRICE_CHANGE','CHARACTERISTIC_CHANGE','SERVICE_REMOVAL')`)],
);
