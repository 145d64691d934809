import type { GraphQLResolveInfo } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { coachAssignments } from "../../../db/schema/index.js";
import type { Actor } from "../../../src/authz/actor.js";
import { DEMO_TARIFFS } from "../../../src/config.js";
import { buildContext } from "../../../src/modules/registry.js";
import { interventionsPermissions } from "../../../src/modules/interventions/interventions.permissions.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { errorCodes, gql, silentLog } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aLine, aMember, aStaffUser, actors, anAddress, anOption } from "../../support/factories.js";
import { INTERVENTION_FIELDS, OPTION_ACCEPTED_AT, YEAR_END, YEAR_START, aScene, anAssistanceRequest, anIntervention, gid } from "./support.js";

type Scene = Awaited<ReturnType<typeof aScene>>;

const ME = `query($first: Int!, $after: String) { me { member { id
  interventions(first: $first, after: $after) { edges { cursor node { id status kind } } pageInfo { hasNextPage endCursor } }
  quotas { interventions { used limit remaining contractYearStart contractYearEnd } } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Intervention { ${INTERVENTION_FIELDS} } ... on AssistanceRequest { topic remoteOutcome } } }`;
const STAFF_LIST = `query($first: Int!, $after: String) { interventions(first: $first, after: $after) {
  edges { node { id kind performerName site { commune } } } pageInfo { hasNextPage endCursor } } }`;

describe("reading interventions: Member.interventions, the staff list, node(id:), the quotas", () => {
  const db = useTestDatabase();
  let scene: Scene;
  let technicianVisits: { id: string }[];
  let coachVisit: { id: string };
  let otherMemberVisit: { id: string };
  let strangerTechnician: Awaited<ReturnType<typeof aStaffUser>>;
  beforeAll(async () => {
    scene = await aScene(db.current);
    technicianVisits = [];
    for (let day = 1; day <= 3; day++) {
      technicianVisits.push(await anIntervention(db.current, scene, { startsAt: new Date(`2026-12-0${day}T09:00:00Z`) }));
    }
    await anIntervention(db.current, scene, { startsAt: new Date("2026-12-07T09:00:00Z"), status: "CANCELLED", cancelledAt: new Date("2026-11-25T09:00:00Z") });
    coachVisit = await anIntervention(db.current, scene, { kind: "COACH_VISIT", performerId: scene.staff.COACH.id, startsAt: new Date("2026-12-08T09:00:00Z") });
    // Another member, served by another technician.
    strangerTechnician = await aStaffUser(db.current, "TECHNICIAN");
    const otherAddress = await anAddress(db.current, scene.other.id);
    const otherRequest = await anAssistanceRequest(db.current, scene.other.id);
    otherMemberVisit = await anIntervention(
      db.current,
      { ...scene, member: scene.other, address: otherAddress, request: otherRequest, staff: { ...scene.staff, TECHNICIAN: strangerTechnician } },
      { startsAt: new Date("2026-12-09T09:00:00Z") },
    );
  });

  it.each(["member", "delegate"] as const)("INT-3: the %s sees the member's interventions, most recent first, paged, and the quota used out of 15", async (who) => {
    const first = await gql(db.current, scene.as[who], ME, { variables: { first: 3 } });
    expect(first.errors).toBeUndefined();
    const member = first.data!.me.member;
    expect(member.interventions.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      [coachVisit.id, "cancelled", technicianVisits[2]!.id].map((id) => (id === "cancelled" ? expect.any(String) : gid.intervention({ id }))),
    );
    expect(member.interventions.pageInfo.hasNextPage).toBe(true);
    const rest = await gql(db.current, scene.as[who], ME, { variables: { first: 3, after: member.interventions.pageInfo.endCursor } });
    expect(rest.data!.me.member.interventions.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      gid.intervention(technicianVisits[1]!),
      gid.intervention(technicianVisits[0]!),
    ]);
    expect(rest.data!.me.member.interventions.pageInfo.hasNextPage).toBe(false);
    // The cancelled one does not count.
    expect(member.quotas.interventions).toEqual({ used: 4, limit: 15, remaining: 11, contractYearStart: YEAR_START, contractYearEnd: YEAR_END });
  });

  it("INT-3: without an option in force the interventions quota is null", async () => {
    const m = await aMember(db.current);
    const res = await gql(db.current, actors.member(m), ME, { variables: { first: 5 } });
    expect(res.data!.me.member).toMatchObject({ interventions: { edges: [] }, quotas: { interventions: null } });
  });

  it.each(["member", "delegate", "DESK_AGENT", "TECHNICIAN"] as const)("AUT-3: %s fetches a technician visit by global id, with its site and price", async (who) => {
    const res = await gql(db.current, scene.as[who], NODE, { variables: { id: gid.intervention(technicianVisits[0]!) } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toMatchObject({
      __typename: "Intervention",
      kind: "TECHNICIAN",
      site: { line1: "10 rue Halévy", postalCode: "75009", commune: "Paris" },
      price: { billable: false, totalCents: 0 },
      topic: "LIVEBOX",
      performerName: scene.staff.TECHNICIAN.displayName,
    });
  });

  it("AUT-3: the member's coach sees the coach visit, not the technician visits", async () => {
    const visit = await gql(db.current, scene.as.COACH, NODE, { variables: { id: gid.intervention(coachVisit) } });
    expect(visit.data!.node).toMatchObject({ __typename: "Intervention", kind: "COACH_VISIT" });
    const technician = await gql(db.current, scene.as.COACH, NODE, { variables: { id: gid.intervention(technicianVisits[0]!) } });
    expect(technician.data!.node).toBeNull();
  });

  it.each(["otherMember", "payer", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)("AUT-2: %s cannot fetch the member's intervention", async (who) => {
    for (const id of [gid.intervention(technicianVisits[0]!), gid.request(scene.request)]) {
      const res = await gql(db.current, scene.as[who], NODE, { variables: { id } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toBeNull();
    }
  });

  it("AUT-3: another technician cannot fetch it; an anonymous caller is refused", async () => {
    const res = await gql(db.current, actors.staff(strangerTechnician), NODE, { variables: { id: gid.intervention(technicianVisits[0]!) } });
    expect(res.data!.node).toBeNull();
    const anonymous = await gql(db.current, null, NODE, { variables: { id: gid.intervention(technicianVisits[0]!) } });
    expect(errorCodes(anonymous)).toEqual(["UNAUTHENTICATED"]);
  });

  it("INT-1: the member and the desk fetch an assistance request by global id", async () => {
    for (const who of ["member", "delegate", "DESK_AGENT"] as const) {
      const res = await gql(db.current, scene.as[who], NODE, { variables: { id: gid.request(scene.request) } });
      expect(res.data!.node).toEqual({ __typename: "AssistanceRequest", id: gid.request(scene.request), topic: "LIVEBOX", remoteOutcome: "FAILED" });
    }
  });

  it("AUT-3: the desk's staff list holds every intervention; a technician's only theirs; a coach's only the visits of members they coach", async () => {
    const ids = async (actor: Parameters<typeof gql>[1]) => {
      const res = await gql(db.current, actor, STAFF_LIST, { variables: { first: 100 } });
      expect(res.errors).toBeUndefined();
      return res.data!.interventions.edges.map((e: { node: { id: string } }) => e.node.id);
    };
    const desk = await ids(scene.as.DESK_AGENT);
    expect(desk).toEqual(expect.arrayContaining([gid.intervention(otherMemberVisit), gid.intervention(coachVisit), gid.intervention(technicianVisits[0]!)]));
    expect(desk[0]).toBe(gid.intervention(otherMemberVisit));
    expect(await ids(actors.staff(strangerTechnician))).toEqual([gid.intervention(otherMemberVisit)]);
    const own = await ids(scene.as.TECHNICIAN);
    expect(own).toHaveLength(4);
    expect(own).not.toContain(gid.intervention(otherMemberVisit));
    expect(await ids(scene.as.COACH)).toEqual([gid.intervention(coachVisit)]);
    expect(await ids(actors.staff(await aStaffUser(db.current, "COACH")))).toEqual([]);
  });

  it.each(["member", "delegate", "payer", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)("AUT-3: %s cannot use the staff list", async (who) => {
    const res = await gql(db.current, scene.as[who], STAFF_LIST, { variables: { first: 10 } });
    expect(res.data).toBeNull();
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
  });

  it("AUT-1: an anonymous caller cannot use the staff list; a page size outside 1..100 or a bad cursor is bad input", async () => {
    expect(errorCodes(await gql(db.current, null, STAFF_LIST, { variables: { first: 10 } }))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await gql(db.current, scene.as.DESK_AGENT, STAFF_LIST, { variables: { first: 101 } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await gql(db.current, scene.as.DESK_AGENT, STAFF_LIST, { variables: { first: 10, after: "nope" } }))).toEqual(["BAD_USER_INPUT"]);
    const forged = Buffer.from(JSON.stringify(["not a date", "x"])).toString("base64url");
    expect(errorCodes(await gql(db.current, scene.as.DESK_AGENT, STAFF_LIST, { variables: { first: 10, after: forged } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await gql(db.current, scene.as.member, ME, { variables: { first: 10, after: forged } }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("AUT-2: the object-level rule of Intervention reads the parent, not the request", async () => {
    const rule = interventionsPermissions.types.Intervention as { resolve: (...args: unknown[]) => Promise<unknown> };
    const ctxOf = (actor: Actor) => ({
      ...buildContext({ requestId: "rule-probe", actor, locale: "fr", clock: new ManualClock("2026-11-26T10:00:00Z"), tariffs: DEMO_TARIFFS, db: db.current.db, log: silentLog }),
      _shield: { cache: {} },
    });
    const info = {} as GraphQLResolveInfo;
    const own = { memberRawId: scene.member.id, performerRawId: scene.staff.TECHNICIAN.id, kind: "TECHNICIAN" };
    expect(await rule.resolve(own, {}, ctxOf(actors.member(scene.member)), info, {})).toBe(true);
    expect(await rule.resolve(own, {}, ctxOf(actors.member(scene.other)), info, {})).toBeInstanceOf(Error);
    expect(await rule.resolve({ ...own, memberRawId: scene.other.id }, {}, ctxOf(actors.member(scene.other)), info, {})).toBe(true);
    expect(await rule.resolve(own, {}, ctxOf(scene.as.TECHNICIAN), info, {})).toBe(true);
    expect(await rule.resolve(own, {}, ctxOf(actors.staff(strangerTechnician)), info, {})).toBeInstanceOf(Error);
  });
});

const DASHBOARD = `{ me { member { id
  addresses { id lines { id } }
  interventions(first: 5) { edges { node { id status startsAt site { commune } topic performerName price { totalCents } } } }
  quotas { extraSites { used } interventions { used limit } } } } }`;
const MEMBERS = `query($first: Int!) { members(first: $first, search: "Interv") { edges { node { id
  interventions(first: 3) { edges { node { id site { commune } topic performerName } } }
  quotas { interventions { used limit } } } } } }`;

describe("interventions reads: statements do not grow with the list size", () => {
  const db = useTestDatabase();
  let desk: ReturnType<typeof actors.staff>;
  let dashboardMember: { id: string };
  beforeAll(async () => {
    const cast = await aCast(db.current);
    desk = cast.as.DESK_AGENT;
    const technicians = [cast.staff.TECHNICIAN, await aStaffUser(db.current, "TECHNICIAN")];
    for (let i = 0; i < 50; i++) {
      const member = await aMember(db.current, { lastName: `Interv${String(i).padStart(2, "0")}` });
      const address = await anAddress(db.current, member.id);
      await aLine(db.current, address);
      await anOption(db.current, member.id, { acceptedAt: OPTION_ACCEPTED_AT });
      await db.current.db
        .insert(coachAssignments)
        .values({ memberId: member.id, coachId: cast.staff.COACH.id, assignedAt: OPTION_ACCEPTED_AT, assignedBy: cast.staff.DESK_AGENT.id });
      const request = await anAssistanceRequest(db.current, member.id, { topic: i % 2 ? "LIVEBOX" : "FIBER_BOX" });
      for (let k = 0; k < 4; k++) {
        await anIntervention(
          db.current,
          { member, address, request, staff: { ...cast.staff, TECHNICIAN: technicians[k % 2]! } },
          { startsAt: new Date(Date.parse("2026-12-01T09:00:00Z") + k * 86_400_000) },
        );
      }
      if (i === 0) dashboardMember = member;
    }
  });

  it("INT-3: the member's dashboard (addresses, lines, interventions, quotas) takes a fixed number of statements", async () => {
    const before = db.current.statements.count;
    const res = await gql(db.current, actors.member(dashboardMember), DASHBOARD);
    expect(res.errors).toBeUndefined();
    expect(res.data!.me.member.interventions.edges).toHaveLength(4);
    expect(res.data!.me.member.quotas.interventions).toEqual({ used: 4, limit: 15 });
    // principal, addresses, lines, interventions page, sites, requests, performers, option, interventions count
    expect(db.current.statements.count - before).toBeLessThanOrEqual(9);
  });

  it("INT-3: 5 and 50 members with their interventions, sites, topics, performers and quotas take the same number of statements", async () => {
    const statementsFor = async (first: number) => {
      const before = db.current.statements.count;
      const res = await gql(db.current, desk, MEMBERS, { variables: { first } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.members.edges).toHaveLength(first);
      expect(res.data!.members.edges[0].node.interventions.edges).toHaveLength(3);
      expect(res.data!.members.edges[0].node.quotas.interventions.used).toBe(4);
      return db.current.statements.count - before;
    };
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
  });

  it("INT-3: the staff list of 5 or 50 interventions takes the same number of statements", async () => {
    const statementsFor = async (first: number) => {
      const before = db.current.statements.count;
      const res = await gql(db.current, desk, STAFF_LIST, { variables: { first } });
      expect(res.data!.interventions.edges).toHaveLength(first);
      return db.current.statements.count - before;
    };
    expect(await statementsFor(50)).toBe(await statementsFor(5));
  });
});
