import { inArray } from "drizzle-orm";
import { expect } from "vitest";
import { auditLog, circleEventRegistrations, circleEvents, salonAppointments } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, refusals, type GqlResult } from "../../support/api.js";
import { auditRowsOf, countRows } from "../../support/assertions.js";
import { aCast, aMember, aStaffUser, anOption, type MemberRow } from "../../support/factories.js";

/** Thursday 26 November 2026, 11:00 Paris. */
export const NOW = "2026-11-26T10:00:00Z";
export const clock = () => new ManualClock(NOW);
/** Tuesday 1 December 2026, 14:00 Paris (13:00 UTC): inside the salon's hours. */
export const SLOT = "2026-12-01T13:00:00.000Z";

export const APPOINTMENT_FIELDS = `id startsAt endsAt durationMinutes status note bookedByRole cancelledAt cancelledByRole
  salon { name street postalCode city capacity }`;
export const BOOK = `mutation($input: BookSalonAppointmentInput!) { bookSalonAppointment(input: $input) {
  appointment { ${APPOINTMENT_FIELDS} } userErrors { code message field rule } } }`;
export const CANCEL = `mutation($input: CancelSalonAppointmentInput!) { cancelSalonAppointment(input: $input) {
  appointment { id status cancelledAt cancelledByRole } userErrors { code message field rule } } }`;
export const PUBLISH = `mutation($input: PublishCircleEventInput!) { publishCircleEvent(input: $input) {
  event { id title description place startsAt capacity registeredCount remainingPlaces } userErrors { code message field rule } } }`;
export const REGISTER = `mutation($input: CircleEventRegistrationInput!) { registerForCircleEvent(input: $input) {
  registration { id registeredAt cancelledAt event { id title } } event { id registeredCount remainingPlaces } userErrors { code message field rule } } }`;
export const UNREGISTER = `mutation($input: CircleEventRegistrationInput!) { unregisterFromCircleEvent(input: $input) {
  registration { id cancelledAt } event { id registeredCount remainingPlaces } userErrors { code message field rule } } }`;

export const appointmentGid = (row: { id: string }) => toGlobalId("SalonAppointment", row.id);
export const eventGid = (row: { id: string }) => toGlobalId("CircleEvent", row.id);

export const book = (input: Record<string, unknown>) => ({ variables: { input: { startsAt: SLOT, durationMinutes: 60, ...input } }, clock: clock() });

/** An active member holding the Option Intérieur. */
export async function anOptionHolder(db: Database, overrides: Partial<MemberRow> = {}): Promise<MemberRow> {
  const member = await aMember(db, overrides);
  await anOption(db, member.id);
  return member;
}

/** aCast whose member holds the option. */
export async function aSalonCast(db: Database) {
  const cast = await aCast(db);
  await anOption(db, cast.member.id);
  return cast;
}

export async function anAppointment(db: Database, memberId: string, overrides: Partial<typeof salonAppointments.$inferInsert> = {}) {
  const startsAt = overrides.startsAt ?? new Date(SLOT);
  const [row] = await db.db
    .insert(salonAppointments)
    .values({
      salonCode: "OPERA",
      memberId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 60 * 60_000),
      status: "BOOKED",
      bookedAt: new Date("2026-11-20T10:00:00Z"),
      bookedByRole: "MEMBER",
      bookedById: memberId,
      ...overrides,
    })
    .returning();
  return row!;
}

export async function anEvent(db: Database, overrides: Partial<typeof circleEvents.$inferInsert> = {}) {
  const publishedBy = overrides.publishedBy ?? (await aStaffUser(db, "DESK_AGENT")).id;
  const [row] = await db.db
    .insert(circleEvents)
    .values({
      title: "Soirée du Cercle",
      description: "Rencontre des membres autour d'un concert privé.",
      place: "Salle Gaveau, 45 rue La Boétie, 75008 Paris",
      startsAt: new Date("2026-12-10T19:00:00Z"),
      capacity: 10,
      publishedAt: new Date("2026-11-01T10:00:00Z"),
      publishedBy,
      ...overrides,
    })
    .returning();
  return row!;
}

export async function aRegistration(db: Database, eventId: string, memberId: string, overrides: Partial<typeof circleEventRegistrations.$inferInsert> = {}) {
  const [row] = await db.db
    .insert(circleEventRegistrations)
    .values({ eventId, memberId, registeredAt: new Date("2026-11-20T10:00:00Z"), ...overrides })
    .returning();
  return row!;
}

/** Everything a salon or event mutation could write, and the audit log size. */
export async function salonState(db: Database) {
  const [appointments, events, registrations, auditCount] = await Promise.all([
    db.db.select().from(salonAppointments).orderBy(salonAppointments.id),
    db.db.select().from(circleEvents).orderBy(circleEvents.id),
    db.db.select().from(circleEventRegistrations).orderBy(circleEventRegistrations.id),
    countRows(db, auditLog),
  ]);
  return { appointments, events, registrations, auditCount };
}

export const appointmentsOf = (db: Database, memberIds: string[]) => db.db.select().from(salonAppointments).where(inArray(salonAppointments.memberId, memberIds));

/** A refusal by the permission map: no data, FORBIDDEN (UNAUTHENTICATED for anonymous), nothing written. */
export async function expectShieldRefusal(db: Database, run: () => Promise<GqlResult>, code = "FORBIDDEN") {
  const before = await salonState(db);
  const res = await run();
  expect(res.data).toBeNull();
  expect(errorCodes(res)).toEqual([code]);
  expect(await salonState(db)).toEqual(before);
}

/** A refusal as userErrors: nothing written, no audit row; returns the [code, rule] pairs. */
export async function expectUserErrors(db: Database, run: () => Promise<GqlResult>, field: string) {
  const before = await salonState(db);
  const res = await run();
  expect(res.errors).toBeUndefined();
  expect(res.data![field]).not.toBeNull();
  expect(await salonState(db)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
  return refusals(res, field);
}

export const STAFF_REFUSED = ["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;
