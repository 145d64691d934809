/**
 * SVC-4 booking rules in one place (the contract gives the place only; these are interpretations,
 * see the README). The salon's capacity and hours are data (tables `salons` and `service_hours`).
 */
export const SALON_CODE = "OPERA";
/** SVC-4 "members only": an ACTIVE membership holding the Option Intérieur (art. 4 lists the option's services), not suspended. */
export const SALON_PREREQUISITES = { active: "MEMBERSHIP_NOT_ACTIVE", optionInForce: "OPTION_NOT_IN_FORCE", notSuspended: "SERVICE_SUSPENDED" } as const;
export const APPOINTMENT_MIN_MINUTES = 30;
export const APPOINTMENT_MAX_MINUTES = 120;
/** Slots start on a quarter hour and last whole quarter hours. */
export const SLOT_GRANULARITY_MINUTES = 15;
/** How far ahead an appointment may be booked, in calendar months (Paris dates). */
export const BOOKING_HORIZON_MONTHS = 3;
/** Upcoming appointments one member may hold at once, so nobody blocks the salon for months. */
export const MAX_UPCOMING_APPOINTMENTS = 3;
export const NOTE_MAX = 500;

export const EVENT_TITLE_MAX = 200;
export const EVENT_DESCRIPTION_MAX = 5000;
export const EVENT_PLACE_MAX = 300;
export const EVENT_CAPACITY_MAX = 10000;
/** Events are published at most this far ahead: keeps absurd dates out. */
export const EVENT_HORIZON_DAYS = 730;

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

export const overlaps = (a: Interval, b: Interval) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/**
 * The most appointments present at the same time within `slot`, counting `slot` itself: a sweep
 * over the starts, since occupancy only rises at a start.
 */
export function peakOccupancy(slot: Interval, others: Interval[]): number {
  const inSlot = others.filter((o) => overlaps(o, slot));
  const all = [...inSlot, slot];
  const instants = [slot.startsAt, ...inSlot.map((o) => o.startsAt).filter((s) => s > slot.startsAt && s < slot.endsAt)];
  return Math.max(...instants.map((t) => all.filter((o) => o.startsAt <= t && t < o.endsAt).length));
}
