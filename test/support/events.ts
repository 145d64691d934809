import { sql } from "drizzle-orm";
import type { Database } from "../../src/shared/db.js";

/**
 * Waits until every committed event is visible in the feed. The feed shows an event once no older
 * transaction can still commit (src/platform/events/feed.ts), and on PostgreSQL that horizon is the
 * cluster's: a long transaction in another test file's database holds it back for a while. A
 * consumer simply polls again; a test waits here before reading, up to `timeoutMs`.
 */
export async function eventsSettled(db: Database, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await db.db.execute(sql`select coalesce(
      (select e.txid < pg_snapshot_xmin(pg_current_snapshot()) from events e order by e.txid desc limit 1), true) as "settled"`);
    const [row] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { settled: boolean }[];
    if (row?.settled) return;
    if (Date.now() > deadline) throw new Error(`events still not visible in the feed after ${timeoutMs} ms: a transaction stays open`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
