import { memberNodeIds, nodeIds } from "../../shared/relay.js";
import type { AppointmentRow, EventRow, RegistrationRow, SalonRow } from "./salon.repository.js";
import { APPOINTMENT_MAX_MINUTES, APPOINTMENT_MIN_MINUTES, BOOKING_HORIZON_MONTHS, MAX_UPCOMING_APPOINTMENTS } from "./salon.rules.js";
import { BOOKER_ROLES, CircleEvent, CircleEventRegistration, Salon, SalonAppointment } from "./salon.types.js";

type BookerRole = (typeof BOOKER_ROLES)[number];
const asBookerRole = (role: string): BookerRole => ((BOOKER_ROLES as readonly string[]).includes(role) ? (role as BookerRole) : "DESK_AGENT");

/** The one place rows become GraphQL objects. */
export function toSalon(row: SalonRow): Salon {
  return Object.assign(new Salon(), {
    name: row.name,
    street: row.street,
    postalCode: row.postalCode,
    city: row.city,
    capacity: row.capacity,
    minDurationMinutes: APPOINTMENT_MIN_MINUTES,
    maxDurationMinutes: APPOINTMENT_MAX_MINUTES,
    bookingHorizonMonths: BOOKING_HORIZON_MONTHS,
    maxUpcomingAppointmentsPerMember: MAX_UPCOMING_APPOINTMENTS,
  });
}

export function toAppointment(row: AppointmentRow): SalonAppointment {
  return Object.assign(new SalonAppointment(), {
    ...memberNodeIds("SalonAppointment", row),
    salonCode: row.salonCode,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    durationMinutes: Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / 60_000),
    status: row.status,
    note: row.note,
    bookedAt: row.bookedAt,
    bookedByRole: asBookerRole(row.bookedByRole),
    cancelledAt: row.cancelledAt,
    cancelledByRole: row.cancelledByRole === null ? null : asBookerRole(row.cancelledByRole),
  });
}

export function toEvent(row: EventRow): CircleEvent {
  return Object.assign(new CircleEvent(), {
    ...nodeIds("CircleEvent", row.id),
    title: row.title,
    description: row.description,
    place: row.place,
    startsAt: row.startsAt,
    capacity: row.capacity,
    publishedAt: row.publishedAt,
  });
}

export function toRegistration(row: RegistrationRow): CircleEventRegistration {
  return Object.assign(new CircleEventRegistration(), {
    ...memberNodeIds("CircleEventRegistration", row),
    eventRawId: row.eventId,
    registeredAt: row.registeredAt,
    cancelledAt: row.cancelledAt,
  });
}
