import { beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/shared/clock.js";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";
import { aQuoteRequest, requestGid } from "./quotes.support.js";

const NOW = "2026-11-26T10:00:00Z";
const AMOUNTS = "htCents vatCents ttcCents";
const QUOTE = `totals { ${AMOUNTS} } totalHtCents totalVatCents totalTtcCents lines { amounts { ${AMOUNTS} } htCents vatCents ttcCents }`;
const ISSUE = `mutation($input: IssueQuoteInput!) { issueQuote(input: $input) { quote { id ${QUOTE} } userErrors { code } } }`;
const NODE = `query($id: ID!) { node(id: $id) { ... on Quote { ${QUOTE} } } }`;
const LIST = `{ quotes(first: 10) { edges { node { totals { ttcCents } } } } }`;

interface Amounts {
  htCents: number;
  vatCents: number;
  ttcCents: number;
}
interface QuoteView extends Record<"totalHtCents" | "totalVatCents" | "totalTtcCents", number> {
  totals: Amounts;
  lines: (Amounts & { amounts: Amounts })[];
}

/** The new fields carry exactly the deprecated fields' figures, and HT + VAT = TTC everywhere. */
function expectOneShape(quote: QuoteView) {
  expect(quote.totals).toEqual({ htCents: quote.totalHtCents, vatCents: quote.totalVatCents, ttcCents: quote.totalTtcCents });
  expect(quote.totals.htCents + quote.totals.vatCents).toBe(quote.totals.ttcCents);
  for (const line of quote.lines) {
    expect(line.amounts).toEqual({ htCents: line.htCents, vatCents: line.vatCents, ttcCents: line.ttcCents });
    expect(line.amounts.htCents + line.amounts.vatCents).toBe(line.amounts.ttcCents);
  }
}

describe("Quote.totals and QuoteLine.amounts: the API's one money shape (QUO-2, § 10)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let issued: QuoteView & { id: string };
  beforeAll(async () => {
    cast = await aCast(db.current);
    const request = await aQuoteRequest(db.current, cast.member.id);
    const lines = [
      { label: "Pack", quantity: 1, unitTtcCents: 5_500 },
      { label: "Câble", quantity: 3, unitTtcCents: 2 },
    ];
    const res = await gql(db.current, cast.as.DESK_AGENT, ISSUE, {
      variables: { input: { requestId: requestGid(request), validUntil: "2026-12-31", lines } },
      clock: new ManualClock(NOW),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.issueQuote.userErrors).toEqual([]);
    issued = res.data!.issueQuote.quote;
  });

  it("QUO-2: 55.00 TTC = 45.83 HT + 9.17 VAT on its line; the total's HT is computed from the total TTC; the deprecated fields give the same figures", () => {
    expect(issued.lines.map((l) => l.amounts)).toEqual([
      { htCents: 4_583, vatCents: 917, ttcCents: 5_500 },
      { htCents: 5, vatCents: 1, ttcCents: 6 }, // 3 × 0.02 TTC
    ]);
    // 55.06 TTC: HT = round(5 506 × 5 / 6) = round(4 588.33) = 45.88, VAT = 9.18.
    expect(issued.totals).toEqual({ htCents: 4_588, vatCents: 918, ttcCents: 5_506 });
    expectOneShape(issued);
  });

  it.each(["member", "delegate", "DESK_AGENT", "BILLING"] as const)("QUO-2: %s reads Quote.totals and the lines' amounts, equal to the deprecated fields", async (who) => {
    const res = await gql(db.current, cast.as[who], NODE, { variables: { id: issued.id }, clock: new ManualClock(NOW) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toEqual({ totals: issued.totals, totalHtCents: 4_588, totalVatCents: 918, totalTtcCents: 5_506, lines: issued.lines });
    expectOneShape(res.data!.node);
  });

  it.each(["payer", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)("AUT-2: %s may not read Quote.totals (the list is refused, the node is null)", async (who) => {
    const list = await gql(db.current, cast.as[who], LIST);
    expect(list.data).toBeNull();
    expect(errorCodes(list)).toEqual(["FORBIDDEN"]);
    expect((await gql(db.current, cast.as[who], NODE, { variables: { id: issued.id } })).data!.node).toBeNull();
  });

  it("AUT-2: another member reads no totals of this quote", async () => {
    expect((await gql(db.current, cast.as.otherMember, NODE, { variables: { id: issued.id } })).data!.node).toBeNull();
    const list = await gql(db.current, cast.as.otherMember, LIST);
    expect(list.data!.quotes.edges).toEqual([]);
  });
});
