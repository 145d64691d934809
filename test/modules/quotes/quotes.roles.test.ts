import { beforeAll, describe, expect, it } from "vitest";
import { coachAssignments } from "../../../db/schema/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember, aStaffUser, actors } from "../../support/factories.js";
import {
  ACCEPT,
  DECLINE,
  ISSUE,
  REQUEST_QUOTE,
  aQuoteRequest,
  aQuotedRequest,
  expectShieldRefusal,
  expectUserErrors,
  quoteGid,
  requestGid,
  aServingTechnician,
} from "./quotes.support.js";

const NOW = "2026-11-26T10:00:00Z";
const input = (value: Record<string, unknown>) => ({ variables: { input: value }, clock: new ManualClock(NOW) });
const ALL = ["member", "delegate", "payer", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;
type Who = (typeof ALL)[number];

describe("quotes: who may do what (QUO-2, AUT-2/3)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
    // The cast's coach coaches the cast's member only.
    await db.current.db
      .insert(coachAssignments)
      .values({ memberId: cast.member.id, coachId: cast.staff.COACH.id, assignedAt: new Date(NOW), assignedBy: cast.staff.DESK_AGENT.id });
    // The cast's technician serves the cast's member only (a Univers Pro study they recorded).
    await aServingTechnician(db.current, cast.staff.TECHNICIAN.id, cast.member.id);
  });

  const CASES: [string, string, readonly Who[], () => Promise<Record<string, unknown>>][] = [
    ["requestQuote", REQUEST_QUOTE, ["member", "delegate", "DESK_AGENT"], async () => ({ purpose: "EQUIPMENT_STUDY", description: "NAS", memberId: cast.memberGid })],
    [
      "issueQuote",
      ISSUE,
      ["DESK_AGENT", "COACH", "TECHNICIAN"],
      async () => ({
        requestId: requestGid(await aQuoteRequest(db.current, cast.member.id)),
        validUntil: "2026-12-31",
        lines: [{ label: "Étude", quantity: 1, unitTtcCents: 9_000 }],
      }),
    ],
    ["acceptQuote", ACCEPT, ["member", "delegate"], async () => ({ quoteId: quoteGid((await aQuotedRequest(db.current, cast.member.id, "EQUIPMENT_STUDY")).quote) })],
    ["declineQuote", DECLINE, ["member", "delegate"], async () => ({ quoteId: quoteGid((await aQuotedRequest(db.current, cast.member.id, "EQUIPMENT_STUDY")).quote) })],
  ];

  for (const [field, query, allowed, makeInput] of CASES) {
    it.each(ALL.filter((r) => !allowed.includes(r)))(`QUO-2: %s may not ${field}; nothing is written`, async (who) => {
      const value = await makeInput();
      await expectShieldRefusal(db.current, () => gql(db.current, cast.as[who], query, input(value)), [cast.member.id]);
    });
    it.each(allowed)(`QUO-2: %s may ${field}`, async (who) => {
      const value = await makeInput();
      const { memberId: _drop, ...own } = value;
      const res = await gql(db.current, cast.as[who], query, input(who === "DESK_AGENT" ? value : own));
      expect(res.errors).toBeUndefined();
      expect(res.data![field].userErrors).toEqual([]);
    });
    it(`QUO-2: an anonymous caller may not ${field}`, async () => {
      const value = await makeInput();
      await expectShieldRefusal(db.current, () => gql(db.current, null, query, input(value)), [cast.member.id], "UNAUTHENTICATED");
    });
  }

  it("QUO-2: a technician issues quotes only for the members they serve (AUT-3); another member's request is not found, nothing written", async () => {
    const stranger = await aMember(db.current);
    const other = await aQuoteRequest(db.current, stranger.id);
    const issue = (requestId: string) =>
      gql(db.current, cast.as.TECHNICIAN, ISSUE, input({ requestId, validUntil: "2026-12-31", lines: [{ label: "Étude", quantity: 1, unitTtcCents: 100 }] }));
    expect(await expectUserErrors(db.current, () => issue(requestGid(other)), [stranger.id], "issueQuote")).toEqual([["REQUEST_NOT_FOUND", "AUT-2"]]);
    // Once the technician serves that member too (here a Univers Pro study), the same request can be quoted.
    await aServingTechnician(db.current, cast.staff.TECHNICIAN.id, stranger.id);
    expect((await issue(requestGid(other))).data!.issueQuote.userErrors).toEqual([]);
  });

  it("QUO-2: a coach issues quotes only for the members they coach (or stand in for); others are not found", async () => {
    const other = await aQuoteRequest(db.current, cast.other.id);
    const issue = (who: ReturnType<typeof actors.staff>, requestId: string) =>
      gql(db.current, who, ISSUE, input({ requestId, validUntil: "2026-12-31", lines: [{ label: "Étude", quantity: 1, unitTtcCents: 100 }] }));
    expect(await expectUserErrors(db.current, () => issue(cast.as.COACH as ReturnType<typeof actors.staff>, requestGid(other)), [cast.other.id], "issueQuote")).toEqual([
      ["REQUEST_NOT_FOUND", "AUT-2"],
    ]);
    const substitute = await aStaffUser(db.current, "COACH");
    const request = await aQuoteRequest(db.current, cast.member.id);
    expect(await expectUserErrors(db.current, () => issue(actors.staff(substitute), requestGid(request)), [cast.member.id], "issueQuote")).toEqual([
      ["REQUEST_NOT_FOUND", "AUT-2"],
    ]);
    const { eq } = await import("drizzle-orm");
    await db.current.db.update(coachAssignments).set({ substituteCoachId: substitute.id }).where(eq(coachAssignments.memberId, cast.member.id));
    expect((await issue(actors.staff(substitute), requestGid(request))).data!.issueQuote.userErrors).toEqual([]);
  });

  it("QUO-2: a member or delegate cannot accept another member's quote, nor request for them; it is not found", async () => {
    const { quote } = await aQuotedRequest(db.current, cast.other.id, "EQUIPMENT_STUDY");
    for (const who of ["member", "delegate"] as const) {
      expect(await expectUserErrors(db.current, () => gql(db.current, cast.as[who], ACCEPT, input({ quoteId: quoteGid(quote) })), [cast.other.id], "acceptQuote")).toEqual([
        ["QUOTE_NOT_FOUND", "AUT-2"],
      ]);
      expect(
        await expectUserErrors(
          db.current,
          () => gql(db.current, cast.as[who], REQUEST_QUOTE, input({ purpose: "EQUIPMENT_STUDY", description: "x", memberId: cast.otherGid })),
          [cast.other.id],
          "requestQuote",
        ),
      ).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
    }
    expect(
      await expectUserErrors(
        db.current,
        () => gql(db.current, cast.as.DESK_AGENT, REQUEST_QUOTE, input({ purpose: "EQUIPMENT_STUDY", description: "x" })),
        [cast.member.id],
        "requestQuote",
      ),
    ).toEqual([["MEMBER_ID_REQUIRED", null]]);
  });

  describe("reads", () => {
    let mine: Awaited<ReturnType<typeof aQuotedRequest>>;
    let others: Awaited<ReturnType<typeof aQuotedRequest>>;
    beforeAll(async () => {
      mine = await aQuotedRequest(db.current, cast.member.id, "OFFICE_ASSISTANCE_VISIT", { issuedAt: new Date("2026-11-25T09:00:00Z") });
      others = await aQuotedRequest(db.current, cast.other.id, "EQUIPMENT_STUDY", { issuedAt: new Date("2026-11-25T09:00:00Z") });
    });
    const LIST = `query($memberId: ID) { quotes(first: 100, memberId: $memberId) { edges { node { id memberId purpose totalTtcCents lines { label } } } } }`;
    const REQUESTS = `query { quoteRequests(first: 100) { edges { node { id memberId } } } }`;
    const NODE = `query($id: ID!) { node(id: $id) { ... on Quote { id totalTtcCents lines { ttcCents } } ... on QuoteRequest { id purpose } } }`;
    const ids = (res: { data: any }) => res.data.quotes.edges.map((e: any) => e.node.id);

    it("QUO-2: a TECHNICIAN reads the quotes of the members they serve only (AUT-3)", async () => {
      const res = await gql(db.current, cast.as.TECHNICIAN, LIST, { clock: new ManualClock(NOW) });
      expect(res.errors).toBeUndefined();
      expect(ids(res)).toContain(quoteGid(mine.quote));
      expect(ids(res)).not.toContain(quoteGid(others.quote));
      expect((await gql(db.current, cast.as.TECHNICIAN, NODE, { variables: { id: quoteGid(others.quote) } })).data!.node).toBeNull();
      expect((await gql(db.current, cast.as.TECHNICIAN, NODE, { variables: { id: quoteGid(mine.quote) } })).data!.node.id).toBe(quoteGid(mine.quote));
    });

    it.each(["BILLING", "DESK_AGENT"] as const)("QUO-2: %s reads every member's quotes", async (who) => {
      const res = await gql(db.current, cast.as[who], LIST, { clock: new ManualClock(NOW) });
      expect(res.errors).toBeUndefined();
      expect(ids(res)).toEqual(expect.arrayContaining([quoteGid(mine.quote), quoteGid(others.quote)]));
      const node = await gql(db.current, cast.as[who], NODE, { variables: { id: quoteGid(others.quote) } });
      expect(node.data!.node).toMatchObject({ id: quoteGid(others.quote), lines: [{ ttcCents: 120_000 }] });
    });

    it.each(["member", "delegate"] as const)("QUO-2: %s reads their own member's quotes only", async (who) => {
      const res = await gql(db.current, cast.as[who], LIST, { clock: new ManualClock(NOW) });
      expect(ids(res)).toContain(quoteGid(mine.quote));
      expect(ids(res)).not.toContain(quoteGid(others.quote));
      expect(ids(await gql(db.current, cast.as[who], LIST, { variables: { memberId: cast.otherGid } }))).toEqual([]);
      expect((await gql(db.current, cast.as[who], NODE, { variables: { id: quoteGid(others.quote) } })).data!.node).toBeNull();
      expect((await gql(db.current, cast.as[who], NODE, { variables: { id: quoteGid(mine.quote) } })).data!.node.id).toBe(quoteGid(mine.quote));
      const me = await gql(db.current, cast.as[who], `{ me { member { quotes(first: 50) { edges { node { id } } } quoteRequests(first: 50) { edges { node { id } } } } } }`);
      expect(me.data!.me.member.quotes.edges.map((e: any) => e.node.id)).toContain(quoteGid(mine.quote));
      expect(me.data!.me.member.quoteRequests.edges.map((e: any) => e.node.id)).toContain(requestGid(mine.request));
    });

    it("QUO-2: a coach reads the quotes and requests of the members they coach, not others'", async () => {
      const res = await gql(db.current, cast.as.COACH, LIST, { clock: new ManualClock(NOW) });
      expect(ids(res)).toContain(quoteGid(mine.quote));
      expect(ids(res)).not.toContain(quoteGid(others.quote));
      const requests = (await gql(db.current, cast.as.COACH, REQUESTS)).data!.quoteRequests.edges.map((e: any) => e.node.memberId);
      expect(new Set(requests)).toEqual(new Set([cast.memberGid]));
      expect((await gql(db.current, cast.as.COACH, NODE, { variables: { id: quoteGid(others.quote) } })).data!.node).toBeNull();
      expect((await gql(db.current, cast.as.COACH, NODE, { variables: { id: requestGid(mine.request) } })).data!.node).toEqual({
        id: requestGid(mine.request),
        purpose: "OFFICE_ASSISTANCE_VISIT",
      });
    });

    it.each(["payer", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)("QUO-2: %s sees nothing of quotes (lists refused, nodes null)", async (who) => {
      for (const q of [LIST, REQUESTS]) {
        const res = await gql(db.current, cast.as[who], q);
        expect(res.data).toBeNull();
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
      }
      for (const id of [quoteGid(mine.quote), requestGid(mine.request)]) {
        expect((await gql(db.current, cast.as[who], NODE, { variables: { id } })).data!.node).toBeNull();
      }
    });

    it("QUO-2: an anonymous caller reads no quote", async () => {
      const res = await gql(db.current, null, LIST);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    });

    it("QUO-2: the status filter tells issued, expired and accepted quotes apart", async () => {
      const m = await aCast(db.current);
      const issued = await aQuotedRequest(db.current, m.member.id, "EQUIPMENT_STUDY", { validUntil: "2026-12-31" });
      const expired = await aQuotedRequest(db.current, m.member.id, "EQUIPMENT_STUDY", { validUntil: "2026-11-25" });
      const accepted = await aQuotedRequest(db.current, m.member.id, "EQUIPMENT_STUDY", { status: "ACCEPTED" });
      const Q = `query($memberId: ID, $status: QuoteStatus) { quotes(first: 10, memberId: $memberId, status: $status) { edges { node { id status } } } }`;
      for (const [status, row] of [
        ["ISSUED", issued],
        ["EXPIRED", expired],
        ["ACCEPTED", accepted],
      ] as const) {
        const res = await gql(db.current, m.as.BILLING, Q, { variables: { memberId: m.memberGid, status }, clock: new ManualClock(NOW) });
        expect(res.data!.quotes.edges.map((e: any) => e.node)).toEqual([{ id: quoteGid(row.quote), status }]);
      }
    });
  });
});
