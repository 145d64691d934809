import { beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aDelegate, aMember, actors, anOption } from "../../support/factories.js";
import { STAFF_REFUSED, aRegistration, aSalonCast, anAppointment, anEvent, appointmentGid, clock, eventGid } from "./salon.support.js";

const at = (iso: string) => new Date(iso);
const AGENDA = `query($first: Int!, $after: String, $from: DateTimeISO, $to: DateTimeISO, $includeCancelled: Boolean) {
  salonAppointments(first: $first, after: $after, from: $from, to: $to, includeCancelled: $includeCancelled) {
    edges { node { id startsAt status member { lastName } salon { street } } } pageInfo { hasNextPage endCursor } } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename id } }`;

describe("Salon reads", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aSalonCast>>;
  beforeAll(async () => {
    cast = await aSalonCast(db.current);
  });

  it("SVC-4: the salon is fixed data: Boutique Orange Opéra, 10 rue Halévy, 75009 Paris, for members, delegates and the desk", async () => {
    const Q = `{ salon { name street postalCode city capacity minDurationMinutes maxDurationMinutes bookingHorizonMonths maxUpcomingAppointmentsPerMember } }`;
    for (const who of ["member", "delegate", "DESK_AGENT"] as const) {
      const res = await gql(db.current, cast.as[who], Q);
      expect(res.data!.salon).toEqual({
        name: "Salon particulier du Cercle Parnasse — Boutique Orange Opéra",
        street: "10 rue Halévy",
        postalCode: "75009",
        city: "Paris",
        capacity: 1,
        minDurationMinutes: 30,
        maxDurationMinutes: 120,
        bookingHorizonMonths: 3,
        maxUpcomingAppointmentsPerMember: 3,
      });
    }
    for (const who of ["anonymous", ...STAFF_REFUSED] as const) {
      const res = await gql(db.current, cast.as[who], Q);
      expect(res.data).toBeNull();
    }
  });

  it("SVC-4: Member.salonAppointments lists booked appointments not ended yet, soonest first, for the member, the delegate and the desk", async () => {
    const m = await aMember(db.current, { lastName: "Agenda" });
    await anOption(db.current, m.id);
    const d = await aDelegate(db.current, m.id);
    await anAppointment(db.current, m.id, { startsAt: at("2026-12-10T13:00:00Z"), endsAt: at("2026-12-10T14:00:00Z") });
    await anAppointment(db.current, m.id, { startsAt: at("2026-12-09T13:00:00Z"), endsAt: at("2026-12-09T13:30:00Z") });
    await anAppointment(db.current, m.id, { startsAt: at("2026-11-25T13:00:00Z"), endsAt: at("2026-11-25T14:00:00Z") });
    await anAppointment(db.current, m.id, {
      startsAt: at("2026-12-11T13:00:00Z"),
      endsAt: at("2026-12-11T14:00:00Z"),
      status: "CANCELLED",
      cancelledAt: at("2026-11-24T10:00:00Z"),
      cancelledByRole: "MEMBER",
      cancelledById: m.id,
    });
    const Q = `query($id: ID!) { node(id: $id) { ... on Member { salonAppointments { startsAt durationMinutes salon { city } } } } }`;
    for (const actor of [actors.member(m), actors.delegate(d), cast.as.DESK_AGENT]) {
      const res = await gql(db.current, actor, Q, { variables: { id: toGlobalId("Member", m.id) }, clock: clock() });
      expect(res.data!.node.salonAppointments).toEqual([
        { startsAt: "2026-12-09T13:00:00.000Z", durationMinutes: 30, salon: { city: "Paris" } },
        { startsAt: "2026-12-10T13:00:00.000Z", durationMinutes: 60, salon: { city: "Paris" } },
      ]);
    }
    for (const actor of [cast.as.otherMember, cast.as.payer, cast.as.COACH, cast.as.CONCIERGE_PARTNER, cast.as.PRIVACY_OFFICER]) {
      const res = await gql(db.current, actor, Q, { variables: { id: toGlobalId("Member", m.id) }, clock: clock() });
      expect(res.data?.node ?? null).toBeNull();
    }
  });

  it("SVC-4: the desk lists the salon's agenda from a date, paged, with cancelled ones on request", async () => {
    const m = await aMember(db.current, { lastName: "Desk" });
    for (const day of ["14", "15", "16"]) await anAppointment(db.current, m.id, { startsAt: at(`2027-02-${day}T13:00:00Z`), endsAt: at(`2027-02-${day}T14:00:00Z`) });
    await anAppointment(db.current, m.id, {
      startsAt: at("2027-02-17T13:00:00Z"),
      endsAt: at("2027-02-17T14:00:00Z"),
      status: "CANCELLED",
      cancelledAt: at("2026-11-24T10:00:00Z"),
      cancelledByRole: "DESK_AGENT",
      cancelledById: cast.staff.DESK_AGENT.id,
    });
    const vars = { from: "2027-02-14T00:00:00Z", to: "2027-02-18T00:00:00Z" };
    const first = await gql(db.current, cast.as.DESK_AGENT, AGENDA, { variables: { first: 2, ...vars }, clock: clock() });
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.salonAppointments;
    expect(page1.edges.map((e: any) => e.node.startsAt)).toEqual(["2027-02-14T13:00:00.000Z", "2027-02-15T13:00:00.000Z"]);
    expect(page1.edges[0].node).toMatchObject({ status: "BOOKED", member: { lastName: "Desk" }, salon: { street: "10 rue Halévy" } });
    const second = await gql(db.current, cast.as.DESK_AGENT, AGENDA, { variables: { first: 2, after: page1.pageInfo.endCursor, ...vars }, clock: clock() });
    expect(second.data!.salonAppointments.edges.map((e: any) => e.node.startsAt)).toEqual(["2027-02-16T13:00:00.000Z"]);
    expect(second.data!.salonAppointments.pageInfo.hasNextPage).toBe(false);
    const all = await gql(db.current, cast.as.DESK_AGENT, AGENDA, { variables: { first: 10, includeCancelled: true, ...vars }, clock: clock() });
    expect(all.data!.salonAppointments.edges.map((e: any) => e.node.status)).toEqual(["BOOKED", "BOOKED", "BOOKED", "CANCELLED"]);
    const forged = await gql(db.current, cast.as.DESK_AGENT, AGENDA, { variables: { first: 2, after: "W1wiXCJd" } });
    expect(forged.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });

  it.each(["anonymous", "member", "delegate", ...STAFF_REFUSED] as const)("AUT-3: %s cannot list the salon's agenda", async (who) => {
    const res = await gql(db.current, cast.as[who], AGENDA, { variables: { first: 5 } });
    expect(res.data).toBeNull();
    expect(res.errors![0]!.extensions!.code).toBe(who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
  });

  it("AUT-2: node(id:) resolves an appointment and a registration for the member, the delegate and the desk only; an event for members, delegates and the desk", async () => {
    const appointment = await anAppointment(db.current, cast.member.id, { startsAt: at("2027-02-20T13:00:00Z"), endsAt: at("2027-02-20T14:00:00Z") });
    const event = await anEvent(db.current);
    const registration = await aRegistration(db.current, event.id, cast.member.id);
    const typename = async (who: keyof typeof cast.as, id: string) => (await gql(db.current, cast.as[who], NODE, { variables: { id } })).data?.node?.__typename ?? null;
    const ids = { a: appointmentGid(appointment), r: toGlobalId("CircleEventRegistration", registration.id), e: eventGid(event) };
    for (const who of ["member", "delegate", "DESK_AGENT"] as const) {
      expect(await typename(who, ids.a)).toBe("SalonAppointment");
      expect(await typename(who, ids.r)).toBe("CircleEventRegistration");
      expect(await typename(who, ids.e)).toBe("CircleEvent");
    }
    for (const who of ["otherMember", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const) {
      expect(await typename(who, ids.a)).toBeNull();
      expect(await typename(who, ids.r)).toBeNull();
    }
    expect(await typename("otherMember", ids.e)).toBe("CircleEvent");
    for (const who of ["payer", "COACH", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const) expect(await typename(who, ids.e)).toBeNull();
  });
});

describe("Salon and events on dashboards: statements do not grow with the page size", () => {
  const db = useTestDatabase();
  let desk: ReturnType<typeof actors.staff>;
  beforeAll(async () => {
    desk = (await aCast(db.current)).as.DESK_AGENT as ReturnType<typeof actors.staff>;
    const events = [];
    for (let e = 0; e < 3; e++) events.push(await anEvent(db.current, { startsAt: at(`2027-01-0${e + 4}T19:00:00Z`) }));
    for (let i = 0; i < 30; i++) {
      const m = await aMember(db.current, { lastName: `Salon${String(i).padStart(2, "0")}` });
      await anAppointment(db.current, m.id, {
        startsAt: at(`2027-01-${String((i % 20) + 4).padStart(2, "0")}T13:00:00Z`),
        endsAt: at(`2027-01-${String((i % 20) + 4).padStart(2, "0")}T14:00:00Z`),
      });
      for (const e of events) await aRegistration(db.current, e.id, m.id);
    }
  });

  const DASHBOARD = `query($first: Int!) { members(first: $first) { edges { node { lastName
    salonAppointments { startsAt salon { street } }
    eventRegistrations { registeredAt event { title registeredCount remainingPlaces viewerRegistration { id } } } } } } }`;

  async function statementsFor(first: number): Promise<number> {
    const before = db.current.statements.count;
    const res = await gql(db.current, desk, DASHBOARD, { variables: { first }, clock: clock() });
    expect(res.errors).toBeUndefined();
    expect(res.data!.members.edges).toHaveLength(first);
    return db.current.statements.count - before;
  }

  it("SVC-4: 5 and 30 members with their appointments and event registrations take the same number of statements", async () => {
    const five = await statementsFor(5);
    const thirty = await statementsFor(30);
    expect(thirty).toBe(five);
    // principal + page + appointments + salon + registrations + events + counts
    expect(five).toBeLessThanOrEqual(8);
  });

  it("SVC-4: a page of upcoming events with their counters and the viewer's registration takes a constant number of statements", async () => {
    const m = await aMember(db.current);
    await anOption(db.current, m.id);
    const Q = `query($first: Int!) { upcomingEvents(first: $first) { edges { node { title registeredCount remainingPlaces viewerRegistration { id } } } } }`;
    const count = async (first: number) => {
      const before = db.current.statements.count;
      const res = await gql(db.current, actors.member(m), Q, { variables: { first }, clock: clock() });
      expect(res.errors).toBeUndefined();
      return db.current.statements.count - before;
    };
    expect(await count(1)).toBe(await count(3));
  });
});
