import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addresses, officeAssistanceVisits } from "../../../db/schema/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql } from "../../support/api.js";
import { auditRowsOf, codeOutcomesOf, tally } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aMember, anAddress } from "../../support/factories.js";
import { ACCEPT, ISSUE, REQUEST_QUOTE, aQuotedRequest, quoteGid } from "../quotes/quotes.support.js";
import { BOOK, aVisit, anOfficeCast, anOfficeRequest, expectUserErrors, officeState, requestGid } from "./office-assistance.support.js";

const NOW = "2026-11-26T10:00:00Z"; // Thursday 11:00 Paris; the option was accepted on 2026-11-02
const input = (value: Record<string, unknown>) => ({ variables: { input: value }, clock: new ManualClock(NOW) });
const TUESDAY = "2026-12-01T09:00:00Z"; // 10:00 Paris

describe("on-site visits (BUR-3, BUR-4)", () => {
  const db = useTestDatabase();

  async function scene() {
    const cast = await anOfficeCast(db.current);
    const request = await anOfficeRequest(db.current, cast.member.id);
    const book = (extra: Record<string, unknown> = {}) =>
      gql(
        db.current,
        cast.as.DESK_AGENT,
        BOOK,
        input({ requestId: requestGid(request), addressId: toGlobalId("Address", cast.address.id), startsAt: TUESDAY, durationMinutes: 90, ...extra }),
      );
    return { cast, request, book };
  }

  it("BUR-3: the first visit of the contract year is included, at a declared address, Mon–Fri 09:00–20:00", async () => {
    const { cast, request, book } = await scene();
    const res = await book();
    expect(res.data!.bookOfficeAssistanceVisit.userErrors).toEqual([]);
    expect(res.data!.bookOfficeAssistanceVisit.visit).toMatchObject({
      startsAt: "2026-12-01T09:00:00.000Z",
      endsAt: "2026-12-01T10:30:00.000Z",
      durationMinutes: 90,
      included: true,
      contractYearStart: "2026-11-02",
      address: { id: toGlobalId("Address", cast.address.id) },
      quote: null,
    });
    expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([
      { operation: "bookOfficeAssistanceVisit", actorRole: "DESK_AGENT", onBehalfOfMemberId: cast.member.id, details: { included: true } },
    ]);
    const READ = `query($id: ID!) { node(id: $id) { ... on OfficeAssistanceRequest { visits { included startsAt } } } }`;
    expect((await gql(db.current, cast.as.member, READ, { variables: { id: requestGid(request) } })).data!.node.visits).toEqual([
      { included: true, startsAt: "2026-12-01T09:00:00.000Z" },
    ]);
  });

  it("BUR-3: a second visit in the same contract year needs an accepted quote; without one nothing is written", async () => {
    const { cast, book } = await scene();
    await book();
    const errors = await expectUserErrors(db.current, () => book({ startsAt: "2026-12-03T09:00:00Z" }), [cast.member.id], "bookOfficeAssistanceVisit");
    expect(errors).toEqual([["VISIT_QUOTE_REQUIRED", "BUR-3"]]);
  });

  it("BUR-3/QUO-1: the further visit is quoted through the one workflow: requested, issued, accepted, then booked on that quote, once", async () => {
    const { cast, book } = await scene();
    await book();
    const asked = await gql(db.current, cast.as.member, REQUEST_QUOTE, input({ purpose: "OFFICE_ASSISTANCE_VISIT", description: "Deuxième visite : installation d'imprimante" }));
    const requestId = asked.data!.requestQuote.request.id;
    const issued = await gql(
      db.current,
      cast.as.DESK_AGENT,
      ISSUE,
      input({ requestId, validUntil: "2026-12-15", lines: [{ label: "Visite bureautique", quantity: 1, unitTtcCents: 15_000 }] }),
    );
    const quoteId = issued.data!.issueQuote.quote.id;
    // Issued but not accepted: refused.
    expect(await expectUserErrors(db.current, () => book({ startsAt: "2026-12-03T09:00:00Z", quoteId }), [cast.member.id], "bookOfficeAssistanceVisit")).toEqual([
      ["QUOTE_NOT_ACCEPTED", "BUR-3"],
    ]);
    await gql(db.current, cast.as.delegate, ACCEPT, input({ quoteId }));
    const res = await book({ startsAt: "2026-12-03T09:00:00Z", quoteId });
    expect(res.data!.bookOfficeAssistanceVisit.visit).toMatchObject({ included: false, contractYearStart: "2026-11-02", quote: { id: quoteId, status: "ACCEPTED" } });
    expect(await expectUserErrors(db.current, () => book({ startsAt: "2026-12-04T09:00:00Z", quoteId }), [cast.member.id], "bookOfficeAssistanceVisit")).toEqual([
      ["QUOTE_ALREADY_USED", "BUR-3"],
    ]);
  });

  it("BUR-3: a quote of another member, of another purpose, declined or malformed does not pay for a visit", async () => {
    const { cast, book } = await scene();
    await book();
    const stranger = await aMember(db.current);
    const cases = [
      (await aQuotedRequest(db.current, stranger.id, "OFFICE_ASSISTANCE_VISIT", { status: "ACCEPTED" })).quote,
      (await aQuotedRequest(db.current, cast.member.id, "EQUIPMENT_STUDY", { status: "ACCEPTED" })).quote,
      (await aQuotedRequest(db.current, cast.member.id, "OFFICE_ASSISTANCE_VISIT", { status: "DECLINED" })).quote,
    ];
    for (const quote of cases) {
      expect(
        await expectUserErrors(db.current, () => book({ startsAt: "2026-12-03T09:00:00Z", quoteId: quoteGid(quote) }), [cast.member.id, stranger.id], "bookOfficeAssistanceVisit"),
      ).toEqual([["QUOTE_NOT_ACCEPTED", "BUR-3"]]);
    }
    expect(await expectUserErrors(db.current, () => book({ quoteId: "nope" }), [cast.member.id], "bookOfficeAssistanceVisit")).toEqual([["QUOTE_NOT_ACCEPTED", "BUR-3"]]);
  });

  it("BUR-3: while the year's included visit is free, it is used first and a quote given is not consumed", async () => {
    const { cast, book } = await scene();
    const { quote } = await aQuotedRequest(db.current, cast.member.id, "OFFICE_ASSISTANCE_VISIT", { status: "ACCEPTED" });
    const res = await book({ quoteId: quoteGid(quote) });
    expect(res.data!.bookOfficeAssistanceVisit.visit).toMatchObject({ included: true, quote: null });
    const second = await book({ startsAt: "2026-12-02T09:00:00Z", quoteId: quoteGid(quote) });
    expect(second.data!.bookOfficeAssistanceVisit.visit).toMatchObject({ included: false, quote: { id: quoteGid(quote) } });
  });

  it("BUR-3: the next contract year (the option's anniversary, Paris) includes a visit again", async () => {
    const { cast, request, book } = await scene();
    await aVisit(db.current, request, cast.address.id);
    expect(await expectUserErrors(db.current, () => book({ startsAt: "2027-10-29T09:00:00Z" }), [cast.member.id], "bookOfficeAssistanceVisit")).toEqual([
      ["VISIT_QUOTE_REQUIRED", "BUR-3"],
    ]);
    const next = await book({ startsAt: "2027-11-03T09:00:00Z" });
    expect(next.data!.bookOfficeAssistanceVisit.visit).toMatchObject({ included: true, contractYearStart: "2027-11-02" });
  });

  const SLOTS = [
    ["on a Saturday", { startsAt: "2026-12-05T10:00:00Z" }, "OUTSIDE_VISIT_HOURS"],
    ["before 09:00 Paris", { startsAt: "2026-12-01T07:30:00Z" }, "OUTSIDE_VISIT_HOURS"],
    ["ending after 20:00 Paris", { startsAt: "2026-12-01T18:30:00Z", durationMinutes: 60 }, "OUTSIDE_VISIT_HOURS"],
    ["in the past", { startsAt: "2026-11-25T09:00:00Z" }, "SLOT_IN_PAST"],
    ["more than a year ahead", { startsAt: "2027-12-01T09:00:00Z" }, "SLOT_TOO_FAR"],
    ["too short", { durationMinutes: 10 }, "INVALID_DURATION"],
  ] as const;
  it.each(SLOTS)("BUR-3: a visit %s is refused; nothing is written", async (_what, extra, code) => {
    const { cast, book } = await scene();
    expect(await expectUserErrors(db.current, () => book(extra), [cast.member.id], "bookOfficeAssistanceVisit")).toEqual([[code, "BUR-3"]]);
  });

  it("BUR-3: only at one of the member's declared, active addresses; and with the option in force", async () => {
    const { cast, book } = await scene();
    const stranger = await aMember(db.current);
    const theirs = await anAddress(db.current, stranger.id);
    const removed = await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" });
    await db.current.db
      .update(addresses)
      .set({ removedAt: new Date("2026-11-20T00:00:00Z") })
      .where(eq(addresses.id, removed.id));
    for (const address of [theirs, removed]) {
      expect(await expectUserErrors(db.current, () => book({ addressId: toGlobalId("Address", address.id) }), [cast.member.id], "bookOfficeAssistanceVisit")).toEqual([
        ["ADDRESS_NOT_FOUND", "BUR-3"],
      ]);
    }
    const noOption = await aMember(db.current);
    const address = await anAddress(db.current, noOption.id);
    const request = await anOfficeRequest(db.current, noOption.id);
    const res = () =>
      gql(db.current, cast.as.DESK_AGENT, BOOK, input({ requestId: requestGid(request), addressId: toGlobalId("Address", address.id), startsAt: TUESDAY, durationMinutes: 60 }));
    expect(await expectUserErrors(db.current, res, [noOption.id], "bookOfficeAssistanceVisit")).toEqual([["NO_OPTION_IN_FORCE", "BUR-3"]]);
  });

  it("BUR-4: no visit before the member confirmed their backup", async () => {
    const { cast } = await scene();
    const request = await anOfficeRequest(db.current, cast.member.id, { backup: false });
    const run = () =>
      gql(
        db.current,
        cast.as.DESK_AGENT,
        BOOK,
        input({ requestId: requestGid(request), addressId: toGlobalId("Address", cast.address.id), startsAt: TUESDAY, durationMinutes: 60 }),
      );
    expect(await expectUserErrors(db.current, run, [cast.member.id], "bookOfficeAssistanceVisit")).toEqual([["BACKUP_NOT_CONFIRMED", "BUR-4"]]);
  });

  it("BUR-3: the database holds one included visit per member and contract year, and one visit per quote", async () => {
    const { cast, request } = await scene();
    await aVisit(db.current, request, cast.address.id);
    await expect(aVisit(db.current, request, cast.address.id, { startsAt: new Date("2026-12-02T09:00:00Z"), endsAt: new Date("2026-12-02T10:00:00Z") })).rejects.toThrow();
    const { quote } = await aQuotedRequest(db.current, cast.member.id, "OFFICE_ASSISTANCE_VISIT", { status: "ACCEPTED" });
    await aVisit(db.current, request, cast.address.id, { included: false, quoteId: quote.id });
    await expect(aVisit(db.current, request, cast.address.id, { included: false, quoteId: quote.id })).rejects.toThrow();
    await expect(aVisit(db.current, request, cast.address.id, { included: false })).rejects.toThrow();
  });
});

describeOnPostgres("on-site visits under concurrency (BUR-3, PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });
  let cast: Awaited<ReturnType<typeof anOfficeCast>>;
  beforeAll(async () => {
    cast = await anOfficeCast(db.current);
  });

  it("BUR-3: 30 concurrent bookings for one member in one contract year: exactly one included visit, the others need a quote", async () => {
    const request = await anOfficeRequest(db.current, cast.member.id);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        gql(
          db.current,
          cast.as.DESK_AGENT,
          BOOK,
          input({
            requestId: requestGid(request),
            addressId: toGlobalId("Address", cast.address.id),
            startsAt: `2026-12-${String(1 + (i % 4)).padStart(2, "0")}T09:00:00Z`,
            durationMinutes: 60,
          }),
        ),
      ),
    );
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect(tally(codeOutcomesOf(results, "bookOfficeAssistanceVisit"))).toEqual({ ok: 1, VISIT_QUOTE_REQUIRED: 29 });
    const visits = await db.current.db.select().from(officeAssistanceVisits).where(eq(officeAssistanceVisits.memberId, cast.member.id));
    expect(visits.map((v) => v.included)).toEqual([true]);
  });

  it("BUR-3: 30 concurrent bookings on one accepted quote once the included visit is used: exactly one is booked on it", async () => {
    const m = await anOfficeCast(db.current);
    const request = await anOfficeRequest(db.current, m.member.id);
    const { quote } = await aQuotedRequest(db.current, m.member.id, "OFFICE_ASSISTANCE_VISIT", { status: "ACCEPTED" });
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        gql(
          db.current,
          m.as.DESK_AGENT,
          BOOK,
          input({ requestId: requestGid(request), addressId: toGlobalId("Address", m.address.id), startsAt: TUESDAY, durationMinutes: 60, quoteId: quoteGid(quote) }),
        ),
      ),
    );
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect(tally(codeOutcomesOf(results, "bookOfficeAssistanceVisit"))).toEqual({ ok: 2, QUOTE_ALREADY_USED: 28 });
    const state = await officeState(db.current, [m.member.id]);
    expect(state.visits.map((v) => [v.included, v.quoteId]).sort()).toEqual([
      [false, quote.id],
      [true, null],
    ]);
  });
});
