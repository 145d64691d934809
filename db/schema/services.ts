import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, serial, text, time, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";
import { staffUsers } from "./people.js";

/**
 * SVC-2: the coach assigned to a member, and the substitute offered when the coach is unavailable.
 * One row per member; a coach acts (device activation, VIP lines, coach visits) only for members here.
 */
export const coachAssignments = pgTable(
  "coach_assignments",
  {
    memberId: uuid("member_id")
      .primaryKey()
      .references(() => members.id, { onDelete: "cascade" }),
    coachId: uuid("coach_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "restrict" }),
    substituteCoachId: uuid("substitute_coach_id").references(() => staffUsers.id, { onDelete: "set null" }),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull(),
    assignedBy: uuid("assigned_by").notNull(),
  },
  (t) => [
    index("coach_assignments_coach_idx").on(t.coachId),
    index("coach_assignments_substitute_idx").on(t.substituteCoachId),
    check("coach_assignments_distinct_check", sql`${t.substituteCoachId} is null or ${t.substituteCoachId} <> ${t.coachId}`),
  ],
);

/**
 * Service hours as data (SVC-1..3, INT-2, INT-5, AIR-3, MBX-5, BUR-2, BUR-3): one row per service,
 * ISO weekday (1 = Monday … 7 = Sunday) and opening span, Europe/Paris wall-clock time.
 * A service with no row on a day is closed that day; `opens = 00:00, closes = 24:00` is all day.
 */
export const serviceHours = pgTable(
  "service_hours",
  {
    id: serial("id").primaryKey(),
    service: text("service").notNull(),
    isoWeekday: integer("iso_weekday").notNull(),
    opens: time("opens").notNull(),
    closes: time("closes").notNull(),
    /** Who provides the service in that span when it is not Parnasse itself (e.g. a subcontractor on Saturdays). */
    providedBy: text("provided_by"),
    rule: text("rule").notNull(),
  },
  (t) => [
    uniqueIndex("service_hours_key").on(t.service, t.isoWeekday, t.opens),
    check("service_hours_weekday_check", sql`${t.isoWeekday} between 1 and 7`),
    check("service_hours_span_check", sql`${t.opens} < ${t.closes}`),
  ],
);
