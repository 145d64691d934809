import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { addresses, auditLog, internetLines } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql } from "../../support/api.js";
import { outcomesOf, tally } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aCast, aMember, actors, anAddress } from "../../support/factories.js";
import { ADD_ADDRESS, ADD_LINE, addressGid, addressInput, holderOf } from "./premises.support.js";

const CONCURRENCY = 30;

describeOnPostgres("premises limits under concurrent requests (PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  const auditCount = async (operation: string, memberId: string) =>
    (
      await db.current.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.operation, operation), eq(auditLog.onBehalfOfMemberId, memberId)))
    ).length;

  it("ADR-2: the sixth extra site is refused under 30 concurrent requests: exactly 5 active, 25 refused, no 500", async () => {
    const m = await aMember(db.current);
    const results = await Promise.all(
      Array.from({ length: CONCURRENCY }, (_, i) => gql(db.current, actors.member(m), ADD_ADDRESS, { variables: { input: addressInput({ label: `Site ${i}` }) } })),
    );
    expect(tally(outcomesOf(results, "addAddress"))).toEqual({ ok: 5, "EXTRA_SITES_LIMIT/ADR-2": 25 });
    const rows = await db.current.db
      .select()
      .from(addresses)
      .where(and(eq(addresses.memberId, m.id), isNull(addresses.removedAt)));
    expect(rows).toHaveLength(5);
    expect(await auditCount("addAddress", m.id)).toBe(5);
  });

  it("ADR-1: 30 concurrent main-address declarations leave exactly one main address", async () => {
    const m = await aMember(db.current);
    const results = await Promise.all(
      Array.from({ length: CONCURRENCY }, (_, i) =>
        gql(db.current, i % 2 ? actors.member(m) : cast.as.DESK_AGENT, ADD_ADDRESS, {
          variables: { input: addressInput({ kind: "MAIN", memberId: i % 2 ? null : toGlobalId("Member", m.id) }) },
        }),
      ),
    );
    expect(tally(outcomesOf(results, "addAddress"))).toEqual({ ok: 1, "MAIN_ADDRESS_EXISTS/ADR-1": 29 });
    const rows = await db.current.db
      .select()
      .from(addresses)
      .where(and(eq(addresses.memberId, m.id), isNull(addresses.removedAt)));
    expect(rows.map((r) => r.kind)).toEqual(["MAIN"]);
  });

  it("LIN-3: the third line at one address is refused under 30 concurrent requests: exactly 2 lines, 28 refused, no 500", async () => {
    const m = await aMember(db.current);
    const address = await anAddress(db.current, m.id);
    const results = await Promise.all(
      Array.from({ length: CONCURRENCY }, (_, i) =>
        gql(db.current, actors.member(m), ADD_LINE, {
          variables: {
            input: {
              addressId: addressGid(address),
              operator: i % 3 ? "ORANGE" : "THIRD_PARTY",
              offer: "RESIDENTIAL_INTERNET",
              technology: "FIBER",
              holder: holderOf(m),
            },
          },
        }),
      ),
    );
    expect(tally(outcomesOf(results, "addInternetLine"))).toEqual({ ok: 2, "LINES_PER_ADDRESS_LIMIT/LIN-3": 28 });
    const rows = await db.current.db
      .select()
      .from(internetLines)
      .where(and(eq(internetLines.addressId, address.id), isNull(internetLines.removedAt)));
    expect(rows).toHaveLength(2);
    expect(await auditCount("addInternetLine", m.id)).toBe(2);
  });
});
