import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { members } from "./members.js";
import { staffUsers } from "./people.js";

/**
 * SVC-4 (art. 4.9): the « Salon particulier » of the Cercle Parnasse, a dedicated space at the
 * Boutique Orange Opéra. Fixed data, seeded by a migration (one row), so operations amend the
 * place or its capacity without a release. The row is also what bookings lock: every booking of
 * the salon is serialised on it, which holds the capacity under concurrency.
 */
export const salons = pgTable(
  "salons",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    street: text("street").notNull(),
    postalCode: text("postal_code").notNull(),
    city: text("city").notNull(),
    /** How many appointments the salon receives at the same time. */
    capacity: integer("capacity").notNull(),
  },
  (t) => [check("salons_capacity_check", sql`${t.capacity} between 1 and 50`)],
);

export const SALON_APPOINTMENT_STATUSES = ["BOOKED", "CANCELLED"] as const;

/**
 * SVC-4: an appointment at the salon, always in the member's name (members only: the member is
 * received, never the delegate). No walk-in: using the salon means having one of these rows.
 */
export const salonAppointments = pgTable(
  "salon_appointments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    salonCode: text("salon_code")
      .notNull()
      .references(() => salons.code, { onDelete: "restrict" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    status: text("status", { enum: SALON_APPOINTMENT_STATUSES }).notNull(),
    note: text("note"),
    bookedAt: timestamp("booked_at", { withTimezone: true }).notNull(),
    bookedByRole: text("booked_by_role").notNull(),
    bookedById: uuid("booked_by_id").notNull(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledByRole: text("cancelled_by_role"),
    cancelledById: uuid("cancelled_by_id"),
  },
  (t) => [
    index("salon_appointments_slot_idx").on(t.salonCode, t.startsAt, t.id),
    index("salon_appointments_member_idx").on(t.memberId, t.startsAt),
    check("salon_appointments_status_check", sql`${t.status} in ('BOOKED','CANCELLED')`),
    check("salon_appointments_duration_check", sql`${t.endsAt} - ${t.startsAt} between interval '30 minutes' and interval '120 minutes'`),
    check("salon_appointments_note_check", sql`${t.note} is null or length(${t.note}) between 1 and 500`),
    check("salon_appointments_cancel_check", sql`(${t.status} = 'CANCELLED') = (${t.cancelledAt} is not null) and (${t.cancelledAt} is null) = (${t.cancelledByRole} is null)`),
  ],
);

/** SVC-4 (art. 4.8): a « Vie de Cercle » event published by the desk; members only. */
export const circleEvents = pgTable(
  "circle_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    place: text("place").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    capacity: integer("capacity").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    publishedBy: uuid("published_by")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "restrict" }),
  },
  (t) => [
    index("circle_events_start_idx").on(t.startsAt, t.id),
    check("circle_events_capacity_check", sql`${t.capacity} between 1 and 10000`),
    check("circle_events_title_check", sql`length(${t.title}) between 1 and 200`),
    check("circle_events_description_check", sql`length(${t.description}) between 1 and 5000`),
    check("circle_events_place_check", sql`length(${t.place}) between 1 and 300`),
  ],
);

/**
 * A member's registration to an event. Unregistering sets `cancelled_at` (the row stays for
 * history); at most one live registration per member and event. "At most capacity" is held by a
 * row lock on the event.
 */
export const circleEventRegistrations = pgTable(
  "circle_event_registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => circleEvents.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    registeredAt: timestamp("registered_at", { withTimezone: true }).notNull(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("circle_event_registrations_one_live").on(t.eventId, t.memberId).where(sql`${t.cancelledAt} is null`),
    index("circle_event_registrations_member_idx").on(t.memberId),
    check("circle_event_registrations_order_check", sql`${t.cancelledAt} is null or ${t.cancelledAt} >= ${t.registeredAt}`),
  ],
);
