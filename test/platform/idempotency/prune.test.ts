import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { idempotencyKeys } from "../../../db/schema/index.js";
import { pruneIdempotencyKeys } from "../../../src/platform/idempotency/index.js";
import { describe } from "vitest";
import { useTestDatabase } from "../../support/db.js";

describe("IDEM: pruning expired keys", () => {
  const db = useTestDatabase();

  it("IDEM: the retention job deletes the expired keys in batches and keeps the live ones", async () => {
    const now = new Date("2026-11-26T10:00:00Z");
    const scope = `MEMBER:${randomUUID()}`;
    const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
    const rows = [
      ...Array.from({ length: 7 }, (_, i) => ({ key: `expired-${i}`, expiresAt: hours(-1 - i) })),
      { key: "expires-now", expiresAt: now },
      { key: "live-1", expiresAt: hours(1) },
      { key: "live-23", expiresAt: hours(23) },
    ];
    await db.current.db
      .insert(idempotencyKeys)
      .values(
        rows.map((r) => ({ scope, key: r.key, fingerprint: "f", operationName: "op", response: { text: "{}" }, httpStatus: 200, createdAt: hours(-48), expiresAt: r.expiresAt })),
      );
    const before = db.current.statements.count;
    expect(await pruneIdempotencyKeys(db.current.db, { now, batchSize: 3 })).toEqual({ deleted: 8 });
    // 8 expired in batches of 3: 3 + 3 + 2, the last one short, so three statements.
    expect(db.current.statements.count - before).toBe(3);
    const left = await db.current.db.select({ key: idempotencyKeys.key }).from(idempotencyKeys).where(eq(idempotencyKeys.scope, scope));
    expect(left.map((r) => r.key).sort()).toEqual(["live-1", "live-23"]);
    expect(await pruneIdempotencyKeys(db.current.db, { now, batchSize: 3 })).toEqual({ deleted: 0 });
  });
});
