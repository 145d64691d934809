/**
 * `npm run bench:floor` (issue 15): the API against a SQL floor on the same PostgreSQL database.
 * Not a test: it seeds, checks that both answer the same bytes, measures and prints.
 *   npm run bench:floor                         throw-away database on 127.0.0.1:5432, dropped at the end
 *   DATABASE_URL=postgres://… npm run bench:floor   that database (migrated if needed, seeded once more)
 *   npm run bench:floor -- --duration 10 --rounds 3 --connections 10 --members 2000
 *   npm run bench:floor -- --pglite [--members 2000]   the API alone on the embedded PGlite (what `npm start` gives)
 * Run it under the shared lock: `flock /tmp/parnasse-bench.lock npm run bench:floor`.
 */
import "reflect-metadata";
import { type ChildProcess, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import postgres from "postgres";
import { mintToken } from "../../src/authz/tokens.js";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/shared/db.js";
import { benchEnv, DASHBOARD_DOCUMENT_ID, DESK_LIST_PATH } from "./requests.js";
import { seedWorkload } from "./seed.js";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "10" },
    members: { type: "string", default: "2000" },
    /** Members the dashboard load rotates over (each checked byte for byte first). */
    rotate: { type: "string", default: "200" },
    warmup: { type: "string", default: "2" },
    pglite: { type: "boolean", default: false },
  },
});
const duration = Number(values.duration);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const memberCount = Number(values.members);
const here = import.meta.dirname;

// --- the database ---
let databaseUrl = process.env.DATABASE_URL;
let dropAfter: (() => Promise<void>) | null = null;
let memberIds: string[];
let deskAgentId: string;
let seedInfo: string;
if (!values.pglite) {
  if (!databaseUrl) {
    const adminUrl = "postgres://postgres@127.0.0.1:5432/postgres";
    const name = `parnasse_floor_${randomBytes(4).toString("hex")}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    databaseUrl = adminUrl.replace(/\/postgres$/, `/${name}`);
    dropAfter = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  const database = await openDatabase({ kind: "postgres", url: databaseUrl, poolMax: 2, statementTimeoutMs: 300_000, idleInTransactionTimeoutMs: 300_000 });
  const seeded = await seedWorkload(database, { members: memberCount });
  await database.close();
  ({ memberIds, deskAgentId } = seeded);
  seedInfo = `seeded in ${seeded.seconds.toFixed(1)} s: ${JSON.stringify(seeded.counts)}`;
}

// --- the servers, each in its own process ---
interface Child {
  process: ChildProcess;
  url: string;
  ask<T>(message: object, key: string): Promise<T>;
}
async function start(script: string, env: NodeJS.ProcessEnv): Promise<Child & { ready: Record<string, unknown> }> {
  const child = fork(join(here, script), [], { env, execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
    child.once("message", (m) => resolve(m as Record<string, unknown>));
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
  const ask = <T>(message: object, key: string) =>
    new Promise<T>((resolve) => {
      const on = (m: Record<string, unknown>) => {
        if (key in m) {
          child.off("message", on);
          resolve(m[key] as T);
        }
      };
      child.on("message", on);
      child.send(message);
    });
  return { process: child, url: ready.ready as string, ready, ask };
}
const stop = (child: Child) =>
  new Promise<void>((resolve) => {
    child.process.once("exit", () => resolve());
    child.process.send({ stop: true });
  });

class BenchFailure extends Error {}
const children: Child[] = [];
process.once("SIGINT", () => void cleanup().then(() => process.exit(130)));
async function cleanup() {
  for (const child of children.splice(0)) await stop(child);
  await dropAfter?.();
  dropAfter = null;
}
try {
  const env = benchEnv(values.pglite ? { BENCH_PGLITE_MEMBERS: String(memberCount) } : { DATABASE_URL: databaseUrl! });
  const api = await start("api-server.ts", env);
  children.push(api);
  if (values.pglite) {
    const seeded = api.ready.seeded as Awaited<ReturnType<typeof seedWorkload>>;
    ({ memberIds, deskAgentId } = seeded);
    seedInfo = `seeded in ${seeded.seconds.toFixed(1)} s: ${JSON.stringify(seeded.counts)}`;
  }
  const floor = values.pglite ? null : await start("floor-server.ts", env);
  if (floor) children.push(floor);
  console.error(seedInfo!);

  // --- the requests: the dashboard by document id for many members, the desk list page after page ---
  const auth = loadConfig(env).auth;
  const step = Math.max(1, Math.floor(memberIds!.length / Number(values.rotate)));
  const rotation = memberIds!.filter((_, i) => i % step === 0).slice(0, Number(values.rotate));
  const memberTokens = await Promise.all(rotation.map((id) => mintToken(auth, { role: "MEMBER", subjectId: id, memberId: id })));
  const deskToken = await mintToken(auth, { role: "DESK_AGENT", subjectId: deskAgentId! });
  const dashboardBody = JSON.stringify({ documentId: `sha256:${DASHBOARD_DOCUMENT_ID}` });
  const deskQuery = readFileSync(DESK_LIST_PATH, "utf8");

  interface Call {
    headers: Record<string, string>;
    body: string;
  }
  const post = async (url: string, call: Call) => {
    const res = await fetch(url, { method: "POST", headers: call.headers, body: call.body });
    return { status: res.status, text: await res.text() };
  };
  const headersFor = (token: string) => ({ "content-type": "application/json", authorization: `Bearer ${token}` });
  const dashboardCalls: Call[] = memberTokens.map((token) => ({ headers: headersFor(token), body: dashboardBody }));
  // Every page of the desk list, the cursors taken from the API's own answers.
  const deskCalls: Call[] = [];
  for (let after: string | null = null; ; ) {
    const call = { headers: headersFor(deskToken), body: JSON.stringify({ query: deskQuery, variables: { after } }) };
    deskCalls.push(call);
    const { status, text } = await post(api.url, call);
    const page = JSON.parse(text) as { data?: { members: { pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    if (status !== 200 || !page.data) throw new Error(`the API refused the desk list (${status}): ${text.slice(0, 500)}`);
    if (!page.data.members.pageInfo.hasNextPage) break;
    after = page.data.members.pageInfo.endCursor;
  }

  // --- same bytes: every call of the rotation, on both sides ---
  async function expectedBodies(name: string, calls: Call[]): Promise<string[]> {
    const bodies: string[] = [];
    for (const [i, call] of calls.entries()) {
      const a = await post(api.url, call);
      if (a.status !== 200 || a.text.includes('"errors"')) throw new Error(`${name} #${i}: the API answered ${a.status}: ${a.text.slice(0, 800)}`);
      if (floor) {
        const f = await post(floor.url, call);
        if (f.status !== a.status || f.text !== a.text) {
          let at = 0;
          while (at < a.text.length && a.text[at] === f.text[at]) at++;
          console.error(`${name} #${i}: the floor's answer differs from the API's at byte ${at} (status ${f.status} vs ${a.status}):`);
          console.error(`  api:   …${JSON.stringify(a.text.slice(Math.max(0, at - 120), at + 200))}`);
          console.error(`  floor: …${JSON.stringify(f.text.slice(Math.max(0, at - 120), at + 200))}`);
          throw new BenchFailure(`${name}: the floor does not answer the same bytes as the API`);
        }
      }
      bodies.push(a.text);
    }
    return bodies;
  }
  const scenarios = [
    { name: "member dashboard", calls: dashboardCalls, expected: await expectedBodies("dashboard", dashboardCalls) },
    { name: `desk members(first: 50), ${deskCalls.length} pages`, calls: deskCalls, expected: await expectedBodies("desk list", deskCalls) },
  ];
  console.error(
    floor
      ? `byte-identical: ${dashboardCalls.length} dashboards (one per member of the rotation), ${deskCalls.length} desk pages`
      : `checked: ${dashboardCalls.length} dashboards, ${deskCalls.length} desk pages answered without errors`,
  );

  // --- SQL statements per request of the API (its Database counter), sequential requests ---
  const statementsPerRequest: number[] = [];
  for (const scenario of scenarios) {
    const sample = scenario.calls.slice(0, 10);
    const before = await api.ask<number>({ statements: true }, "statements");
    for (const call of sample) await post(api.url, call);
    const after = await api.ask<number>({ statements: true }, "statements");
    statementsPerRequest.push((after - before) / sample.length);
  }

  // --- alternating rounds ---
  interface Measure {
    rps: number;
    p50: number;
    p99: number;
    non2xx: number;
    errors: number;
    mismatches: number;
    /** Answers compared with the expected bytes: every 200 received. */
    checked: number;
  }
  async function load(url: string, scenario: (typeof scenarios)[number], seconds: number, overallRate?: number): Promise<Measure> {
    let next = 0;
    let mismatches = 0;
    let checked = 0;
    type Ctx = { expected?: string };
    const result = await autocannon({
      url,
      method: "POST",
      connections,
      duration: seconds,
      ...(overallRate ? { overallRate } : {}),
      requests: [
        {
          setupRequest: (request: autocannon.Request, context: Ctx) => {
            const i = next++ % scenario.calls.length;
            const call = scenario.calls[i]!;
            context.expected = scenario.expected[i];
            return { ...request, method: "POST", headers: call.headers, body: call.body };
          },
          onResponse: (status: number, body: string, context: Ctx) => {
            if (status !== 200) return;
            checked++;
            if (body !== context.expected) mismatches++;
          },
        } as autocannon.Request,
      ],
    });
    return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts, mismatches, checked };
  }
  const sides = floor
    ? ([
        ["api", api.url],
        ["floor", floor.url],
      ] as const)
    : ([["api", api.url]] as const);
  const measures = new Map<string, Measure[]>();
  for (const scenario of scenarios) for (const [, url] of sides) await load(url, scenario, Number(values.warmup));
  for (let round = 0; round < rounds; round++) {
    for (const scenario of scenarios) {
      // Alternate which side goes first, so that neither always follows the other's heat.
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      for (const [side, url] of order) {
        const m = await load(url, scenario, duration);
        const key = `${scenario.name}|${side}`;
        measures.set(key, [...(measures.get(key) ?? []), m]);
        console.error(
          `round ${round + 1} ${scenario.name} ${side}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, non-2xx ${m.non2xx}, errors ${m.errors}, body mismatches ${m.mismatches} of ${m.checked} checked`,
        );
      }
    }
  }

  // --- the table ---
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const range = (xs: number[]) => {
    const lo = Math.min(...xs).toFixed(0);
    const hi = Math.max(...xs).toFixed(0);
    return lo === hi ? lo : `${lo}–${hi}`;
  };
  const describe = (ms: Measure[]) => `${range(ms.map((m) => m.rps))} req/s, p50 ${median(ms.map((m) => m.p50))} ms, p99 ${median(ms.map((m) => m.p99))} ms`;
  const failures = (ms: Measure[]) => ms.reduce((n, m) => n + m.non2xx + m.errors + m.mismatches, 0);
  const where = values.pglite ? "embedded PGlite (in memory)" : "PostgreSQL";
  console.log(
    `\n${where}, ${memberCount} members; ${connections} connections, ${rounds} alternating rounds of ${duration} s; Node ${process.version}, ${cpus().length} cores; ${new Date().toISOString().slice(0, 10)}\n`,
  );
  if (floor) {
    console.log("| request | API | SQL floor | API / floor | API SQL statements per request | failed answers (API, floor) |\n|---|---|---|---|---|---|");
  } else {
    console.log("| request | API on PGlite | API SQL statements per request | failed answers |\n|---|---|---|---|");
  }
  for (const [i, scenario] of scenarios.entries()) {
    const a = measures.get(`${scenario.name}|api`)!;
    const statements = Number.isInteger(statementsPerRequest[i]) ? String(statementsPerRequest[i]) : statementsPerRequest[i]!.toFixed(1);
    if (floor) {
      const f = measures.get(`${scenario.name}|floor`)!;
      const ratio = median(a.map((m) => m.rps)) / median(f.map((m) => m.rps));
      console.log(`| ${scenario.name} | ${describe(a)} | ${describe(f)} | ${ratio.toFixed(2)}× | ${statements} | ${failures(a)}, ${failures(f)} |`);
    } else {
      console.log(`| ${scenario.name} | ${describe(a)} | ${statements} | ${failures(a)} |`);
    }
  }
  // Issue 15 target: p99 at half of the API's peak throughput (autocannon's overallRate caps the request rate).
  const halfRate: string[] = [];
  for (const scenario of scenarios) {
    const peak = median(measures.get(`${scenario.name}|api`)!.map((m) => m.rps));
    const rate = Math.max(1, Math.round(peak / 2));
    const m = await load(api.url, scenario, duration, rate);
    halfRate.push(
      `${scenario.name}: API at half its peak (${rate} req/s asked, ${m.rps.toFixed(0)} served): p50 ${m.p50} ms, p99 ${m.p99} ms, failed ${m.non2xx + m.errors + m.mismatches}`,
    );
  }
  console.log(`\n${halfRate.join("\n")}`);
  console.log(
    `\nThe dashboard rotates over ${dashboardCalls.length} members (one token each); the desk list over its ${deskCalls.length} pages. Ratios are of the median req/s of the rounds; p50/p99 are the medians of the rounds'.`,
  );
} catch (error) {
  console.error(error instanceof BenchFailure ? error.message : error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
