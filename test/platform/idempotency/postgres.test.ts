import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RunningApi } from "../../../src/runtime.js";
import { ManualClock } from "../../../src/shared/clock.js";
import type { Database } from "../../../src/shared/db.js";
import { tally } from "../../support/assertions.js";
import { createTestDatabase, describeOnPostgres } from "../../support/db.js";
import { serve } from "../../support/http.js";
import { NOW, aBookingScene, book, effects, waitFor } from "./support.js";

const CONCURRENCY = 30;

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Sessions of this database waiting for a lock: the booking stuck behind the test's table lock. */
async function waitingSessions(database: Database): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await database.db.execute(sql`select count(*)::int as n from pg_locks l join pg_stat_activity a using (pid) where not l.granted and a.datname = current_database()`),
  );
  return row!.n;
}

/**
 * Holds `lock table interventions in share row exclusive mode` in a transaction of its own until
 * `release()`: a booking then claims its key and waits at its insert, its transaction open.
 */
async function holdInterventionsTable(database: Database) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const done = database.db.transaction(async (tx) => {
    await tx.execute(sql`lock table interventions in share row exclusive mode`);
    locked();
    await released;
  });
  await isLocked;
  return {
    release: async () => {
      release();
      await done;
    },
  };
}

describeOnPostgres("IDEM: idempotency keys under concurrency (PostgreSQL)", () => {
  let database: Database;
  let api: RunningApi;

  beforeAll(async () => {
    database = await createTestDatabase({ poolMax: 20 });
    api = await serve(database, {}, { clock: new ManualClock(NOW) });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it("IDEM: 30 concurrent identical requests with one key give one effect; every other answer is the replay or 409 in flight", async () => {
    const scene = await aBookingScene(database);
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: CONCURRENCY }, () => book(api.url, scene, key)));
    const outcomes = results.map((r) => {
      if (r.status === 409) {
        expect(r.json.errors[0].extensions.code).toBe("IDEMPOTENCY_REQUEST_IN_PROGRESS");
        expect(r.headers.get("retry-after")).toBe("1");
        return "in-flight";
      }
      expect(r.status).toBe(200);
      expect(r.json.data.bookHomeIntervention.userErrors).toEqual([]);
      return r.json.extensions.idempotency.replayed ? "replayed" : "executed";
    });
    const counts = tally(outcomes);
    expect(counts.executed).toBe(1);
    expect((counts.replayed ?? 0) + (counts["in-flight"] ?? 0)).toBe(CONCURRENCY - 1);
    const executed = results.find((r) => r.status === 200 && !r.json.extensions.idempotency.replayed)!;
    for (const r of results.filter((x) => x.status === 200)) expect(JSON.stringify(r.json.data)).toBe(JSON.stringify(executed.json.data));
    expect(await effects(database, scene)).toEqual({ interventions: 1, audits: 1, events: 1, keys: 1 });
  });

  it("IDEM: a request whose key is still in flight is refused 409 IDEMPOTENCY_REQUEST_IN_PROGRESS; once committed the same key replays", async () => {
    const scene = await aBookingScene(database);
    const key = randomUUID();
    const lock = await holdInterventionsTable(database);
    let first: Promise<Awaited<ReturnType<typeof book>>>;
    try {
      first = book(api.url, scene, key);
      await waitFor(async () => (await waitingSessions(database)) > 0);
      const second = await book(api.url, scene, key);
      expect(second.status).toBe(409);
      expect(second.json.errors[0]).toMatchObject({ extensions: { code: "IDEMPOTENCY_REQUEST_IN_PROGRESS" } });
      expect(second.json.errors[0].message).toMatch(/encore en cours/);
      expect(await effects(database, scene)).toEqual({ interventions: 0, audits: 0, events: 0, keys: 0 });
    } finally {
      await lock.release();
    }
    const done = await first!;
    expect(done.status).toBe(200);
    expect(done.json.extensions.idempotency).toEqual({ key, replayed: false });
    const third = await book(api.url, scene, key);
    expect(third.json.extensions.idempotency).toEqual({ key, replayed: true });
    expect(await effects(database, scene)).toEqual({ interventions: 1, audits: 1, events: 1, keys: 1 });
  });

  it("IDEM: an unexpected error (a statement cancelled mid-booking) rolls everything back and stores nothing: the same key then executes", async () => {
    const scene = await aBookingScene(database);
    const key = randomUUID();
    const lock = await holdInterventionsTable(database);
    let failed: Awaited<ReturnType<typeof book>>;
    try {
      const pending = book(api.url, scene, key);
      await waitFor(async () => (await waitingSessions(database)) > 0);
      await database.db.execute(sql`select pg_cancel_backend(a.pid) from pg_locks l join pg_stat_activity a using (pid) where not l.granted and a.datname = current_database()`);
      failed = await pending;
    } finally {
      await lock.release();
    }
    expect(failed.json.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(["INTERNAL_SERVER_ERROR"]);
    expect(failed.json.extensions?.idempotency).toBeUndefined();
    expect(await effects(database, scene)).toEqual({ interventions: 0, audits: 0, events: 0, keys: 0 });
    const retried = await book(api.url, scene, key);
    expect(retried.status).toBe(200);
    expect(retried.json.extensions.idempotency).toEqual({ key, replayed: false });
    expect(retried.json.data.bookHomeIntervention.userErrors).toEqual([]);
    expect(await effects(database, scene)).toEqual({ interventions: 1, audits: 1, events: 1, keys: 1 });
  });
});
