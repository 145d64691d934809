import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { mintToken } from "../../../src/authz/tokens.js";
import { loadConfig } from "../../../src/config.js";
import { DEMO_PRINCIPALS } from "../../../src/demo/tokens.js";
import { testEnv } from "../../support/env.js";
import { post } from "../../support/http.js";
import { describeWithRedis } from "../../support/redis.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const children = new Set<ChildProcess>();

/**
 * A real server process (`src/server.ts` through tsx), on its own in-memory PGlite with the demo
 * data: the two processes share nothing but Redis, so any agreement between them is Redis's doing.
 */
function startProcess(env: Record<string, string>): Promise<{ url: string; output: () => string }> {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["DATABASE_URL", "PGLITE_DATA_DIR", "AUTH_HS256_SECRET", "AUTH_JWKS_URL", "TEST_DATABASE_URL"]) delete base[key];
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: root,
    env: { ...base, NODE_ENV: "development", PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", PGLITE_IN_MEMORY: "true", SEED_DEMO_DATA: "true", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Parnasse partner API: (http:\/\/[^\s]+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!.replace("localhost", "127.0.0.1"), output: () => output });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before it was ready:\n${output}`));
    });
  });
}

describeWithRedis("LIMITS: two server processes share one budget through Redis", () => {
  let servers: { url: string; output: () => string }[];
  let auth: string;

  beforeAll(async () => {
    const env = {
      REDIS_URL: testEnv.redisUrl,
      RATE_LIMIT_REDIS_PREFIX: `test:${randomUUID()}:`,
      RATE_LIMIT_APP_MAXIMUM: "100",
      RATE_LIMIT_APP_RESTORE_RATE: "1",
      GRAPHQL_COST_WEIGHTS: JSON.stringify({ "Query.me": 10 }),
    };
    servers = await Promise.all([startProcess(env), startProcess(env)]);
    const alice = DEMO_PRINCIPALS.find((p) => p.role === "MEMBER")!;
    auth = `Bearer ${await mintToken(loadConfig({ NODE_ENV: "development" }).auth, alice)}`;
  }, 120_000);
  afterAll(() => {
    for (const child of children) child.kill("SIGKILL");
  });

  it("LIMITS: 40 concurrent requests of one member, 20 to each process, against a budget of 10 such requests: exactly 10 are answered across both", async () => {
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => post(servers[i % 2]!.url, { query: "{ me { role } }" }, { authorization: auth })));
    const elapsed = (Date.now() - started) / 1000;
    expect(elapsed).toBeLessThan(10);
    const granted = answers.filter((a) => a.status === 200);
    expect(granted).toHaveLength(10);
    expect(granted.every((a) => a.json.data.me.role === "MEMBER")).toBe(true);
    const throttled = answers.filter((a) => a.status === 429);
    expect(throttled).toHaveLength(30);
    expect(throttled.every((a) => a.json.errors[0].extensions.code === "THROTTLED" && Number(a.headers.get("retry-after")) >= 1)).toBe(true);
    // Had each process kept its own budget, each would have answered 10 (20 in all). Both refused, from the one bucket:
    for (const server of [0, 1]) {
      const refusedHere = answers.filter((a, i) => i % 2 === server && a.status === 429);
      expect(refusedHere.length).toBeGreaterThanOrEqual(10);
      for (const a of refusedHere) expect(a.json.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThan(10);
    }
    expect(servers.every((s) => !/Redis unavailable/.test(s.output()))).toBe(true);
  });
});
