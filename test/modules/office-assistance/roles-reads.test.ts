import { beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/shared/clock.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aMember, actors, anAddress, anOption } from "../../support/factories.js";
import {
  BOOK,
  CONFIRM_BACKUP,
  CONSENT,
  REQUEST,
  STOP,
  aSession,
  aVisit,
  anOfficeCast,
  anOfficeRequest,
  expectShieldRefusal,
  expectUserErrors,
  requestGid,
  requestInput,
  sessionGid,
  visitGid,
} from "./office-assistance.support.js";

const NOW = "2026-11-26T10:00:00Z";
const input = (value: Record<string, unknown>) => ({ variables: { input: value }, clock: new ManualClock(NOW) });
const ALL = ["member", "delegate", "payer", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;
type Who = (typeof ALL)[number];

describe("office assistance: who may do what (BUR-1..4, AUT-2/3)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof anOfficeCast>>;
  let day = 0;
  beforeAll(async () => {
    cast = await anOfficeCast(db.current);
  });

  const CASES: [string, string, string, readonly Who[], () => Promise<Record<string, unknown>>][] = [
    ["BUR-1", "requestOfficeAssistance", REQUEST, ["member", "delegate", "DESK_AGENT"], async () => requestInput({ memberId: cast.memberGid })],
    [
      "BUR-4",
      "confirmOfficeAssistanceBackup",
      CONFIRM_BACKUP,
      ["member", "delegate", "DESK_AGENT"],
      async () => ({ requestId: requestGid(await anOfficeRequest(db.current, cast.member.id, { backup: false })) }),
    ],
    ["BUR-4", "consentToScreenSharing", CONSENT, ["member", "delegate"], async () => ({ requestId: requestGid(await anOfficeRequest(db.current, cast.member.id)) })],
    [
      "BUR-4",
      "stopScreenSharing",
      STOP,
      ["member", "delegate", "DESK_AGENT"],
      async () => ({ sessionId: sessionGid(await aSession(db.current, await anOfficeRequest(db.current, cast.member.id))) }),
    ],
    [
      "BUR-3",
      "bookOfficeAssistanceVisit",
      BOOK,
      ["DESK_AGENT"],
      async () => {
        // A fresh member each time: the included visit is free.
        const m = await aMember(db.current);
        await anOption(db.current, m.id);
        const address = await anAddress(db.current, m.id);
        const request = await anOfficeRequest(db.current, m.id);
        day = (day % 4) + 1;
        return { requestId: requestGid(request), addressId: toGlobalId("Address", address.id), startsAt: `2026-12-0${day}T09:00:00Z`, durationMinutes: 60 };
      },
    ],
  ];

  for (const [rule, field, query, allowed, makeInput] of CASES) {
    it.each(ALL.filter((r) => !allowed.includes(r)))(`${rule}: %s may not ${field}; nothing is written`, async (who) => {
      const value = await makeInput();
      await expectShieldRefusal(db.current, () => gql(db.current, cast.as[who], query, input(value)), [cast.member.id]);
    });
    it.each(allowed)(`${rule}: %s may ${field}`, async (who) => {
      const value = await makeInput();
      const { memberId: _drop, ...own } = value;
      const res = await gql(db.current, cast.as[who], query, input(who === "DESK_AGENT" ? value : own));
      expect(res.errors).toBeUndefined();
      expect(res.data![field].userErrors).toEqual([]);
    });
    it(`${rule}: an anonymous caller may not ${field}`, async () => {
      const value = await makeInput();
      await expectShieldRefusal(db.current, () => gql(db.current, null, query, input(value)), [cast.member.id], "UNAUTHENTICATED");
    });
  }

  it("AUT-2: another member cannot confirm, consent or stop on this member's request or session; they are not found", async () => {
    const request = await anOfficeRequest(db.current, cast.member.id, { backup: false });
    const session = await aSession(db.current, await anOfficeRequest(db.current, cast.member.id));
    const other = actors.member(cast.other);
    expect(
      await expectUserErrors(
        db.current,
        () => gql(db.current, other, CONFIRM_BACKUP, input({ requestId: requestGid(request) })),
        [cast.member.id],
        "confirmOfficeAssistanceBackup",
      ),
    ).toEqual([["REQUEST_NOT_FOUND", "AUT-2"]]);
    expect(
      await expectUserErrors(db.current, () => gql(db.current, other, CONSENT, input({ requestId: requestGid(request) })), [cast.member.id], "consentToScreenSharing"),
    ).toEqual([["REQUEST_NOT_FOUND", "AUT-2"]]);
    expect(await expectUserErrors(db.current, () => gql(db.current, other, STOP, input({ sessionId: sessionGid(session) })), [cast.member.id], "stopScreenSharing")).toEqual([
      ["SESSION_NOT_FOUND", "AUT-2"],
    ]);
    expect(
      await expectUserErrors(db.current, () => gql(db.current, other, REQUEST, input(requestInput({ memberId: cast.memberGid }))), [cast.member.id], "requestOfficeAssistance"),
    ).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
  });

  it("BUR-1: the member, the delegate and the desk read the requests, sessions and visits; other roles reach none of them", async () => {
    const request = await anOfficeRequest(db.current, cast.member.id);
    const session = await aSession(db.current, request);
    const visit = await aVisit(db.current, request, cast.address.id, { contractYearStart: "2025-11-02" });
    const NODE = `query($id: ID!) { node(id: $id) { id ... on Member { officeAssistanceRequests(first: 50) { edges { node { id } } } } } }`;
    const ME = `{ me { member { officeAssistanceRequests(first: 50) { edges { node { id sessions { id } visits { id } } } } } } }`;
    for (const who of ["member", "delegate"] as const) {
      const edges = (await gql(db.current, cast.as[who], ME)).data!.me.member.officeAssistanceRequests.edges.map((e: any) => e.node);
      expect(edges).toContainEqual({ id: requestGid(request), sessions: [{ id: sessionGid(session) }], visits: [{ id: visitGid(visit) }] });
    }
    for (const who of ["member", "delegate", "DESK_AGENT"] as const) {
      for (const id of [requestGid(request), sessionGid(session), visitGid(visit)]) {
        expect((await gql(db.current, cast.as[who], NODE, { variables: { id } })).data!.node).toEqual({ id });
      }
    }
    expect((await gql(db.current, cast.as.DESK_AGENT, NODE, { variables: { id: cast.memberGid } })).data!.node.officeAssistanceRequests.edges.map((e: any) => e.node.id)).toContain(
      requestGid(request),
    );
    for (const who of ["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const) {
      for (const id of [requestGid(request), sessionGid(session), visitGid(visit), cast.memberGid]) {
        expect((await gql(db.current, cast.as[who], NODE, { variables: { id } })).data!.node).toBeNull();
      }
    }
    const other = actors.member(cast.other);
    expect((await gql(db.current, other, NODE, { variables: { id: requestGid(request) } })).data!.node).toBeNull();
  });
});

describe("Member.officeAssistanceRequests: statements do not grow with the page size (BUR-1)", () => {
  const db = useTestDatabase();
  let desk: ReturnType<typeof actors.staff>;
  beforeAll(async () => {
    const cast = await anOfficeCast(db.current);
    desk = cast.as.DESK_AGENT as ReturnType<typeof actors.staff>;
    for (let i = 0; i < 50; i++) {
      const m = await aMember(db.current, { lastName: `Bur${String(i).padStart(2, "0")}` });
      const address = await anAddress(db.current, m.id);
      for (let j = 0; j < 3; j++) {
        const request = await anOfficeRequest(db.current, m.id, { requestedAt: new Date(Date.UTC(2026, 10, 10 + j, 9)) });
        await aSession(db.current, request);
        if (j === 2) await aVisit(db.current, request, address.id);
      }
    }
  });
  const Q = `query($first: Int!) { members(first: $first, search: "Bur") { edges { node { id
    officeAssistanceRequests(first: 2) { edges { node { id channel sessions { id active } visits { id included address { id } } } } pageInfo { hasNextPage } } } } } }`;

  async function statementsFor(first: number): Promise<number> {
    const before = db.current.statements.count;
    const res = await gql(db.current, desk, Q, { variables: { first }, clock: new ManualClock(NOW) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.members.edges).toHaveLength(first);
    const node = res.data!.members.edges[0].node.officeAssistanceRequests;
    expect(node.edges).toHaveLength(2);
    expect(node.pageInfo.hasNextPage).toBe(true);
    expect(node.edges[0].node.visits).toHaveLength(1);
    expect(node.edges[0].node.sessions).toEqual([{ id: expect.any(String), active: true }]);
    return db.current.statements.count - before;
  }

  it("BUR-1: 5 and 50 members with their requests, sessions, visits and addresses take the same number of statements", async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
    // principal + page + request pages + sessions + visits + addresses
    expect(five).toBeLessThanOrEqual(7);
  });
});
