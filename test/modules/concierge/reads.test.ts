import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, conciergePrivileges, conciergeStatusChanges } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql } from "../../support/api.js";
import { codeOutcomesOf, tally } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aCast, aMember, actors, anOption } from "../../support/factories.js";
import { CANCEL, PARTNER_UPDATE, SUBSCRIBE_PRIVILEGE, STAFF_REFUSED, aConciergeCast, aConciergeRequest, aPrivilege, requestGid } from "./concierge.support.js";

const MY_REQUESTS = `query($status: ConciergeStatus, $after: String) { me { member {
  conciergeRequests(first: 2, status: $status, after: $after) { edges { node { id status category { code } statusHistory { to } } } pageInfo { hasNextPage endCursor } }
  conciergePrivilege { id status } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on ConciergeRequest { content status } ... on ConciergePrivilege { privilegeStatus: status } } }`;

describe("reading concierge requests and the Privilège (CON-6)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aConciergeCast>>;
  let r1: { id: string }, r2: { id: string }, r3: { id: string }, privilege: { id: string };
  beforeAll(async () => {
    cast = await aConciergeCast(db.current);
    r1 = await aConciergeRequest(db.current, cast.member.id, { createdAt: new Date("2026-11-01T10:00:00Z") });
    r2 = await aConciergeRequest(db.current, cast.member.id, { createdAt: new Date("2026-11-02T10:00:00Z"), status: "ACCEPTED" });
    r3 = await aConciergeRequest(db.current, cast.member.id, { createdAt: new Date("2026-11-03T10:00:00Z") });
    await aConciergeRequest(db.current, cast.other.id);
    privilege = await aPrivilege(db.current, cast.member.id);
  });

  it.each(["member", "delegate"] as const)("CON-6: the %s sees the member's requests newest first, page by page, with their status history", async (who) => {
    const page1 = await gql(db.current, cast.as[who], MY_REQUESTS);
    expect(page1.errors).toBeUndefined();
    const conn = page1.data!.me.member.conciergeRequests;
    expect(conn.edges.map((e: any) => e.node.id)).toEqual([requestGid(r3), requestGid(r2)]);
    expect(conn.edges[0].node).toMatchObject({ category: { code: "RESTAURANT" }, statusHistory: [{ to: "SUBMITTED" }] });
    const page2 = await gql(db.current, cast.as[who], MY_REQUESTS, { variables: { after: conn.pageInfo.endCursor } });
    expect(page2.data!.me.member.conciergeRequests.edges.map((e: any) => e.node.id)).toEqual([requestGid(r1)]);
    expect(page2.data!.me.member.conciergeRequests.pageInfo.hasNextPage).toBe(false);
    const accepted = await gql(db.current, cast.as[who], MY_REQUESTS, { variables: { status: "ACCEPTED" } });
    expect(accepted.data!.me.member.conciergeRequests.edges.map((e: any) => e.node.id)).toEqual([requestGid(r2)]);
    expect(page1.data!.me.member.conciergePrivilege).toEqual({ id: toGlobalId("ConciergePrivilege", privilege.id), status: "ACTIVE" });
  });

  it("CON-6: the desk reads any member's requests and Privilège through node(id:)", async () => {
    const res = await gql(
      db.current,
      cast.as.DESK_AGENT,
      `query($id: ID!) { node(id: $id) { ... on Member { conciergeRequests(first: 5) { edges { node { id } } } conciergePrivilege { status } } } }`,
      {
        variables: { id: cast.memberGid },
      },
    );
    expect(res.data!.node.conciergeRequests.edges).toHaveLength(3);
    expect(res.data!.node.conciergePrivilege.status).toBe("ACTIVE");
  });

  it.each(["member", "delegate", "DESK_AGENT"] as const)("CON-6: the %s fetches a request and the Privilège by global id", async (who) => {
    const res = await gql(db.current, cast.as[who], NODE, { variables: { id: requestGid(r1) } });
    expect(res.data!.node).toMatchObject({ __typename: "ConciergeRequest", id: requestGid(r1), status: "SUBMITTED" });
    const p = await gql(db.current, cast.as[who], NODE, { variables: { id: toGlobalId("ConciergePrivilege", privilege.id) } });
    expect(p.data!.node).toMatchObject({ __typename: "ConciergePrivilege", privilegeStatus: "ACTIVE" });
  });

  it.each(["otherMember", ...STAFF_REFUSED, "CONCIERGE_PARTNER"] as const)("AUT-2: %s cannot fetch the member's request or Privilège", async (who) => {
    for (const id of [requestGid(r1), toGlobalId("ConciergePrivilege", privilege.id)]) {
      const res = await gql(db.current, cast.as[who], NODE, { variables: { id } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toBeNull();
    }
  });

  it("AUT-1: an anonymous caller cannot fetch a request", async () => {
    expect(errorCodes(await gql(db.current, null, NODE, { variables: { id: requestGid(r1) } }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("CON-6: page size outside 1..100 and a malformed cursor are client errors", async () => {
    for (const q of [
      `{ me { member { conciergeRequests(first: 0) { edges { cursor } } } } }`,
      `{ me { member { conciergeRequests(first: 1, after: "x") { edges { cursor } } } } }`,
    ]) {
      expect(errorCodes(await gql(db.current, cast.as.member, q))).toEqual(["BAD_USER_INPUT"]);
    }
  });
});

const DASHBOARD = `query($first: Int!) { members(first: $first, search: "Dash") { edges { node {
  id conciergeRequests(first: 3) { edges { node { id status category { label } statusHistory { to at byRole } } } }
  conciergePrivilege { status monthlyPriceTtcCents }
  proServiceRequests { id status quoteRequest { id status } }
  proBricks { id status address { id } } } } } }`;

describe("member dashboards with concierge requests and Univers Pro: statements do not grow with the page size", () => {
  const db = useTestDatabase();
  let desk: ReturnType<typeof actors.staff>;
  beforeAll(async () => {
    desk = (await aCast(db.current)).as.DESK_AGENT as ReturnType<typeof actors.staff>;
    for (let i = 0; i < 50; i++) {
      const m = await aMember(db.current, { lastName: `Dash${String(i).padStart(2, "0")}`, siren: "732829320", companyName: "Dash SAS" });
      await anOption(db.current, m.id);
      for (let j = 0; j < 4; j++) await aConciergeRequest(db.current, m.id, { createdAt: new Date(Date.UTC(2026, 10, 1 + j, 10)) });
      if (i % 2 === 0) await aPrivilege(db.current, m.id);
    }
  });

  async function statementsFor(first: number): Promise<number> {
    const before = db.current.statements.count;
    const res = await gql(db.current, desk, DASHBOARD, { variables: { first } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.members.edges).toHaveLength(first);
    expect(res.data!.members.edges[0].node.conciergeRequests.edges).toHaveLength(3);
    return db.current.statements.count - before;
  }

  it("CON-6: 5 and 50 members with their 3 latest requests, history, Privilège, Pro services and bricks take the same number of statements", async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
    // principal + page + requests + categories + histories + privileges + pro services + pro bricks
    // + the tariff table for the Privilège price (BIL-10: once per request)
    expect(five).toBeLessThanOrEqual(9);
  });

  it("CON-6: the member's own dashboard (me) takes a constant number of statements", async () => {
    const m = await aMember(db.current, { lastName: "Solo" });
    await anOption(db.current, m.id);
    for (let j = 0; j < 10; j++) await aConciergeRequest(db.current, m.id);
    const before = db.current.statements.count;
    const res = await gql(
      db.current,
      actors.member(m),
      `{ me { member { conciergeRequests(first: 10) { edges { node { category { code } statusHistory { to } } } } conciergePrivilege { status } proBricks { id } proServiceRequests { id } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(db.current.statements.count - before).toBeLessThanOrEqual(7);
  });
});

describeOnPostgres("concierge under concurrent requests (PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });
  let cast: Awaited<ReturnType<typeof aConciergeCast>>;
  beforeAll(async () => {
    cast = await aConciergeCast(db.current);
  });

  it("CON-6: a member's cancellation racing the partner's booking: exactly one wins, the history stays consistent", async () => {
    for (let round = 0; round < 5; round++) {
      const request = await aConciergeRequest(db.current, cast.member.id, { status: "PROPOSED" });
      const results = await Promise.all([
        ...Array.from({ length: 15 }, () =>
          gql(db.current, cast.as.member, CANCEL, { variables: { input: { requestId: requestGid(request), reason: "Trop cher" } } }).then((r) => r.data!.cancelConciergeRequest),
        ),
        ...Array.from({ length: 15 }, () =>
          gql(db.current, cast.as.CONCIERGE_PARTNER, PARTNER_UPDATE, { variables: { input: { requestId: requestGid(request), status: "BOOKED" } } }).then(
            (r) => r.data!.updateConciergeRequestStatus,
          ),
        ),
      ]);
      expect(results.filter((p) => p.userErrors.length === 0)).toHaveLength(1);
      const history = await db.current.db.select().from(conciergeStatusChanges).where(eq(conciergeStatusChanges.requestId, request.id));
      expect(history).toHaveLength(2);
    }
  });

  it("CON-2: 30 concurrent Privilège subscriptions leave exactly one subscription", async () => {
    const m = await aMember(db.current);
    await anOption(db.current, m.id);
    const results = await Promise.all(Array.from({ length: 30 }, () => gql(db.current, actors.member(m), SUBSCRIBE_PRIVILEGE, { variables: { input: {} } })));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(tally(codeOutcomesOf(results, "subscribeConciergePrivilege"))).toEqual({ ok: 1, PRIVILEGE_ALREADY_SUBSCRIBED: 29 });
    expect(await db.current.db.select().from(conciergePrivileges).where(eq(conciergePrivileges.memberId, m.id))).toHaveLength(1);
  });

  it("CON-6: 30 concurrent ACCEPTED updates of one request: exactly one moves it, the others see an illegal transition", async () => {
    const request = await aConciergeRequest(db.current, cast.member.id);
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        gql(db.current, cast.as.CONCIERGE_PARTNER, PARTNER_UPDATE, { variables: { input: { requestId: requestGid(request), status: "ACCEPTED" } } }),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(tally(codeOutcomesOf(results, "updateConciergeRequestStatus"))).toEqual({ ok: 1, ILLEGAL_TRANSITION: 29 });
    const history = await db.current.db.select().from(conciergeStatusChanges).where(eq(conciergeStatusChanges.requestId, request.id));
    expect(history.map((h) => h.toStatus).sort()).toEqual(["ACCEPTED", "SUBMITTED"]);
    const audits = await db.current.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.operation, "updateConciergeRequestStatus"), eq(auditLog.onBehalfOfMemberId, cast.member.id)));
    expect(audits.filter((a) => (a.targetIds as string[]).includes(request.id))).toHaveLength(1);
  });
});
