import type DataLoader from "dataloader";
import { circleEventRegistrations, circleEvents, salonAppointments, salons } from "../../../db/schema/salon.js";
import type { Queryable } from "../../shared/db.js";
import { loaderByColumn, loaderById, loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { circleEventsRepository as events, salonRepository as repo } from "./salon.repository.js";

/** One loader per parameter value (an instant, a member), made on first use and kept for the request. */
function memo<P, L>(make: (param: P) => L, keyOf: (param: P) => string): (param: P) => L {
  const made = new Map<string, L>();
  return (param) => {
    const key = keyOf(param);
    let loader = made.get(key);
    if (!loader) {
      loader = make(param);
      made.set(key, loader);
    }
    return loader;
  };
}

/** Built per request in the context. */
export function createSalonLoaders(db: Queryable) {
  return {
    salonByCode: loaderByColumn(db, salons, "code"),
    appointmentById: loaderById(db, salonAppointments),
    eventById: loaderById(db, circleEvents),
    registrationById: loaderById(db, circleEventRegistrations),
    liveCountByEventId: loaderByKey(
      (ids: readonly string[]) => events.liveCountsByEventIds(db, ids),
      (row) => row.eventId,
    ),
    /** Member.salonAppointments: booked appointments not ended at `now`, for a list of members in one query. */
    upcomingAppointmentsByMemberId: memo(
      (now: Date) =>
        loaderOfGroups(
          (ids: readonly string[]) => repo.upcomingOfMembers(db, ids, now),
          (row) => row.memberId,
        ),
      (now) => now.toISOString(),
    ),
    /** Member.eventRegistrations: live registrations to events not started at `now`. */
    upcomingRegistrationsByMemberId: memo(
      (now: Date) =>
        loaderOfGroups(
          (ids: readonly string[]) => events.upcomingOfMembers(db, ids, now),
          (row) => row.memberId,
        ),
      (now) => now.toISOString(),
    ),
    /** CircleEvent.viewerRegistration: one member's live registration per event. */
    liveRegistrationOfMember: memo(
      (memberId: string): DataLoader<string, Awaited<ReturnType<typeof events.liveOfMemberByEventIds>>[number] | null> =>
        loaderByKey(
          (ids: readonly string[]) => events.liveOfMemberByEventIds(db, memberId, ids),
          (row) => row.eventId,
        ),
      (memberId) => memberId,
    ),
  };
}

declare module "../../context.js" {
  interface Loaders {
    salon: ReturnType<typeof createSalonLoaders>;
  }
}
