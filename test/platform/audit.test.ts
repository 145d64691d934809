import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.js";
import { buildBareSchema } from "../../src/schema.js";
import { recordAudit } from "../../src/shared/audit.js";
import { ManualClock } from "../../src/shared/clock.js";
import { gql } from "../support/api.js";
import { useTestDatabase } from "../support/db.js";
import { mutationSamples } from "../support/mutation-samples.js";

describe("audit log", () => {
  const db = useTestDatabase();

  it("AUT-4: every mutation of the schema writes an audit row with its request id", async () => {
    const mutations = Object.keys((await buildBareSchema()).getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(0);
    const unaudited: string[] = [];
    for (const name of mutations) {
      const sample = mutationSamples[name];
      if (!sample) {
        unaudited.push(`${name} (no sample in test/modules/<area>/<area>.samples.ts)`);
        continue;
      }
      const { actor, query, variables, clock } = await sample(db.current);
      const res = await gql(db.current, actor, query, { variables, ...(clock ? { clock } : {}) });
      expect(res.errors, name).toBeUndefined();
      const rows = await db.current.db.select().from(auditLog).where(eq(auditLog.requestId, res.requestId));
      if (!rows.some((r) => r.operation === name)) unaudited.push(name);
    }
    expect(unaudited).toEqual([]);
  }, 120_000); // ~90 mutations run one after the other: 15-20 s alone, more on a loaded machine

  it("AUT-4: the audit log is append-only: the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    const ctx = { actor: { kind: "anonymous" } as const, clock: new ManualClock("2026-11-26T10:00:00Z"), requestId: "append-only-probe" };
    await recordAudit(db.current.db, ctx, { operation: "probe", onBehalfOfMemberId: null, targetIds: [] });
    const attempts = [
      sql`update audit_log set operation = 'tampered' where request_id = 'append-only-probe'`,
      sql`delete from audit_log where request_id = 'append-only-probe'`,
      sql`truncate audit_log`,
    ];
    for (const statement of attempts) {
      await expect(db.current.db.execute(statement)).rejects.toThrow();
    }
    const rows = await db.current.db.select().from(auditLog).where(eq(auditLog.requestId, "append-only-probe"));
    expect(rows.map((r) => r.operation)).toEqual(["probe"]);
  });
});
