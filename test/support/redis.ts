import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { Redis } from "ioredis";
import { beforeAll, describe } from "vitest";
import { testEnv } from "./env.js";

/** True when a Redis answers PING at `url` within a second. */
export async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1_000, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

const localRedis = await redisAnswers(testEnv.redisUrl);

/**
 * For tests that need a real Redis (TEST_REDIS_URL, the local one by default). Skipped when none
 * answers in a plain `npm test`; with REQUIRE_REDIS=1 (CI) they fail instead.
 */
export function describeWithRedis(name: string, body: () => void): void {
  if (localRedis) describe(name, body);
  else if (testEnv.requireRedis) {
    describe(name, () => {
      beforeAll(() => {
        throw new Error(`REQUIRE_REDIS=1 but no Redis answers at ${testEnv.redisUrl}`);
      });
      body();
    });
  } else describe.skip(`${name} (no Redis at ${testEnv.redisUrl})`, body);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A throw-away redis-server of the test's own, on `port`, that the test may kill to stage an outage. */
export async function startRedisServer(port: number): Promise<ChildProcess> {
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await redisAnswers(url)) return child;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`redis-server did not start on port ${port}`);
}
