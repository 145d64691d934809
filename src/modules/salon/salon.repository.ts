import { and, asc, eq, gt, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { circleEventRegistrations, circleEvents, salonAppointments, salons } from "../../../db/schema/salon.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow, lockRow, rowsWhereIn, updateRow } from "../../shared/rows.js";
import { memberReads } from "../members/index.js";

export type SalonRow = typeof salons.$inferSelect;
export type AppointmentRow = typeof salonAppointments.$inferSelect;
export type EventRow = typeof circleEvents.$inferSelect;
export type RegistrationRow = typeof circleEventRegistrations.$inferSelect;

/** Drizzle queries only: the rules live in the services. */
export const salonRepository = {
  /** Locks the salon row: every booking of the salon queues here, so capacity holds under concurrency. */
  async lockSalon(tx: Queryable, code: string): Promise<SalonRow | undefined> {
    const [row] = await tx.select().from(salons).where(eq(salons.code, code)).for("update");
    return row;
  },

  memberStatus: memberReads.status,

  /** Booked appointments of the salon overlapping [from, to). */
  bookedOverlapping(db: Queryable, salonCode: string, from: Date, to: Date): Promise<AppointmentRow[]> {
    const t = salonAppointments;
    return db
      .select()
      .from(t)
      .where(and(eq(t.salonCode, salonCode), eq(t.status, "BOOKED"), lt(t.startsAt, to), gt(t.endsAt, from)));
  },

  /** The booked appointments of members (one: Member.salonAppointments of a list in one statement) that have not ended at `now`, soonest first. */
  upcomingOfMembers: (db: Queryable, memberIds: readonly string[], now: Date): Promise<AppointmentRow[]> =>
    rowsWhereIn(db, salonAppointments, salonAppointments.memberId, memberIds, {
      where: and(eq(salonAppointments.status, "BOOKED"), gt(salonAppointments.endsAt, now)),
      orderBy: [asc(salonAppointments.startsAt), asc(salonAppointments.id)],
    }),

  insertAppointment: (tx: Queryable, values: typeof salonAppointments.$inferInsert): Promise<AppointmentRow> => insertRow(tx, salonAppointments, values),

  lockAppointment: (tx: Queryable, id: string): Promise<AppointmentRow | undefined> => lockRow(tx, salonAppointments, id),

  cancelAppointment: (tx: Queryable, id: string, values: Pick<AppointmentRow, "cancelledAt" | "cancelledByRole" | "cancelledById">): Promise<AppointmentRow> =>
    updateRow(tx, salonAppointments, id, { ...values, status: "CANCELLED" }),

  /** The desk's agenda: appointments starting in [from, to), by start then id (keyset). */
  agenda(db: Queryable, filter: { from: Date; to: Date | null; includeCancelled: boolean; after: [string, string] | null; limit: number }) {
    const t = salonAppointments;
    const conditions: SQL[] = [sql`${t.startsAt} >= ${filter.from.toISOString()}::timestamptz`];
    if (filter.to) conditions.push(lt(t.startsAt, filter.to));
    if (!filter.includeCancelled) conditions.push(eq(t.status, "BOOKED"));
    if (filter.after) conditions.push(sql`(${t.startsAt}, ${t.id}) > (${filter.after[0]}::timestamptz, ${filter.after[1]}::uuid)`);
    return db
      .select()
      .from(t)
      .where(and(...conditions))
      .orderBy(asc(t.startsAt), asc(t.id))
      .limit(filter.limit);
  },
};

export const circleEventsRepository = {
  insertEvent: (tx: Queryable, values: typeof circleEvents.$inferInsert): Promise<EventRow> => insertRow(tx, circleEvents, values),

  /** Locks the event row: registrations to one event queue here, so the capacity holds. */
  lockEvent: (tx: Queryable, id: string): Promise<EventRow | undefined> => lockRow(tx, circleEvents, id),

  /** Events starting after `now`, soonest first (keyset on start, id). */
  upcoming(db: Queryable, filter: { now: Date; after: [string, string] | null; limit: number }): Promise<EventRow[]> {
    const t = circleEvents;
    const conditions: SQL[] = [gt(t.startsAt, filter.now)];
    if (filter.after) conditions.push(sql`(${t.startsAt}, ${t.id}) > (${filter.after[0]}::timestamptz, ${filter.after[1]}::uuid)`);
    return db
      .select()
      .from(t)
      .where(and(...conditions))
      .orderBy(asc(t.startsAt), asc(t.id))
      .limit(filter.limit);
  },

  async countLive(tx: Queryable, eventId: string): Promise<number> {
    const [row] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(circleEventRegistrations)
      .where(and(eq(circleEventRegistrations.eventId, eventId), isNull(circleEventRegistrations.cancelledAt)));
    return row!.n;
  },

  liveCountsByEventIds(db: Queryable, eventIds: readonly string[]): Promise<{ eventId: string; n: number }[]> {
    const r = circleEventRegistrations;
    return db
      .select({ eventId: r.eventId, n: sql<number>`count(*)::int` })
      .from(r)
      .where(and(inArray(r.eventId, [...eventIds]), isNull(r.cancelledAt)))
      .groupBy(r.eventId);
  },

  async liveRegistration(tx: Queryable, eventId: string, memberId: string): Promise<RegistrationRow | undefined> {
    const r = circleEventRegistrations;
    const [row] = await tx
      .select()
      .from(r)
      .where(and(eq(r.eventId, eventId), eq(r.memberId, memberId), isNull(r.cancelledAt)));
    return row;
  },

  /** One member's live registrations among many events (CircleEvent.viewerRegistration). */
  liveOfMemberByEventIds(db: Queryable, memberId: string, eventIds: readonly string[]): Promise<RegistrationRow[]> {
    const r = circleEventRegistrations;
    return db
      .select()
      .from(r)
      .where(and(eq(r.memberId, memberId), inArray(r.eventId, [...eventIds]), isNull(r.cancelledAt)));
  },

  /** Live registrations of many members to events not started at `now`, soonest event first. */
  upcomingOfMembers(db: Queryable, memberIds: readonly string[], now: Date): Promise<RegistrationRow[]> {
    const r = circleEventRegistrations;
    return db
      .select({ id: r.id, eventId: r.eventId, memberId: r.memberId, registeredAt: r.registeredAt, cancelledAt: r.cancelledAt })
      .from(r)
      .innerJoin(circleEvents, eq(circleEvents.id, r.eventId))
      .where(and(inArray(r.memberId, [...memberIds]), isNull(r.cancelledAt), gt(circleEvents.startsAt, now)))
      .orderBy(asc(circleEvents.startsAt), asc(r.id));
  },

  insertRegistration: (tx: Queryable, values: typeof circleEventRegistrations.$inferInsert): Promise<RegistrationRow> => insertRow(tx, circleEventRegistrations, values),

  cancelRegistration: (tx: Queryable, id: string, at: Date): Promise<RegistrationRow> => updateRow(tx, circleEventRegistrations, id, { cancelledAt: at }),
};
