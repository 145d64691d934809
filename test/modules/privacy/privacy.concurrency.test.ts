import { expect, it } from "vitest";
import { gql } from "../../support/api.js";
import { outcomesOf, tally } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";
import { FILE, limitRows, POSTED, requestRows } from "./privacy.support.js";

describeOnPostgres("GDP-1: objections and restrictions under concurrent filings (PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });

  it("GDP-1: 30 objections to MARKETING at once, from the app and the desk: one is in force, 29 are refused LIMIT_ALREADY_IN_FORCE, nothing half-written", async () => {
    const cast = await aCast(db.current);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i % 2 === 0
          ? gql(db.current, cast.as.member, FILE, { variables: { input: { kind: "OBJECTION", channel: "APP", purpose: "MARKETING" } } })
          : gql(db.current, cast.as.DESK_AGENT, FILE, { variables: { input: POSTED(cast.memberGid, { kind: "OBJECTION", purpose: "MARKETING" }) } }),
      ),
    );
    expect(tally(outcomesOf(results, "filePrivacyRequest"))).toEqual({ ok: 1, "LIMIT_ALREADY_IN_FORCE/GDP-1": 29 });
    expect(await requestRows(db.current, cast.member.id)).toHaveLength(1);
    const limits = await limitRows(db.current, cast.member.id);
    expect(limits).toHaveLength(1);
    expect(limits[0]).toMatchObject({ kind: "OBJECTION", purpose: "MARKETING", liftedAt: null });
  });
});
