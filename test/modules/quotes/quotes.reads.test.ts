import { beforeAll, describe, expect, it } from "vitest";
import { listAcceptedQuotesToBill } from "../../../src/modules/quotes/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember, actors } from "../../support/factories.js";
import { aQuote, aQuoteRequest, aQuotedRequest } from "./quotes.support.js";

const NOW = "2026-11-26T10:00:00Z";

describe("billing contract: listAcceptedQuotesToBill (QUO-3)", () => {
  const db = useTestDatabase();

  it("QUO-3: returns the accepted quotes with their lines, accepted at or before the date; nothing declined, expired, replaced or still issued", async () => {
    const m = await aMember(db.current);
    const other = await aMember(db.current);
    const accepted = await aQuotedRequest(db.current, m.id, "OFFICE_ASSISTANCE_VISIT", {
      status: "ACCEPTED",
      decidedAt: new Date("2026-11-20T10:00:00Z"),
      lines: [
        { label: "Visite", quantity: 1, unitTtcCents: 15_000 },
        { label: "Déplacement", quantity: 1, unitTtcCents: 10_000 },
      ],
    });
    const onTheDot = await aQuotedRequest(db.current, m.id, "EQUIPMENT_STUDY", { status: "ACCEPTED", decidedAt: new Date("2026-11-30T23:00:00Z") });
    await aQuotedRequest(db.current, m.id, "EQUIPMENT_STUDY", { status: "ACCEPTED", decidedAt: new Date("2026-12-01T00:00:00Z") }); // after the cut-off
    await aQuotedRequest(db.current, m.id, "EQUIPMENT_STUDY", { status: "DECLINED" });
    await aQuotedRequest(db.current, m.id, "EQUIPMENT_STUDY", { status: "ISSUED", validUntil: "2026-11-01" }); // expired
    await aQuotedRequest(db.current, m.id, "EQUIPMENT_STUDY", { status: "ISSUED" });
    const replacedRequest = await aQuoteRequest(db.current, m.id);
    await aQuote(db.current, replacedRequest, { status: "REPLACED" });
    const otherAccepted = await aQuotedRequest(db.current, other.id, "MAIL_MIGRATION", { status: "ACCEPTED" });

    const cutoff = new Date("2026-11-30T23:00:00Z");
    const rows = await listAcceptedQuotesToBill(db.current.db, { memberIds: [m.id], acceptedBefore: cutoff });
    expect(rows).toEqual([
      {
        quoteId: accepted.quote.id,
        memberId: m.id,
        reference: expect.stringMatching(/^DEV-\d{6}$/),
        purpose: "OFFICE_ASSISTANCE_VISIT",
        acceptedAt: new Date("2026-11-20T10:00:00Z"),
        lines: [
          { label: "Visite", quantity: 1, unitTtcCents: 15_000, ttcCents: 15_000, htCents: 12_500, vatCents: 2_500 },
          { label: "Déplacement", quantity: 1, unitTtcCents: 10_000, ttcCents: 10_000, htCents: 8_333, vatCents: 1_667 },
        ],
      },
      expect.objectContaining({ quoteId: onTheDot.quote.id, purpose: "EQUIPMENT_STUDY", lines: [expect.objectContaining({ ttcCents: 120_000 })] }),
    ]);
    const all = await listAcceptedQuotesToBill(db.current.db, { acceptedBefore: cutoff });
    expect(all.map((r) => r.quoteId)).toEqual(expect.arrayContaining([accepted.quote.id, onTheDot.quote.id, otherAccepted.quote.id]));
    expect(await listAcceptedQuotesToBill(db.current.db, { memberIds: [], acceptedBefore: cutoff })).toEqual([]);
    // Reading it again gives the same answer: the billing run's (source_kind, source_id) key makes it billed once.
    expect(await listAcceptedQuotesToBill(db.current.db, { memberIds: [m.id], acceptedBefore: cutoff })).toEqual(rows);
    // Inside a transaction too.
    const inTx = await db.current.db.transaction((tx) => listAcceptedQuotesToBill(tx, { memberIds: [m.id], acceptedBefore: cutoff }));
    expect(inTx).toEqual(rows);
  });

  it("QUO-3: one statement whether 1 or 20 members are billed", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const m = await aMember(db.current);
      ids.push(m.id);
      for (let j = 0; j < 2; j++)
        await aQuotedRequest(db.current, m.id, "EQUIPMENT_STUDY", {
          status: "ACCEPTED",
          lines: [
            { label: "a", quantity: 1, unitTtcCents: 100 },
            { label: "b", quantity: 2, unitTtcCents: 50 },
          ],
        });
    }
    const count = async (memberIds: string[]) => {
      const before = db.current.statements.count;
      const rows = await listAcceptedQuotesToBill(db.current.db, { memberIds, acceptedBefore: new Date(NOW) });
      expect(rows).toHaveLength(memberIds.length * 2);
      expect(rows.every((r) => r.lines.length === 2)).toBe(true);
      return db.current.statements.count - before;
    };
    expect(await count(ids.slice(0, 1))).toBe(1);
    expect(await count(ids)).toBe(1);
  });
});

describe("Member.quotes and Member.quoteRequests: statements do not grow with the page size (QUO-2)", () => {
  const db = useTestDatabase();
  let desk: ReturnType<typeof actors.staff>;
  beforeAll(async () => {
    desk = (await aCast(db.current)).as.DESK_AGENT as ReturnType<typeof actors.staff>;
    for (let i = 0; i < 50; i++) {
      const m = await aMember(db.current, { lastName: `Dev${String(i).padStart(2, "0")}` });
      for (let j = 0; j < 3; j++) {
        await aQuotedRequest(db.current, m.id, j === 0 ? "MAIL_MIGRATION" : "EQUIPMENT_STUDY", {
          status: j === 2 ? "ACCEPTED" : "ISSUED",
          issuedAt: new Date(Date.UTC(2026, 10, 10 + j, 9)),
          lines: [
            { label: "a", quantity: 1, unitTtcCents: 1_000 },
            { label: "b", quantity: 1, unitTtcCents: 2_000 },
          ],
        });
      }
    }
  });
  const Q = `query($first: Int!) { members(first: $first, search: "Dev") { edges { node { id
    quotes(first: 2) { edges { node { id reference purpose status totalTtcCents lines { label ttcCents htCents } request { id purpose } } } pageInfo { hasNextPage } }
    quoteRequests(first: 3) { edges { node { id status currentQuote { id status } quotes { id } } } } } } } }`;

  async function statementsFor(first: number): Promise<number> {
    const before = db.current.statements.count;
    const res = await gql(db.current, desk, Q, { variables: { first }, clock: new ManualClock(NOW) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.members.edges).toHaveLength(first);
    const node = res.data!.members.edges[0].node;
    expect(node.quotes.edges).toHaveLength(2);
    expect(node.quotes.pageInfo.hasNextPage).toBe(true);
    expect(node.quotes.edges[0].node).toMatchObject({
      status: "ACCEPTED",
      totalTtcCents: 3_000,
      lines: [
        { label: "a", ttcCents: 1_000, htCents: 833 },
        { label: "b", ttcCents: 2_000, htCents: 1_667 },
      ],
    });
    expect(node.quoteRequests.edges).toHaveLength(3);
    return db.current.statements.count - before;
  }

  it("QUO-2: 5 and 50 members with their quotes, lines, purposes and requests take the same number of statements", async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
    // principal + page + quote pages + lines + requests (purpose) + request pages + request quotes
    expect(five).toBeLessThanOrEqual(8);
  });
});
