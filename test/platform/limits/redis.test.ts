import { randomUUID } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { MemoryBudgetStore, RedisBudgetStore } from "../../../src/platform/limits/index.js";
import { startApi, type RunningApi } from "../../../src/runtime.js";
import type { Database } from "../../../src/shared/db.js";
import { createTestDatabase } from "../../support/db.js";
import { testEnv } from "../../support/env.js";
import { aCast } from "../../support/factories.js";
import { testConfig } from "../../support/http.js";
import { describeWithRedis, freePort, startRedisServer } from "../../support/redis.js";
import { ask } from "./support.js";

/** A pino logger that keeps its lines, to assert on warnings. */
function recordingLog() {
  const lines: { level: number; msg: string }[] = [];
  const log = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { log, lines };
}

const budget = { maximum: 100, restoreRate: 1 };

describeWithRedis("LIMITS: budgets shared through Redis", () => {
  const stores: RedisBudgetStore[] = [];
  const redisStore = async (url = testEnv.redisUrl, log = pino({ level: "silent" })) => {
    const store = new RedisBudgetStore(url, `test:${randomUUID()}:`, log);
    await store.connect();
    stores.push(store);
    return store;
  };
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const store of stores) await store.close();
    for (const child of children) child.kill("SIGKILL");
  });

  it("LIMITS: 50 concurrent 10-point charges through two Redis connections on one 100-point bucket: exactly 10 are granted", async () => {
    const prefix = `test:${randomUUID()}:`;
    const a = new RedisBudgetStore(testEnv.redisUrl, prefix, pino({ level: "silent" }));
    const b = new RedisBudgetStore(testEnv.redisUrl, prefix, pino({ level: "silent" }));
    stores.push(a, b);
    await Promise.all([a.connect(), b.connect()]);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).take("member:x", budget, 10)));
    expect(results.filter((r) => r.granted)).toHaveLength(10);
    expect((await a.peek("member:x", budget)).available).toBeLessThan(10);
  });

  it("LIMITS: a refund gives points back up to the maximum, and a peek changes nothing", async () => {
    const store = await redisStore();
    expect(await store.take("k", budget, 60)).toEqual({ granted: true, available: 40 });
    expect(await store.take("k", budget, 60)).toMatchObject({ granted: false });
    const peeked = await store.peek("k", budget);
    expect(peeked.available).toBeGreaterThanOrEqual(40);
    expect((await store.peek("k", budget)).available).toBeLessThanOrEqual(peeked.available + 1);
    expect((await store.refund("k", budget, 500)).available).toBe(100);
  });

  it("LIMITS: the Redis and the in-memory store apply the same bucket", async () => {
    const redis = await redisStore();
    const memory = new MemoryBudgetStore();
    for (const cost of [30, 50, 30, 15, 10]) {
      const [r, m] = [await redis.take("same", budget, cost), await memory.take("same", budget, cost)];
      expect(r.granted).toBe(m.granted);
      expect(Math.abs(r.available - m.available)).toBeLessThanOrEqual(1);
    }
  });

  it("LIMITS: Redis going down degrades to the local store with one warning and refuses no one; Redis back, the budget is shared again", async () => {
    const port = await freePort();
    let server = await startRedisServer(port);
    children.push(server);
    const { log, lines } = recordingLog();
    const store = await redisStore(`redis://127.0.0.1:${port}`, log);
    expect(await store.take("m", budget, 10)).toEqual({ granted: true, available: 90 });
    server.kill("SIGKILL");
    await new Promise((resolve) => server.once("exit", resolve));
    const during = await Promise.all(Array.from({ length: 5 }, () => store.take("m", budget, 10)));
    expect(during.every((r) => r.granted)).toBe(true);
    const warnings = lines.filter((l) => l.level === 40);
    expect(warnings.map((l) => l.msg)).toEqual(["Redis unavailable: query budgets are kept in this process until it answers again"]);
    server = await startRedisServer(port);
    children.push(server);
    let back = false;
    for (let i = 0; i < 60 && !back; i++) {
      await store.peek("m", budget);
      back = lines.some((l) => l.msg === "Redis answers again: query budgets are shared again");
      if (!back) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(back).toBe(true);
    // The new Redis holds a fresh bucket: 100 points.
    expect((await store.take("m", budget, 10)).available).toBe(90);
  });

  describeWithRedis("over HTTP", () => {
    let database: Database;
    let api: RunningApi;
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(async () => {
      await api?.stop();
    });

    it("LIMITS: a server whose REDIS_URL answers nothing starts, warns once, and answers every request from its local budget", async () => {
      const { log, lines } = recordingLog();
      const port = await freePort();
      const cast = await aCast(database);
      api = await startApi(testConfig({ RATE_LIMIT_ENABLED: "true", REDIS_URL: `redis://127.0.0.1:${port}` }), { database, log });
      const answers = await Promise.all(Array.from({ length: 10 }, () => ask(api.url, cast.as.member, `{ me { role } }`)));
      expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
      expect(answers[9]!.json.extensions.cost.throttleStatus).toMatchObject({ maximumAvailable: 1000 });
      expect(lines.filter((l) => l.level >= 40).map((l) => l.msg)).toEqual(["Redis unavailable: query budgets are kept in this process until it answers again"]);
    });
  });
});
