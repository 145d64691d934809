import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { quotes } from "../../../db/schema/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { gql } from "../../support/api.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";
import { ACCEPT, ISSUE, aQuoteRequest, aQuotedRequest, quoteGid, requestGid } from "./quotes.support.js";

const input = (value: Record<string, unknown>) => ({ variables: { input: value }, clock: new ManualClock("2026-11-26T10:00:00Z") });

describeOnPostgres("quotes under concurrent requests (QUO-2, QUO-3, PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  it("QUO-3: 30 quotes issued at once for one request leave exactly one in force, the 29 others REPLACED", async () => {
    const request = await aQuoteRequest(db.current, cast.member.id);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        gql(
          db.current,
          cast.as.DESK_AGENT,
          ISSUE,
          input({ requestId: requestGid(request), validUntil: "2026-12-31", lines: [{ label: `v${i}`, quantity: 1, unitTtcCents: 100 + i }] }),
        ),
      ),
    );
    expect(results.every((r) => r.errors === undefined && r.data!.issueQuote.userErrors.length === 0)).toBe(true);
    const rows = await db.current.db.select().from(quotes).where(eq(quotes.requestId, request.id));
    expect(rows.filter((r) => r.status === "ISSUED")).toHaveLength(1);
    expect(rows.filter((r) => r.status === "REPLACED")).toHaveLength(29);
  });

  it("QUO-3: an acceptance racing 29 new quotes: either it wins and nothing replaces it, or it loses and is refused as replaced", async () => {
    for (let round = 0; round < 3; round++) {
      const { request, quote } = await aQuotedRequest(db.current, cast.member.id, "EQUIPMENT_STUDY");
      const results = await Promise.all([
        gql(db.current, cast.as.member, ACCEPT, input({ quoteId: quoteGid(quote) })).then((r) => ({ accept: r.data!.acceptQuote, issue: null })),
        ...Array.from({ length: 29 }, () =>
          gql(
            db.current,
            cast.as.DESK_AGENT,
            ISSUE,
            input({ requestId: requestGid(request), validUntil: "2026-12-31", lines: [{ label: "x", quantity: 1, unitTtcCents: 100 }] }),
          ).then((r) => ({
            accept: null,
            issue: r.data!.issueQuote,
          })),
        ),
      ]);
      const rows = await db.current.db.select().from(quotes).where(eq(quotes.requestId, request.id));
      const accept = results[0]!.accept!;
      const live = rows.filter((r) => r.status === "ISSUED" || r.status === "ACCEPTED");
      expect(live).toHaveLength(1);
      if (accept.userErrors.length === 0) {
        expect(rows.find((r) => r.id === quote.id)!.status).toBe("ACCEPTED");
        expect(rows).toHaveLength(1);
        expect(results.slice(1).every((r) => r.issue!.userErrors[0]?.code === "QUOTE_ALREADY_ACCEPTED")).toBe(true);
      } else {
        expect(accept.userErrors.map((e: { code: string }) => e.code)).toEqual(["QUOTE_REPLACED"]);
        expect(rows.find((r) => r.id === quote.id)!.status).toBe("REPLACED");
        expect(rows.some((r) => r.status === "ACCEPTED")).toBe(false);
      }
    }
  });
});
