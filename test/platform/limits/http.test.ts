import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conciergeRequests, members } from "../../../db/schema/index.js";
import type { Actor } from "../../../src/authz/actor.js";
import type { RunningApi } from "../../../src/runtime.js";
import type { Database } from "../../../src/shared/db.js";
import { countRows } from "../../support/assertions.js";
import { createTestDatabase } from "../../support/db.js";
import { aCast, aMember, actors } from "../../support/factories.js";
import { serve } from "../../support/http.js";
import { mutationSamples } from "../../support/mutation-samples.js";
import { ask, parseRateLimit } from "./support.js";

const MEMBERS_PAGE = `query Page($n: Int!) { members(first: $n) { edges { node { id } } pageInfo { hasNextPage } } }`;

describe("LIMITS: query cost and budgets over HTTP (in-memory store)", () => {
  let database: Database;
  let api: RunningApi;
  let cast: Awaited<ReturnType<typeof aCast>>;
  const servers: RunningApi[] = [];
  const start = async (env: Record<string, string>) => {
    const server = await serve(database, { RATE_LIMIT_ENABLED: "true", ...env });
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    cast = await aCast(database);
    api = await start({ RATE_LIMIT_DESK_MAXIMUM: "2000", RATE_LIMIT_DESK_RESTORE_RATE: "1" });
  });
  // Each server's stop closes the database they share: the first one closes it, the others find it closed.
  afterAll(() => Promise.allSettled(servers.map((server) => server.stop())));

  it("LIMITS: every answer reports its requested and actual cost in extensions.cost, and the budget in the IETF RateLimit headers", async () => {
    const agent = actors.staff({ id: cast.staff.DESK_AGENT.id, role: "DESK_AGENT" });
    const listed = await countRows(database, members);
    const res = await ask(api.url, agent, MEMBERS_PAGE, { n: 100 });
    expect(res.status).toBe(200);
    expect(res.json.errors).toBeUndefined();
    const returned = res.json.data.members.edges.length;
    expect(returned).toBe(Math.min(listed, 100));
    // A connection costs 2 plus `first` × its node (an object: 1); the answer held `returned` nodes.
    const cost = res.json.extensions.cost;
    expect(cost.requestedQueryCost).toBe(2 + 100);
    expect(cost.actualQueryCost).toBe(2 + returned);
    expect(cost.throttleStatus.maximumAvailable).toBe(2000);
    expect(cost.throttleStatus.restoreRate).toBe(1);
    // Charged 102 up front, refunded what the query did not use: the bucket lost the actual cost only (plus a second's restore at most).
    expect(cost.throttleStatus.currentlyAvailable).toBeGreaterThanOrEqual(2000 - (2 + returned));
    expect(cost.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(2000 - (2 + returned) + 2);
    expect(parseRateLimit(res.headers.get("ratelimit-policy"))).toEqual({ name: '"cost"', q: 2000, w: 2000 });
    const header = parseRateLimit(res.headers.get("ratelimit"));
    expect(header.r).toBe(cost.throttleStatus.currentlyAvailable);
    expect(header.t).toBe(2000 - cost.throttleStatus.currentlyAvailable);
  });

  it("LIMITS: `first` passed through a variable costs what the same literal costs", async () => {
    const agent = actors.staff({ id: cast.staff.DESK_AGENT.id, role: "DESK_AGENT" });
    const byVariable = await ask(api.url, agent, MEMBERS_PAGE, { n: 37 });
    const byLiteral = await ask(api.url, agent, `{ members(first: 37) { edges { node { id } } pageInfo { hasNextPage } } }`);
    expect(byVariable.json.extensions.cost.requestedQueryCost).toBe(39);
    expect(byLiteral.json.extensions.cost.requestedQueryCost).toBe(39);
  });

  it("LIMITS: a query above the per-query maximum is refused with 400 MAX_COST_EXCEEDED before it runs, in French by default and in English on request, and costs nothing", async () => {
    const agent = actors.staff({ id: cast.staff.COACH.id, role: "COACH" });
    // The probe of the issue: 15 aliases of members(first: 100), each with nested lists.
    const aliases = Array.from({ length: 15 }, (_, i) => `m${i}: members(first: 100) { edges { node { id addresses { id lines { id } } } } }`).join("\n");
    const fr = await ask(api.url, agent, `{ ${aliases} }`);
    expect(fr.status).toBe(400);
    expect(fr.json.data).toBeUndefined();
    expect(fr.json.errors).toHaveLength(1);
    expect(fr.json.errors[0].extensions.code).toBe("MAX_COST_EXCEEDED");
    expect(fr.json.errors[0].message).toBe(
      "Cette requête coûte 4530 points, plus que le maximum de 1000 par requête. Demandez moins d'éléments (« first ») ou scindez-la (voir docs/limits.md).",
    );
    expect(fr.json.extensions.cost).toMatchObject({ requestedQueryCost: 4_530, actualQueryCost: 0 });
    expect(fr.json.extensions.cost.throttleStatus.currentlyAvailable).toBe(2000);
    const en = await ask(api.url, agent, `{ ${aliases} }`, {}, { "accept-language": "en" });
    expect(en.json.errors[0].message).toMatch(/^This query costs 4530 points, more than the maximum of 1000 per query/);
    expect(JSON.stringify(en.json)).not.toMatch(/stack|select |Error:/i);
  });

  it("LIMITS: a refused mutation writes nothing (per-field weight from GRAPHQL_COST_WEIGHTS), the same mutation within the maximum does", async () => {
    const weighted = await start({ GRAPHQL_COST_WEIGHTS: JSON.stringify({ "Mutation.submitConciergeRequest": 1500 }) });
    const normal = api;
    const sample = await mutationSamples.submitConciergeRequest!(database);
    const before = await countRows(database, conciergeRequests);
    const refused = await ask(weighted.url, sample.actor, sample.query, sample.variables, { "idempotency-key": randomUUID() });
    expect(refused.status).toBe(400);
    expect(refused.json.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(["MAX_COST_EXCEEDED"]);
    expect(refused.json.extensions.cost.requestedQueryCost).toBe(1500 + 1);
    expect(await countRows(database, conciergeRequests)).toBe(before);
    const accepted = await ask(normal.url, sample.actor, sample.query, sample.variables, { "idempotency-key": randomUUID() });
    expect(accepted.json.data.submitConciergeRequest.userErrors).toEqual([]);
    // A mutation costs 10 plus its selection (userErrors: a list of objects, 1).
    expect(accepted.json.extensions.cost).toMatchObject({ requestedQueryCost: 11, actualQueryCost: 11 });
    expect(await countRows(database, conciergeRequests)).toBe(before + 1);
  });

  it("LIMITS: GRAPHQL_COST_WEIGHTS naming no field of the schema stops the start-up with a clear message", async () => {
    await expect(serve(database, { GRAPHQL_COST_WEIGHTS: JSON.stringify({ "Query.nothingHere": 3 }) })).rejects.toThrow(
      'GRAPHQL_COST_WEIGHTS: "Query.nothingHere" names no field of the schema',
    );
  });

  it("LIMITS: over budget the request is refused with 429 THROTTLED and Retry-After before any resolver runs; the bucket restores at its rate", async () => {
    const small = await start({ RATE_LIMIT_APP_MAXIMUM: "25", RATE_LIMIT_APP_RESTORE_RATE: "2" });
    const sample = await mutationSamples.submitConciergeRequest!(database);
    const before = await countRows(database, conciergeRequests);
    const send = () => ask(small.url, sample.actor, sample.query, sample.variables, { "idempotency-key": randomUUID() });
    const first = await send();
    const second = await send();
    expect([first.status, second.status]).toEqual([200, 200]);
    const third = await send();
    expect(third.status).toBe(429);
    expect(third.json.data).toBeUndefined();
    expect(third.json.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(["THROTTLED"]);
    const left = third.json.extensions.cost.throttleStatus.currentlyAvailable;
    expect(left).toBeLessThan(11);
    const retryAfter = Number(third.headers.get("retry-after"));
    expect(retryAfter).toBe(Math.max(1, Math.ceil((11 - left) / 2)));
    expect(third.json.errors[0].message).toBe(
      `Budget de requêtes épuisé : cette requête coûte 11 points et il en reste ${left}. Réessayez dans ${retryAfter} s (en-tête Retry-After).`,
    );
    expect(third.json.extensions.cost).toMatchObject({ requestedQueryCost: 11, actualQueryCost: 0 });
    expect(await countRows(database, conciergeRequests)).toBe(before + 2);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100));
    const later = await send();
    expect(later.status).toBe(200);
    expect(await countRows(database, conciergeRequests)).toBe(before + 3);
  });

  it("LIMITS: a throttled mutation is not stored under its idempotency key: the same key runs once the budget is back", async () => {
    const small = await start({ RATE_LIMIT_APP_MAXIMUM: "12", RATE_LIMIT_APP_RESTORE_RATE: "10" });
    const sample = await mutationSamples.submitConciergeRequest!(database);
    const before = await countRows(database, conciergeRequests);
    await ask(small.url, sample.actor, sample.query, sample.variables, { "idempotency-key": randomUUID() });
    const key = randomUUID();
    const throttled = await ask(small.url, sample.actor, sample.query, sample.variables, { "idempotency-key": key });
    expect(throttled.status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, Number(throttled.headers.get("retry-after")) * 1000 + 100));
    const retried = await ask(small.url, sample.actor, sample.query, sample.variables, { "idempotency-key": key });
    expect(retried.status).toBe(200);
    expect(retried.json.extensions.idempotency).toEqual({ key, replayed: false });
    expect(await countRows(database, conciergeRequests)).toBe(before + 2);
  });

  it("LIMITS: 40 concurrent requests against a budget of 10 requests: exactly 10 are answered, 30 are throttled", async () => {
    const small = await start({ RATE_LIMIT_DESK_MAXIMUM: "100", RATE_LIMIT_DESK_RESTORE_RATE: "1", GRAPHQL_COST_WEIGHTS: JSON.stringify({ "Query.me": 10 }) });
    const billing = actors.staff({ id: cast.staff.BILLING.id, role: "BILLING" });
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 40 }, () => ask(small.url, billing, `{ me { role } }`)));
    const elapsed = (Date.now() - started) / 1000;
    const statuses = answers.map((a) => a.status);
    // Restoring 1 point a second, a 10-point query is given back only after 10 s.
    expect(elapsed).toBeLessThan(10);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
  });

  it("LIMITS: each app user, partner and desk person has their own budget: a member out of budget does not throttle their delegate, another member or the desk", async () => {
    const small = await start({ RATE_LIMIT_APP_MAXIMUM: "10", RATE_LIMIT_APP_RESTORE_RATE: "1", GRAPHQL_COST_WEIGHTS: JSON.stringify({ "Query.me": 10 }) });
    const other = await aMember(database);
    const me = `{ me { role } }`;
    expect((await ask(small.url, cast.as.member, me)).status).toBe(200);
    expect((await ask(small.url, cast.as.member, me)).status).toBe(429);
    for (const actor of [cast.as.delegate, cast.as.payer, actors.member(other), cast.as.CONCIERGE_PARTNER, cast.as.DESK_AGENT] as Actor[]) {
      expect((await ask(small.url, actor, me)).status).toBe(200);
    }
  });

  it("LIMITS: anonymous callers share one budget per network address", async () => {
    const small = await start({
      RATE_LIMIT_ANONYMOUS_MAXIMUM: "10",
      RATE_LIMIT_ANONYMOUS_RESTORE_RATE: "1",
      GRAPHQL_COST_WEIGHTS: JSON.stringify({ "Query.serviceAvailability": 10 }),
    });
    const query = `{ serviceAvailability(service: COACH) { openNow } }`;
    const first = await ask(small.url, { kind: "anonymous" }, query);
    expect(first.status).toBe(200);
    const second = await ask(small.url, { kind: "anonymous" }, query);
    expect(second.status).toBe(429);
    expect(second.json.errors[0].extensions.code).toBe("THROTTLED");
  });

  it("LIMITS: a request that runs costs at least 1 point, even when it returns no data: refusals cannot be sent for free", async () => {
    const small = await start({ RATE_LIMIT_ANONYMOUS_MAXIMUM: "10", RATE_LIMIT_ANONYMOUS_RESTORE_RATE: "1" });
    const refusedFields = `{ a: members(first: 3) { edges { node { id } } } }`;
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(await ask(small.url, { kind: "anonymous" }, refusedFields));
    expect(answers[0]!.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(answers[0]!.json.extensions.cost).toMatchObject({ requestedQueryCost: 5, actualQueryCost: 1 });
    expect(answers.map((a) => a.status)).toContain(429);
  });

  it("LIMITS: with RATE_LIMIT_ENABLED=false the cost is still reported and capped, and no budget or RateLimit header is given", async () => {
    const open = await serve(database, {});
    servers.push(open);
    const agent = actors.staff({ id: cast.staff.DESK_AGENT.id, role: "DESK_AGENT" });
    const res = await ask(open.url, agent, MEMBERS_PAGE, { n: 5 });
    expect(res.json.extensions.cost).toMatchObject({ requestedQueryCost: 7, throttleStatus: null });
    expect(res.headers.get("ratelimit")).toBeNull();
    const page = `members(first: 100) { edges { node { addresses { lines { id } } } } }`;
    const big = await ask(open.url, agent, `{ a: ${page} b: ${page} c: ${page} d: ${page} }`);
    expect(big.status).toBe(400);
    expect(big.json.errors[0].extensions.code).toBe("MAX_COST_EXCEEDED");
  });
});

describe("LIMITS: the rateLimit field", () => {
  let database: Database;
  let api: RunningApi;
  let cast: Awaited<ReturnType<typeof aCast>>;
  const QUERY = `{ rateLimit { consumer maximumQueryCost requestedQueryCost maximumAvailable currentlyAvailable restoreRate } }`;

  beforeAll(async () => {
    database = await createTestDatabase();
    cast = await aCast(database);
    api = await serve(database, { RATE_LIMIT_ENABLED: "true" });
  });
  afterAll(async () => {
    await api?.stop();
  });

  const expected = {
    member: ["APP", 1000, 50],
    delegate: ["APP", 1000, 50],
    payer: ["APP", 1000, 50],
    CONCIERGE_PARTNER: ["PARTNER", 4000, 200],
    DESK_AGENT: ["DESK", 2000, 100],
    COACH: ["DESK", 2000, 100],
    TECHNICIAN: ["DESK", 2000, 100],
    COMMITTEE: ["DESK", 2000, 100],
    BILLING: ["DESK", 2000, 100],
    PRIVACY_OFFICER: ["DESK", 2000, 100],
  } as const;
  for (const [role, [consumer, maximum, rate]] of Object.entries(expected)) {
    it(`LIMITS: ${role} reads their own budget, with the default of their kind (${consumer})`, async () => {
      const res = await ask(api.url, cast.as[role as keyof typeof expected], QUERY);
      expect(res.status).toBe(200);
      expect(res.json.data.rateLimit).toEqual({
        consumer,
        maximumQueryCost: 1000,
        requestedQueryCost: 1,
        maximumAvailable: maximum,
        currentlyAvailable: maximum - 1,
        restoreRate: rate,
      });
    });
  }

  it("LIMITS: an anonymous caller may not read rateLimit (deny by default); the headers tell them their budget", async () => {
    const res = await ask(api.url, { kind: "anonymous" }, QUERY);
    expect(res.json.data?.rateLimit ?? null).toBeNull();
    expect(res.json.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(["UNAUTHENTICATED"]);
    expect(parseRateLimit(res.headers.get("ratelimit-policy"))).toMatchObject({ q: 200, w: 20 });
  });
});
