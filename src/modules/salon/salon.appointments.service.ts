import { actorRole } from "../../authz/actor.js";
import type { Context } from "../../context.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, memberCommand } from "../../shared/mutation.js";
import { addCalendarMonths, parisDate } from "../../shared/paris-time.js";
import { decodeCursor, encodeCursor, idOfType, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import { serviceHoursService } from "../service-hours/index.js";
import { salonErrors, type SalonErrorCode } from "./salon.errors.js";
import { salonPolicies } from "./salon.policies.js";
import type { BookSalonAppointmentInput, CancelSalonAppointmentInput } from "./salon.inputs.js";
import { toAppointment, toSalon } from "./salon.mappers.js";
import { salonRepository as repo } from "./salon.repository.js";
import {
  APPOINTMENT_MAX_MINUTES,
  APPOINTMENT_MIN_MINUTES,
  BOOKING_HORIZON_MONTHS,
  MAX_UPCOMING_APPOINTMENTS,
  NOTE_MAX,
  SALON_CODE,
  SALON_PREREQUISITES,
  SLOT_GRANULARITY_MINUTES,
  overlaps,
  peakOccupancy,
} from "./salon.rules.js";
import type { Salon, SalonAppointment } from "./salon.types.js";

type AppointmentResult = Result<SalonAppointment, SalonErrorCode>;

/** SVC-4: the slot's own checks (no database): future, horizon, quarter hours, 30–120 minutes. */
function checkSlot(input: BookSalonAppointmentInput, now: Date): DomainError<SalonErrorCode>[] {
  const errors: DomainError<SalonErrorCode>[] = [];
  const start = input.startsAt;
  const d = input.durationMinutes;
  if (!Number.isInteger(d) || d < APPOINTMENT_MIN_MINUTES || d > APPOINTMENT_MAX_MINUTES || d % SLOT_GRANULARITY_MINUTES !== 0) {
    errors.push(salonErrors.error("INVALID_DURATION", ["input", "durationMinutes"], { min: APPOINTMENT_MIN_MINUTES, max: APPOINTMENT_MAX_MINUTES }));
  }
  // Paris offsets are whole hours: a quarter hour in UTC is a quarter hour in Paris.
  if (start.getUTCMinutes() % SLOT_GRANULARITY_MINUTES !== 0 || start.getUTCSeconds() !== 0 || start.getUTCMilliseconds() !== 0) {
    errors.push(salonErrors.error("SLOT_NOT_ALIGNED", ["input", "startsAt"]));
  }
  const latest = addCalendarMonths(parisDate(now), BOOKING_HORIZON_MONTHS);
  if (start <= now) errors.push(salonErrors.error("SLOT_IN_PAST", ["input", "startsAt"]));
  else if (parisDate(start) > latest) errors.push(salonErrors.error("SLOT_TOO_FAR", ["input", "startsAt"], { months: BOOKING_HORIZON_MONTHS, latest }));
  return errors;
}

export const salonAppointmentsService = {
  /** SVC-4: by appointment only, members only, within the salon's hours and capacity. */
  async book(ctx: Context, input: BookSalonAppointmentInput): Promise<AppointmentResult> {
    const now = ctx.clock.now();
    const errors = checkSlot(input, now);
    const note = input.note?.trim() || null;
    if (note && note.length > NOTE_MAX) errors.push(salonErrors.error("NOTE_TOO_LONG", ["input", "note"], { max: NOTE_MAX }));
    if (errors.length) return fail(...errors);
    const slot = { startsAt: input.startsAt, endsAt: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000) };

    const member = { globalId: input.memberId, mayActFor: salonPolicies.actForMember };
    const options = { operation: "bookSalonAppointment", errors: salonErrors, member, requires: SALON_PREREQUISITES, field: ["input", "memberId"] };
    return memberCommand(ctx, options, async ({ tx, member, audit }) => {
      if (!(await serviceHoursService.covers(tx, "SALON", slot.startsAt, slot.endsAt))) return fail(salonErrors.error("SALON_CLOSED", ["input", "startsAt"]));
      // One lock for the whole salon (after the member's): bookings queue here, so the capacity and
      // the member's own appointments are counted with nothing in flight.
      const salon = await repo.lockSalon(tx, SALON_CODE);
      if (!salon) throw new Error(`salon ${SALON_CODE} is missing`);
      const own = await repo.upcomingOfMembers(tx, [member.id], now);
      if (own.some((a) => overlaps(a, slot))) return fail(salonErrors.error("MEMBER_OVERLAP", ["input", "startsAt"]));
      if (own.length >= MAX_UPCOMING_APPOINTMENTS) return fail(salonErrors.error("TOO_MANY_UPCOMING", ["input", "memberId"], { max: MAX_UPCOMING_APPOINTMENTS }));
      const taken = await repo.bookedOverlapping(tx, salon.code, slot.startsAt, slot.endsAt);
      if (peakOccupancy(slot, taken) > salon.capacity) return fail(salonErrors.error("SLOT_FULL", ["input", "startsAt"]));
      const row = await repo.insertAppointment(tx, {
        salonCode: salon.code,
        memberId: member.id,
        ...slot,
        status: "BOOKED",
        note,
        bookedAt: now,
        bookedByRole: actorRole(ctx.actor),
        bookedById: actorId(ctx),
      });
      await audit({ targetIds: [row.id], details: { startsAt: row.startsAt, endsAt: row.endsAt } });
      return ok(toAppointment(row));
    });
  },

  /** SVC-4: the member (or delegate, or desk) cancels a booked appointment before it starts. */
  async cancel(ctx: Context, input: CancelSalonAppointmentInput): Promise<AppointmentResult> {
    const notFound = fail(salonErrors.error("APPOINTMENT_NOT_FOUND", ["input", "appointmentId"]));
    const id = idOfType(input.appointmentId, "SalonAppointment");
    const found = id ? await ctx.loaders.salon.appointmentById.load(id) : null;
    if (!found || !salonPolicies.actForMember(ctx.actor, found.memberId)) return notFound;
    const now = ctx.clock.now();

    return memberCommand(ctx, { operation: "cancelSalonAppointment", errors: salonErrors, member: { id: found.memberId } }, async ({ tx, audit }) => {
      const current = await repo.lockAppointment(tx, found.id);
      if (!current) return notFound;
      if (current.status === "CANCELLED") return fail(salonErrors.error("ALREADY_CANCELLED", ["input", "appointmentId"]));
      if (current.startsAt <= now) return fail(salonErrors.error("APPOINTMENT_STARTED", ["input", "appointmentId"]));
      const row = await repo.cancelAppointment(tx, current.id, { cancelledAt: now, cancelledByRole: actorRole(ctx.actor), cancelledById: actorId(ctx) });
      await audit({ targetIds: [current.id], details: { startsAt: current.startsAt } });
      return ok(toAppointment(row));
    });
  },

  /** The desk's agenda of the salon, soonest first; from now by default. */
  async agenda(
    ctx: Context,
    args: { first: number; after: string | null; from: Date | null; to: Date | null; includeCancelled: boolean },
  ): Promise<ConnectionShape<SalonAppointment>> {
    if (!salonPolicies.isDesk(ctx.actor)) throw forbidden();
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    const rows = await repo.agenda(ctx.db, {
      from: args.from ?? ctx.clock.now(),
      to: args.to,
      includeCancelled: args.includeCancelled,
      after,
      limit: first + 1,
    });
    return toConnection(rows, first, toAppointment, (r) => encodeCursor([r.startsAt.toISOString(), r.id]));
  },

  /** Member.salonAppointments: booked appointments not yet ended, soonest first. */
  async upcomingFor(ctx: Context, memberId: string): Promise<SalonAppointment[]> {
    if (!salonPolicies.actForMember(ctx.actor, memberId)) return [];
    const rows = await ctx.loaders.salon.upcomingAppointmentsByMemberId(ctx.clock.now()).load(memberId);
    return rows.map(toAppointment);
  },

  async salon(ctx: Context, code: string = SALON_CODE): Promise<Salon> {
    const row = await ctx.loaders.salon.salonByCode.load(code);
    if (!row) throw new Error(`salon ${code} is missing`);
    return toSalon(row);
  },

  /** `node(id:)`: whoever may act for the member. */
  async node(ctx: Context, id: string): Promise<SalonAppointment | null> {
    const row = await ctx.loaders.salon.appointmentById.load(id);
    return row && salonPolicies.actForMember(ctx.actor, row.memberId) ? toAppointment(row) : null;
  },
};
