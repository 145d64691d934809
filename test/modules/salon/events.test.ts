import { describe, expect, it, beforeAll } from "vitest";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql, type ConnectionShape, type GqlResult } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aDelegate, aMember, actors, anOption } from "../../support/factories.js";
import {
  PUBLISH,
  REGISTER,
  STAFF_REFUSED,
  UNREGISTER,
  aRegistration,
  aSalonCast,
  anEvent,
  anOptionHolder,
  clock,
  eventGid,
  expectShieldRefusal,
  expectUserErrors,
  salonState,
} from "./salon.support.js";

const at = (iso: string) => new Date(iso);
const publishInput = (input: Record<string, unknown> = {}) => ({
  variables: {
    input: { title: "Dîner du Cercle", description: "Un dîner entre membres.", place: "Hôtel de Crillon, Paris 8e", startsAt: "2026-12-15T19:00:00Z", capacity: 40, ...input },
  },
  clock: clock(),
});
const onEvent = (eventId: string) => ({ variables: { input: { eventId } }, clock: clock() });

describe("« Vie de Cercle » events", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aSalonCast>>;
  beforeAll(async () => {
    cast = await aSalonCast(db.current);
  });

  describe("SVC-4 publication by the desk", () => {
    it("SVC-4: the desk publishes an event (title, description, place, start, capacity); audited", async () => {
      const res = await gql(db.current, cast.as.DESK_AGENT, PUBLISH, publishInput());
      expect(res.data!.publishCircleEvent).toEqual({
        userErrors: [],
        event: {
          id: expect.any(String),
          title: "Dîner du Cercle",
          description: "Un dîner entre membres.",
          place: "Hôtel de Crillon, Paris 8e",
          startsAt: "2026-12-15T19:00:00.000Z",
          capacity: 40,
          registeredCount: 0,
          remainingPlaces: 40,
        },
      });
      expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ operation: "publishCircleEvent", actorRole: "DESK_AGENT", onBehalfOfMemberId: null }]);
    });

    it("SVC-4: an event in the past or too far ahead, empty or over-long texts, a bad capacity are refused together; nothing is written", async () => {
      const errors = await expectUserErrors(
        db.current,
        () => gql(db.current, cast.as.DESK_AGENT, PUBLISH, publishInput({ title: " ", description: "d".repeat(5001), place: "", capacity: 0, startsAt: "2026-11-25T19:00:00Z" })),
        "publishCircleEvent",
      );
      expect(errors).toEqual([
        ["INVALID_TEXT", null],
        ["INVALID_TEXT", null],
        ["INVALID_TEXT", null],
        ["INVALID_CAPACITY", null],
        ["EVENT_IN_PAST", "SVC-4"],
      ]);
      const far = await expectUserErrors(
        db.current,
        () => gql(db.current, cast.as.DESK_AGENT, PUBLISH, publishInput({ startsAt: "2999-12-31T19:00:00Z", capacity: 2147483647, title: "t".repeat(100_000) })),
        "publishCircleEvent",
      );
      expect(far).toEqual([
        ["INVALID_TEXT", null],
        ["INVALID_CAPACITY", null],
        ["EVENT_TOO_FAR", "SVC-4"],
      ]);
    });

    it.each(["anonymous", "member", "delegate", ...STAFF_REFUSED] as const)("AUT-1: %s cannot publish an event; nothing is written", async (who) => {
      await expectShieldRefusal(db.current, () => gql(db.current, cast.as[who], PUBLISH, publishInput()), who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
    });
  });

  describe("SVC-4 registration, members only", () => {
    it("SVC-4: an active member registers and unregisters; places are counted; each change is audited; re-registering works", async () => {
      const m = await anOptionHolder(db.current);
      const event = await anEvent(db.current, { capacity: 3 });
      const res = await gql(db.current, actors.member(m), REGISTER, onEvent(eventGid(event)));
      expect(res.data!.registerForCircleEvent).toMatchObject({
        userErrors: [],
        registration: { registeredAt: "2026-11-26T10:00:00.000Z", cancelledAt: null, event: { id: eventGid(event) } },
        event: { registeredCount: 1, remainingPlaces: 2 },
      });
      expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ operation: "registerForCircleEvent", actorRole: "MEMBER", onBehalfOfMemberId: m.id }]);
      const out = await gql(db.current, actors.member(m), UNREGISTER, onEvent(eventGid(event)));
      expect(out.data!.unregisterFromCircleEvent).toMatchObject({
        userErrors: [],
        registration: { cancelledAt: "2026-11-26T10:00:00.000Z" },
        event: { registeredCount: 0, remainingPlaces: 3 },
      });
      expect(await auditRowsOf(db.current, out.requestId)).toMatchObject([{ operation: "unregisterFromCircleEvent", onBehalfOfMemberId: m.id }]);
      const again = await gql(db.current, actors.member(m), REGISTER, onEvent(eventGid(event)));
      expect(again.data!.registerForCircleEvent.userErrors).toEqual([]);
    });

    it("SVC-4: members only: the delegate cannot register or unregister for the member (userError); nothing is written", async () => {
      const event = await anEvent(db.current);
      await aRegistration(db.current, event.id, cast.member.id);
      for (const mutation of [REGISTER, UNREGISTER]) {
        const field = mutation === REGISTER ? "registerForCircleEvent" : "unregisterFromCircleEvent";
        const errors = await expectUserErrors(db.current, () => gql(db.current, cast.as.delegate, mutation, onEvent(eventGid(event))), field);
        expect(errors).toEqual([["MEMBERS_ONLY", "SVC-4"]]);
      }
    });

    it("SVC-4: members only: a terminated member, or one without the option in force, cannot register", async () => {
      const event = await anEvent(db.current);
      const terminated = await aMember(db.current, { status: "TERMINATED" });
      await anOption(db.current, terminated.id);
      const noOption = await aMember(db.current);
      for (const [m, code] of [
        [terminated, "MEMBERSHIP_NOT_ACTIVE"],
        [noOption, "OPTION_NOT_IN_FORCE"],
      ] as const) {
        const errors = await expectUserErrors(db.current, () => gql(db.current, actors.member(m), REGISTER, onEvent(eventGid(event))), "registerForCircleEvent");
        expect(errors).toEqual([[code, "SVC-4"]]);
      }
    });

    it("SVC-4: a full event, an event already started, a double registration, an unknown event are refused; nothing is written", async () => {
      const m = await anOptionHolder(db.current);
      const full = await anEvent(db.current, { capacity: 1 });
      await aRegistration(db.current, full.id, cast.other.id);
      const started = await anEvent(db.current, { startsAt: at("2026-11-26T09:00:00Z") });
      const mine = await anEvent(db.current);
      await aRegistration(db.current, mine.id, m.id);
      const cases = [
        [eventGid(full), "EVENT_FULL", "SVC-4"],
        [eventGid(started), "EVENT_STARTED", "SVC-4"],
        [eventGid(mine), "ALREADY_REGISTERED", "SVC-4"],
        [toGlobalId("CircleEvent", "00000000-0000-4000-8000-000000000000"), "EVENT_NOT_FOUND", "SVC-4"],
        ["garbage!!", "EVENT_NOT_FOUND", "SVC-4"],
      ] as const;
      for (const [id, code, rule] of cases) {
        const errors = await expectUserErrors(db.current, () => gql(db.current, actors.member(m), REGISTER, onEvent(id)), "registerForCircleEvent");
        expect(errors).toEqual([[code, rule]]);
      }
    });

    it("SVC-4: unregistering when not registered, or after the start, is refused; nothing is written", async () => {
      const m = await anOptionHolder(db.current);
      const event = await anEvent(db.current);
      const started = await anEvent(db.current, { startsAt: at("2026-11-26T09:00:00Z") });
      await aRegistration(db.current, started.id, m.id);
      expect(await expectUserErrors(db.current, () => gql(db.current, actors.member(m), UNREGISTER, onEvent(eventGid(event))), "unregisterFromCircleEvent")).toEqual([
        ["NOT_REGISTERED", "SVC-4"],
      ]);
      expect(await expectUserErrors(db.current, () => gql(db.current, actors.member(m), UNREGISTER, onEvent(eventGid(started))), "unregisterFromCircleEvent")).toEqual([
        ["EVENT_STARTED", "SVC-4"],
      ]);
    });

    it.each(["anonymous", "DESK_AGENT", ...STAFF_REFUSED] as const)("SVC-4: %s cannot register or unregister (members only); nothing is written", async (who) => {
      const event = await anEvent(db.current);
      for (const mutation of [REGISTER, UNREGISTER]) {
        await expectShieldRefusal(db.current, () => gql(db.current, cast.as[who], mutation, onEvent(eventGid(event))), who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
      }
    });
  });

  describe("SVC-4 reading events", () => {
    const UPCOMING = `query($first: Int!, $after: String) { upcomingEvents(first: $first, after: $after) {
      edges { cursor node { id title startsAt capacity registeredCount remainingPlaces viewerRegistration { id } } } pageInfo { hasNextPage endCursor } } }`;

    it("SVC-4: members, delegates and the desk list upcoming events soonest first, paged; past events are left out", async () => {
      const before = await salonState(db.current);
      const ids = [] as string[];
      for (const day of [20, 18, 19]) ids.push(eventGid(await anEvent(db.current, { title: `Day ${day}`, startsAt: at(`2027-03-${day}T19:00:00Z`) })));
      await anEvent(db.current, { title: "Past", startsAt: at("2026-11-01T19:00:00Z") });
      for (const who of ["member", "delegate", "DESK_AGENT"] as const) {
        const all: string[] = [];
        let after: string | null = null;
        for (;;) {
          const res: GqlResult<{ upcomingEvents: ConnectionShape<{ title: string }> }> = await gql(db.current, cast.as[who], UPCOMING, {
            variables: { first: 2, after },
            clock: clock(),
          });
          expect(res.errors).toBeUndefined();
          const page = res.data!.upcomingEvents;
          all.push(...page.edges.map((e) => e.node.title));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(all).not.toContain("Past");
        const march = all.filter((t) => t.startsWith("Day"));
        expect(march).toEqual(["Day 18", "Day 19", "Day 20"]);
      }
      expect((await salonState(db.current)).events.length).toBe(before.events.length + 4);
    });

    it("SVC-4: viewerRegistration shows the member's (and their delegate's view of the member's) registration; null for the desk", async () => {
      const event = await anEvent(db.current, { title: "Viewer", startsAt: at("2027-04-01T19:00:00Z") });
      await aRegistration(db.current, event.id, cast.member.id);
      const Q = `query($id: ID!) { node(id: $id) { ... on CircleEvent { title registeredCount viewerRegistration { id } } } }`;
      for (const [who, registered] of [
        ["member", true],
        ["delegate", true],
        ["otherMember", false],
        ["DESK_AGENT", false],
      ] as const) {
        const res = await gql(db.current, cast.as[who], Q, { variables: { id: eventGid(event) }, clock: clock() });
        expect(res.data!.node).toMatchObject({ title: "Viewer", registeredCount: 1 });
        expect(res.data!.node.viewerRegistration !== null).toBe(registered);
      }
    });

    it.each(["anonymous", ...STAFF_REFUSED] as const)("AUT-1: %s cannot list events", async (who) => {
      const res = await gql(db.current, cast.as[who], UPCOMING, { variables: { first: 5 } });
      expect(res.data).toBeNull();
      expect(res.errors![0]!.extensions!.code).toBe(who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
    });

    it("SVC-4: a page size outside 1..100 and a forged cursor are bad input, not a 500", async () => {
      for (const variables of [
        { first: 0 },
        { first: 101 },
        { first: 5, after: "bm9wZQ" },
        { first: 5, after: Buffer.from(JSON.stringify(["2026-13-45", "x"])).toString("base64url") },
      ]) {
        const res = await gql(db.current, cast.as.member, UPCOMING, { variables });
        expect(res.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
      }
    });

    it("SVC-4: Member.eventRegistrations lists live registrations to upcoming events, for the member, the delegate and the desk", async () => {
      const m = await anOptionHolder(db.current);
      const d = await aDelegate(db.current, m.id);
      const soon = await anEvent(db.current, { title: "Soon", startsAt: at("2026-12-02T19:00:00Z") });
      const later = await anEvent(db.current, { title: "Later", startsAt: at("2027-01-02T19:00:00Z") });
      const past = await anEvent(db.current, { title: "Past", startsAt: at("2026-11-02T19:00:00Z") });
      const left = await anEvent(db.current, { title: "Left", startsAt: at("2026-12-03T19:00:00Z") });
      await aRegistration(db.current, later.id, m.id);
      await aRegistration(db.current, soon.id, m.id);
      await aRegistration(db.current, past.id, m.id, { registeredAt: at("2026-10-01T10:00:00Z") });
      await aRegistration(db.current, left.id, m.id, { cancelledAt: at("2026-11-21T10:00:00Z") });
      const Q = `query($id: ID!) { node(id: $id) { ... on Member { eventRegistrations { event { title } } } } }`;
      for (const actor of [actors.member(m), actors.delegate(d), cast.as.DESK_AGENT]) {
        const res = await gql(db.current, actor, Q, { variables: { id: toGlobalId("Member", m.id) }, clock: clock() });
        expect(res.data!.node.eventRegistrations.map((r: { event: { title: string } }) => r.event.title)).toEqual(["Soon", "Later"]);
      }
      for (const actor of [cast.as.otherMember, cast.as.COACH, cast.as.payer]) {
        const res = await gql(db.current, actor, Q, { variables: { id: toGlobalId("Member", m.id) }, clock: clock() });
        expect(res.data?.node ?? null).toBeNull();
      }
    });
  });
});
