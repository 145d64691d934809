/**
 * `npm run bench` — throughput of two typical requests, with and without graphql-shield, so the
 * cost of authorization stays visible (STACK.md budget: at most +15 %). Not a test: it prints.
 *   npm run bench -- [--duration 10] [--connections 10]     (PGlite in memory)
 *   DATABASE_URL=postgres://… npm run bench                  (PostgreSQL; uses that database)
 */
import "reflect-metadata";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { pino } from "pino";
import { members, delegates, payers } from "../db/schema/index.js";
import { createApolloServer } from "../src/app.js";
import { applyPermissions } from "../src/authz/permissions.js";
import { createTokenVerifier, mintToken } from "../src/authz/tokens.js";
import { loadConfig } from "../src/config.js";
import { seedDemo, DEMO_IDS } from "../src/demo/seed.js";
import { createRequestHandler } from "../src/http.js";
import { buildBareSchema, permissionFragments } from "../src/schema.js";
import { systemClock } from "../src/shared/clock.js";
import { openDatabase } from "../src/shared/db.js";

const { values } = parseArgs({ options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "10" } } });
const duration = Number(values.duration);
const connections = Number(values.connections);

const config = loadConfig({
  ...process.env,
  PGLITE_IN_MEMORY: "true",
  LOG_LEVEL: "silent",
  NODE_ENV: "production",
  ENTRY_FEE_CENTS: "100000",
  AUTH_HS256_SECRET: "bench-secret-bench-secret-bench-secret-0000",
  SELLER_LEGAL_FORM: "SAS",
  SELLER_SHARE_CAPITAL_CENTS: "100000000",
  SELLER_SIREN: "123456782",
  SELLER_RCS_CITY: "Nanterre",
  SELLER_VAT_NUMBER: "FR11123456782",
  // Metrics on, as in production (which requires a token for them): their cost is part of what is measured.
  METRICS_TOKEN: "bench-metrics-token-0000",
  // The bench measures throughput from a handful of tokens: budgets would throttle it (docs/limits.md), and it sends query text.
  RATE_LIMIT_ENABLED: "false",
  TRUSTED_DOCUMENTS: "allowed",
});
const database = await openDatabase(config.database);
await seedDemo(database.db);
// 200 members with a delegate and two payers each, so the desk list has real children to load.
const existing = await database.db.select({ id: members.id }).from(members);
if (existing.length < 200) {
  for (let i = 0; i < 200; i++) {
    const [m] = await database.db
      .insert(members)
      .values({
        status: "ACTIVE",
        lastName: `Bench${i}`,
        firstName: "Membre",
        birthDate: "1970-01-01",
        email: `bench${i}-${Date.now()}@example.fr`,
        phone: "+33611223344",
        addressLine1: "1 rue X",
        postalCode: "75001",
        commune: "Paris",
      })
      .returning();
    await database.db.insert(delegates).values({ memberId: m!.id, lastName: "D", firstName: "D", email: "d@example.fr" });
    await database.db
      .insert(payers)
      .values([0, 1].map((n) => ({ memberId: m!.id, kind: "NATURAL_PERSON" as const, displayName: `P${n}`, email: "p@example.fr", billingAddress: "x" })));
  }
}

const tokens = {
  member: await mintToken(config.auth, { role: "MEMBER", subjectId: DEMO_IDS.memberAlice, memberId: DEMO_IDS.memberAlice }),
  desk: await mintToken(config.auth, { role: "DESK_AGENT", subjectId: DEMO_IDS.deskAgent }),
};
const scenarios = [
  {
    name: "member dashboard",
    token: tokens.member,
    query: "{ me { role member { id firstName lastName email phone postalAddress { commune } delegate { firstName } payers { displayName } option { status } } } }",
  },
  {
    name: "desk list of 50 members",
    token: tokens.desk,
    query: "{ members(first: 50) { edges { node { id lastName email delegate { id firstName } payers { id displayName } } } } }",
  },
];

async function serve(withShield: boolean) {
  const bare = await buildBareSchema();
  const apollo = createApolloServer(withShield ? applyPermissions(bare, permissionFragments) : bare, config.graphql);
  await apollo.start();
  const handler = createRequestHandler({
    apollo,
    database,
    verifyToken: createTokenVerifier(config.auth),
    clock: systemClock,
    tariffs: config.tariffs,
    log: pino({ level: "silent" }),
    maxBodyBytes: 1_000_000,
  });
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await apollo.stop();
    },
  };
}

const rows: string[] = [];
for (const scenario of scenarios) {
  const result: Record<string, autocannon.Result> = {};
  for (const withShield of [false, true]) {
    const api = await serve(withShield);
    const body = JSON.stringify({ query: scenario.query });
    const headers = { "content-type": "application/json", authorization: `Bearer ${scenario.token}` };
    const check = await fetch(api.url, { method: "POST", headers, body });
    const json = (await check.json()) as { errors?: unknown };
    if (json.errors) throw new Error(`${scenario.name}: ${JSON.stringify(json.errors)}`);
    await autocannon({ url: api.url, method: "POST", headers, body, connections, duration: 2 }); // warm-up
    result[withShield ? "on" : "off"] = await autocannon({ url: api.url, method: "POST", headers, body, connections, duration });
    await api.close();
  }
  const off = result.off!;
  const on = result.on!;
  const overhead = ((off.requests.average - on.requests.average) / off.requests.average) * 100;
  rows.push(
    `| ${scenario.name} | ${off.requests.average.toFixed(0)} req/s, p99 ${off.latency.p99} ms | ${on.requests.average.toFixed(0)} req/s, p99 ${on.latency.p99} ms | ${overhead.toFixed(1)} % | ${on.non2xx + on.errors} |`,
  );
}
console.log(`\n${database.kind}, ${connections} connections, ${duration} s per run\n`);
console.log("| request | shield off | shield on | throughput lost to shield | errors |\n|---|---|---|---|---|");
console.log(rows.join("\n"));
await database.close();
