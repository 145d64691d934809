import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, members } from "../../db/schema/index.js";
import { combiningDb, shiftPlaceholders } from "../../src/shared/combine.js";
import { rowsWhereIn } from "../../src/shared/rows.js";
import { useTestDatabase } from "../support/db.js";
import { aMember } from "../support/factories.js";

describe("PERF: the selects a request starts together go out as one statement (src/shared/combine.ts)", () => {
  const db = useTestDatabase();

  async function scene() {
    const a = await aMember(db.current, { nationality: null, terminatedAt: new Date("2026-10-31T23:59:59.123Z") });
    const b = await aMember(db.current, { hasInternetAccess: false });
    await db.current.db.insert(auditLog).values([
      {
        at: new Date("2026-11-26T10:00:00.5Z"),
        requestId: "r1",
        actorRole: "MEMBER",
        actorId: a.id,
        onBehalfOfMemberId: a.id,
        operation: "test",
        targetIds: ["x", "y,z", 'q"uote'],
        details: { n: 1.5, nested: { ok: true }, list: [1, "two"] },
      },
      { at: new Date("2026-11-26T11:00:00Z"), requestId: "r2", actorRole: "DESK_AGENT", actorId: null, onBehalfOfMemberId: b.id, operation: "test", targetIds: [], details: {} },
    ]);
    return [a.id, b.id];
  }

  it("PERF: three selects started together are one statement, and every value (timestamps, dates, bigint, text[], jsonb, booleans, nulls) reads back as it does alone", async () => {
    const ids = await scene();
    const plain = db.current.db;
    const alone = [
      await rowsWhereIn(plain, members, members.id, ids),
      await rowsWhereIn(plain, auditLog, auditLog.onBehalfOfMemberId, ids, { orderBy: [auditLog.at] }),
      await plain.select().from(members).where(eq(members.id, ids[1]!)),
    ];
    const combined = combiningDb(plain);
    const before = db.current.statements.count;
    const together = await Promise.all([
      rowsWhereIn(combined, members, members.id, ids),
      rowsWhereIn(combined, auditLog, auditLog.onBehalfOfMemberId, ids, { orderBy: [auditLog.at] }),
      combined.select().from(members).where(eq(members.id, ids[1]!)),
    ]);
    expect(db.current.statements.count - before).toBe(1);
    expect(together).toEqual(alone);
    const audit = together[1]!;
    expect(audit.map((r) => r.targetIds)).toEqual([["x", "y,z", 'q"uote'], []]);
    expect(typeof audit[0]!.id).toBe("number");
    expect(audit[0]!.at).toEqual(new Date("2026-11-26T10:00:00.5Z"));
    expect(together[0]!.find((m) => m.id === ids[0])!.terminatedAt).toEqual(new Date("2026-10-31T23:59:59.123Z"));
  });

  it("PERF: the order of each select is kept", async () => {
    const ids = await scene();
    const combined = combiningDb(db.current.db);
    const [asc, desc] = await Promise.all([
      rowsWhereIn(combined, auditLog, auditLog.onBehalfOfMemberId, ids, { orderBy: [auditLog.at] }),
      combined.select().from(auditLog).where(inArray(auditLog.onBehalfOfMemberId, ids)).orderBy(auditLog.requestId),
    ]);
    expect(asc!.map((r) => r.requestId)).toEqual(["r1", "r2"]);
    expect(desc!.map((r) => r.requestId)).toEqual(["r1", "r2"]);
  });

  it("PERF: a select that fails meets its own error, and the selects sent with it still answer", async () => {
    const ids = await scene();
    const combined = combiningDb(db.current.db);
    const [good, bad] = await Promise.allSettled([rowsWhereIn(combined, members, members.id, ids), combined.select().from(members).where(eq(members.id, "not-a-uuid"))]);
    expect(good.status).toBe("fulfilled");
    expect((good as PromiseFulfilledResult<unknown[]>).value).toHaveLength(2);
    expect(bad.status).toBe("rejected");
    expect(String((bad as PromiseRejectedResult).reason)).toMatch(/uuid/i);
  });

  it("PERF: a transaction is never combined: its selects keep their own statements, in order", async () => {
    const ids = await scene();
    const combined = combiningDb(db.current.db);
    const before = db.current.statements.count;
    await combined.transaction(async (tx) => {
      await Promise.all([rowsWhereIn(tx, members, members.id, ids), rowsWhereIn(tx, auditLog, auditLog.onBehalfOfMemberId, ids)]);
    });
    // begin, two selects, commit: the two selects are counted apart.
    expect(db.current.statements.count - before).toBeGreaterThanOrEqual(2);
  });

  it("PERF: a select whose text has a comment or dollar quoting runs alone, with its own parameters", async () => {
    const ids = await scene();
    const combined = combiningDb(db.current.db);
    const before = db.current.statements.count;
    const [rows, commented, quoted] = await Promise.all([
      rowsWhereIn(combined, members, members.id, ids),
      combined.select({ id: members.id }).from(members).where(sql`${members.id} = ${ids[0]!} /* it's $1 */`),
      combined.select({ id: members.id }).from(members).where(sql`${members.id} = ${ids[1]!} and $$ it's $1 $$ <> ''`),
    ]);
    expect(rows).toHaveLength(2);
    expect(commented).toEqual([{ id: ids[0] }]);
    expect(quoted).toEqual([{ id: ids[1] }]);
    // Neither is combined: three statements.
    expect(db.current.statements.count - before).toBe(3);
  });

  it("PERF: placeholders are renumbered outside quoted text only", () => {
    expect(shiftPlaceholders(`select $1, '$2', "$3", $10 from t where a = $2`, 5)).toBe(`select $6, '$2', "$3", $15 from t where a = $7`);
    expect(shiftPlaceholders("select $1", 0)).toBe("select $1");
  });
});
