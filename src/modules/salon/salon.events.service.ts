import { ownMemberId } from "../../authz/actor.js";
import type { Context } from "../../context.js";
import { fail, forbidden, ok, sqlState, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, memberCommand, runCommand, textField } from "../../shared/mutation.js";
import { decodeCursor, encodeCursor, idOfType, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import { salonErrors, type SalonErrorCode } from "./salon.errors.js";
import { salonPolicies } from "./salon.policies.js";
import type { CircleEventRegistrationInput, PublishCircleEventInput } from "./salon.inputs.js";
import { toEvent, toRegistration } from "./salon.mappers.js";
import { circleEventsRepository as repo } from "./salon.repository.js";
import { EVENT_CAPACITY_MAX, EVENT_DESCRIPTION_MAX, EVENT_HORIZON_DAYS, EVENT_PLACE_MAX, EVENT_TITLE_MAX, SALON_PREREQUISITES } from "./salon.rules.js";
import type { CircleEvent, CircleEventRegistration } from "./salon.types.js";

export interface RegistrationOutcome {
  registration: CircleEventRegistration;
  event: CircleEvent;
}
type RegistrationResult = Result<RegistrationOutcome, SalonErrorCode>;

const EVENT_FIELD = ["input", "eventId"];
const text = textField<SalonErrorCode>(salonErrors);

/** The unique index on live registrations is the last guard, should a path ever skip the event lock. */
const alreadyRegistered = (error: unknown) => (sqlState(error) === "23505" ? salonErrors.error("ALREADY_REGISTERED", EVENT_FIELD) : null);

/**
 * SVC-4 "members only": the member themself registers. A delegate gets a userError (the app can
 * show it); payers and staff are refused by the permission map before reaching here.
 */
function registeringMember(ctx: Context): Result<string, SalonErrorCode> {
  const memberId = salonPolicies.registeringMember(ctx.actor);
  if (memberId) return ok(memberId);
  if (ctx.actor.kind === "member-scoped" && ctx.actor.role === "DELEGATE") return fail(salonErrors.error("MEMBERS_ONLY", EVENT_FIELD));
  throw forbidden();
}

export const circleEventsService = {
  /** SVC-4 (art. 4.8): the desk publishes a « Vie de Cercle » event. */
  async publish(ctx: Context, input: PublishCircleEventInput): Promise<Result<CircleEvent, SalonErrorCode>> {
    if (!salonPolicies.isDesk(ctx.actor)) throw forbidden();
    const errors: DomainError<SalonErrorCode>[] = [];
    const title = text(input.title, EVENT_TITLE_MAX, ["input", "title"], errors, true);
    const description = text(input.description, EVENT_DESCRIPTION_MAX, ["input", "description"], errors, true);
    const place = text(input.place, EVENT_PLACE_MAX, ["input", "place"], errors, true);
    if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > EVENT_CAPACITY_MAX) {
      errors.push(salonErrors.error("INVALID_CAPACITY", ["input", "capacity"], { max: EVENT_CAPACITY_MAX }));
    }
    const now = ctx.clock.now();
    if (input.startsAt <= now) errors.push(salonErrors.error("EVENT_IN_PAST", ["input", "startsAt"]));
    else if (input.startsAt.getTime() - now.getTime() > EVENT_HORIZON_DAYS * 86_400_000) {
      errors.push(salonErrors.error("EVENT_TOO_FAR", ["input", "startsAt"], { days: EVENT_HORIZON_DAYS }));
    }
    if (errors.length) return fail(...errors);

    return runCommand(ctx, { operation: "publishCircleEvent" }, async ({ tx, audit }) => {
      const row = await repo.insertEvent(tx, {
        title: title!,
        description: description!,
        place: place!,
        startsAt: input.startsAt,
        capacity: input.capacity,
        publishedAt: now,
        publishedBy: actorId(ctx),
      });
      await audit({ onBehalfOfMemberId: null, targetIds: [row.id], details: { startsAt: row.startsAt, capacity: row.capacity } });
      return ok(toEvent(row));
    });
  },

  /** Events not started yet, soonest first: members and the desk. */
  async upcoming(ctx: Context, args: { first: number; after: string | null }): Promise<ConnectionShape<CircleEvent>> {
    if (!salonPolicies.readEvents(ctx.actor)) throw forbidden();
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    const rows = await repo.upcoming(ctx.db, { now: ctx.clock.now(), after, limit: first + 1 });
    return toConnection(rows, first, toEvent, (r) => encodeCursor([r.startsAt.toISOString(), r.id]));
  },

  /** SVC-4: an active member registers, within the event's capacity (held by a lock on the event, after the member's). */
  async register(ctx: Context, input: CircleEventRegistrationInput): Promise<RegistrationResult> {
    const registering = registeringMember(ctx);
    if (!registering.ok) return registering;
    const eventId = idOfType(input.eventId, "CircleEvent");
    if (!eventId) return fail(salonErrors.error("EVENT_NOT_FOUND", EVENT_FIELD));
    const now = ctx.clock.now();
    const options = {
      operation: "registerForCircleEvent",
      errors: salonErrors,
      member: { id: registering.value },
      requires: SALON_PREREQUISITES,
      field: EVENT_FIELD,
      onDatabaseError: alreadyRegistered,
    };
    return memberCommand(ctx, options, async ({ tx, member, audit }) => {
      const event = await repo.lockEvent(tx, eventId);
      if (!event) return fail(salonErrors.error("EVENT_NOT_FOUND", EVENT_FIELD));
      if (event.startsAt <= now) return fail(salonErrors.error("EVENT_STARTED", EVENT_FIELD));
      if (await repo.liveRegistration(tx, eventId, member.id)) return fail(salonErrors.error("ALREADY_REGISTERED", EVENT_FIELD));
      if ((await repo.countLive(tx, eventId)) >= event.capacity) return fail(salonErrors.error("EVENT_FULL", EVENT_FIELD));
      const row = await repo.insertRegistration(tx, { eventId, memberId: member.id, registeredAt: now });
      await audit({ targetIds: [eventId, row.id] });
      return ok({ registration: toRegistration(row), event: toEvent(event) });
    });
  },

  /** SVC-4: the member unregisters before the event starts; the place is freed. */
  async unregister(ctx: Context, input: CircleEventRegistrationInput): Promise<RegistrationResult> {
    const registering = registeringMember(ctx);
    if (!registering.ok) return registering;
    const eventId = idOfType(input.eventId, "CircleEvent");
    if (!eventId) return fail(salonErrors.error("EVENT_NOT_FOUND", EVENT_FIELD));
    const now = ctx.clock.now();
    return memberCommand(ctx, { operation: "unregisterFromCircleEvent", errors: salonErrors, member: { id: registering.value } }, async ({ tx, member, audit }) => {
      const event = await repo.lockEvent(tx, eventId);
      if (!event) return fail(salonErrors.error("EVENT_NOT_FOUND", EVENT_FIELD));
      const live = await repo.liveRegistration(tx, eventId, member.id);
      if (!live) return fail(salonErrors.error("NOT_REGISTERED", EVENT_FIELD));
      if (event.startsAt <= now) return fail(salonErrors.error("EVENT_STARTED", EVENT_FIELD));
      const row = await repo.cancelRegistration(tx, live.id, now);
      await audit({ targetIds: [eventId, row.id] });
      return ok({ registration: toRegistration(row), event: toEvent(event) });
    });
  },

  /** Places taken, for the event's counters (batched across a page of events). */
  async registeredCount(ctx: Context, eventId: string): Promise<number> {
    return (await ctx.loaders.salon.liveCountByEventId.load(eventId))?.n ?? 0;
  },

  /** The caller's member's live registration to the event (member or delegate); null for the desk. */
  async viewerRegistration(ctx: Context, eventId: string): Promise<CircleEventRegistration | null> {
    const memberId = ownMemberId(ctx.actor);
    if (!memberId) return null;
    const row = await ctx.loaders.salon.liveRegistrationOfMember(memberId).load(eventId);
    return row && toRegistration(row);
  },

  async event(ctx: Context, eventId: string): Promise<CircleEvent> {
    const row = await ctx.loaders.salon.eventById.load(eventId);
    if (!row) throw new Error(`circle event ${eventId} is missing`);
    return toEvent(row);
  },

  /** Member.eventRegistrations: live registrations to events not started yet, soonest event first. */
  async upcomingFor(ctx: Context, memberId: string): Promise<CircleEventRegistration[]> {
    if (!salonPolicies.actForMember(ctx.actor, memberId)) return [];
    const rows = await ctx.loaders.salon.upcomingRegistrationsByMemberId(ctx.clock.now()).load(memberId);
    return rows.map(toRegistration);
  },

  async eventNode(ctx: Context, id: string): Promise<CircleEvent | null> {
    if (!salonPolicies.readEvents(ctx.actor)) return null;
    const row = await ctx.loaders.salon.eventById.load(id);
    return row && toEvent(row);
  },

  async registrationNode(ctx: Context, id: string): Promise<CircleEventRegistration | null> {
    const row = await ctx.loaders.salon.registrationById.load(id);
    return row && salonPolicies.actForMember(ctx.actor, row.memberId) ? toRegistration(row) : null;
  },
};
