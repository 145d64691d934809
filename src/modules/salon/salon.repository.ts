import { and, asc, eq, gt, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { circleEventRegistrations, circleEvents, salonAppointments, salons } from "../../../db/schema/salon.js";
import type { Queryable } from "../../shared/db.js";
import { memberReads } from "../members/index.js";

export type SalonRow = typeof salons.$inferSelect;
export type AppointmentRow = typeof salonAppointments.$inferSelect;
export type EventRow = typeof circleEvents.$inferSelect;
export type RegistrationRow = typeof circleEventRegistrations.$inferSelect;

/** Drizzle queries only: the rules live in the services. */
export const salonRepository = {
  salonsByCodes(db: Queryable, codes: readonly string[]): Promise<SalonRow[]> {
    return db
      .select()
      .from(salons)
      .where(inArray(salons.code, [...codes]));
  },

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

  /** The member's booked appointments that have not ended at `now`. */
  upcomingOfMember(db: Queryable, memberId: string, now: Date): Promise<AppointmentRow[]> {
    const t = salonAppointments;
    return db
      .select()
      .from(t)
      .where(and(eq(t.memberId, memberId), eq(t.status, "BOOKED"), gt(t.endsAt, now)))
      .orderBy(asc(t.startsAt));
  },

  /** Upcoming appointments of many members in one statement (Member.salonAppointments). */
  upcomingOfMembers(db: Queryable, memberIds: readonly string[], now: Date): Promise<AppointmentRow[]> {
    const t = salonAppointments;
    return db
      .select()
      .from(t)
      .where(and(inArray(t.memberId, [...memberIds]), eq(t.status, "BOOKED"), gt(t.endsAt, now)))
      .orderBy(asc(t.startsAt), asc(t.id));
  },

  async insertAppointment(tx: Queryable, values: typeof salonAppointments.$inferInsert): Promise<AppointmentRow> {
    const [row] = await tx.insert(salonAppointments).values(values).returning();
    return row!;
  },

  appointmentsByIds(db: Queryable, ids: readonly string[]): Promise<AppointmentRow[]> {
    return db
      .select()
      .from(salonAppointments)
      .where(inArray(salonAppointments.id, [...ids]));
  },

  async lockAppointment(tx: Queryable, id: string): Promise<AppointmentRow | undefined> {
    const [row] = await tx.select().from(salonAppointments).where(eq(salonAppointments.id, id)).for("update");
    return row;
  },

  async cancelAppointment(tx: Queryable, id: string, values: Pick<AppointmentRow, "cancelledAt" | "cancelledByRole" | "cancelledById">): Promise<AppointmentRow> {
    const [row] = await tx
      .update(salonAppointments)
      .set({ ...values, status: "CANCELLED" })
      .where(eq(salonAppointments.id, id))
      .returning();
    return row!;
  },

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
  async insertEvent(tx: Queryable, values: typeof circleEvents.$inferInsert): Promise<EventRow> {
    const [row] = await tx.insert(circleEvents).values(values).returning();
    return row!;
  },

  eventsByIds(db: Queryable, ids: readonly string[]): Promise<EventRow[]> {
    return db
      .select()
      .from(circleEvents)
      .where(inArray(circleEvents.id, [...ids]));
  },

  /** Locks the event row: registrations to one event queue here, so the capacity holds. */
  async lockEvent(tx: Queryable, id: string): Promise<EventRow | undefined> {
    const [row] = await tx.select().from(circleEvents).where(eq(circleEvents.id, id)).for("update");
    return row;
  },

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

  registrationsByIds(db: Queryable, ids: readonly string[]): Promise<RegistrationRow[]> {
    return db
      .select()
      .from(circleEventRegistrations)
      .where(inArray(circleEventRegistrations.id, [...ids]));
  },

  async insertRegistration(tx: Queryable, values: typeof circleEventRegistrations.$inferInsert): Promise<RegistrationRow> {
    const [row] = await tx.insert(circleEventRegistrations).values(values).returning();
    return row!;
  },

  async cancelRegistration(tx: Queryable, id: string, at: Date): Promise<RegistrationRow> {
    const [row] = await tx.update(circleEventRegistrations).set({ cancelledAt: at }).where(eq(circleEventRegistrations.id, id)).returning();
    return row!;
  },
};
