import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";

/** MEM-2: the selection committee meets once a week; a meeting groups its decisions. */
export const committeeMeetings = pgTable(
  "committee_meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The Monday (ISO week start, Europe/Paris) of the meeting's week: at most one meeting a week. */
    weekStart: date("week_start", { mode: "string" }).notNull(),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("committee_meetings_one_per_week").on(t.weekStart),
    check("committee_meetings_week_check", sql`extract(isodow from ${t.weekStart}) = 1 and ${t.heldOn} >= ${t.weekStart} and ${t.heldOn} < ${t.weekStart} + 7`),
  ],
);

export const COMMITTEE_DECISIONS = ["ACCEPT", "REJECT"] as const;

export const committeeDecisions = pgTable(
  "committee_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => committeeMeetings.id, { onDelete: "restrict" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    decision: text("decision", { enum: COMMITTEE_DECISIONS }).notNull(),
    reason: text("reason").notNull(),
    decidedBy: uuid("decided_by").notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    // A candidacy is decided once.
    uniqueIndex("committee_decisions_one_per_candidacy").on(t.memberId),
    index("committee_decisions_meeting_idx").on(t.meetingId),
    check("committee_decisions_decision_check", sql`${t.decision} in ('ACCEPT','REJECT')`),
    check("committee_decisions_reason_check", sql`length(trim(${t.reason})) > 0`),
  ],
);

export const MEMBERSHIP_EVENT_KINDS = ["APPLIED", "ACCEPTED", "REJECTED", "ENTRY_FEE_PAID", "ACTIVATED", "TERMINATED", "REJOINED"] as const;

/** The membership history: one row per transition, with what it cost and whether a welcome gift is due (MEM-3). */
export const membershipEvents = pgTable(
  "membership_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: MEMBERSHIP_EVENT_KINDS }).notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    entryFeeCents: integer("entry_fee_cents"),
    entryFeeWaived: boolean("entry_fee_waived"),
    welcomeGift: boolean("welcome_gift"),
    reason: text("reason"),
    actorRole: text("actor_role").notNull(),
    actorId: text("actor_id"),
  },
  (t) => [index("membership_events_member_idx").on(t.memberId, t.at), check("membership_events_fee_check", sql`${t.entryFeeCents} is null or ${t.entryFeeCents} >= 0`)],
);
