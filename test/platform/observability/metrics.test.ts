import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintToken } from "../../../src/authz/tokens.js";
import { createMetrics } from "../../../src/platform/observability/metrics.js";
import { useTargetPolicy } from "../../../src/platform/webhooks/target.js";
import { startWebhookWorker } from "../../../src/platform/webhooks/worker.js";
import { startApi, type RunningApi } from "../../../src/runtime.js";
import { ManualClock, systemClock } from "../../../src/shared/clock.js";
import { gql, payloadOf, silentLog } from "../../support/api.js";
import { createTestDatabase, useTestDatabase } from "../../support/db.js";
import type { Database } from "../../../src/shared/db.js";
import { aMember } from "../../support/factories.js";
import { capturingLog } from "../../support/logs.js";
import { post, serve, testConfig } from "../../support/http.js";
import { aConciergeCast, SUBMIT } from "../../modules/concierge/concierge.support.js";
import { aReceiver, disableAllEndpoints, LOCAL_POLICY, REGISTER } from "../../modules/webhooks/webhooks.support.js";
import type { ApolloServerPlugin } from "@apollo/server";
import { createApolloServer } from "../../../src/app.js";
import { DEMO_TARIFFS } from "../../../src/config.js";
import type { Context } from "../../../src/context.js";
import { buildContext } from "../../../src/modules/registry.js";
import { requestTracePlugin } from "../../../src/platform/observability/plugin.js";
import { buildAppSchema } from "../../../src/schema.js";
import { newRequestTrace } from "../../../src/shared/request-trace.js";
import manifest from "../../../schema/trusted-documents.json" with { type: "json" };

/** The value of one series of a Prometheus text exposition, or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}

const seriesOf = (text: string, name: string) => text.split("\n").filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `));

const ME = manifest.operations.find((o) => o.name === "Me")!;

describe("OPS: /metrics", () => {
  const db = {} as { current: Database };
  let api: RunningApi;
  let memberToken: string;
  const base = () => api.url.replace(/\/graphql$/, "");
  const scrape = async (headers: Record<string, string> = {}) => {
    const res = await fetch(`${base()}/metrics`, { headers });
    return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
  };

  beforeAll(async () => {
    db.current = await createTestDatabase();
    api = await serve(db.current);
    const member = await aMember(db.current);
    memberToken = await mintToken(testConfig().auth, { role: "MEMBER", subjectId: member.id, memberId: member.id });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it("OPS: Prometheus text: a trusted document is labelled by its id and name, a known operation by its name, any other name shares `other`", async () => {
    const auth = { authorization: `Bearer ${memberToken}` };
    expect((await post(api.url, { documentId: `sha256:${ME.id}` }, auth)).status).toBe(200);
    expect((await post(api.url, { query: "query Me { me { role } }" }, auth)).status).toBe(200);
    for (let i = 0; i < 25; i++) expect((await post(api.url, { query: `query Invented${i} { me { role } }` }, auth)).status).toBe(200);
    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    const duration = "parnasse_graphql_request_duration_seconds_count";
    expect(sample(text, duration, { operation: "Me", document: ME.id, type: "query" })).toBe(1);
    expect(sample(text, duration, { operation: "Me", document: "none", type: "query" })).toBe(1);
    expect(sample(text, duration, { operation: "other", document: "none", type: "query" })).toBe(25);
    // 25 invented names made one series, not 25.
    expect(text).not.toMatch(/Invented/);
    expect(seriesOf(text, duration)).toHaveLength(3);
    expect(sample(text, "parnasse_http_requests_total", { route: "/graphql", status: "200" })).toBe(27);
  });

  it("OPS: errors are counted by extensions.code, including the refusals answered before GraphQL runs", async () => {
    const before = await scrape();
    const count = (text: string, code: string) => sample(text, "parnasse_graphql_errors_total", { code, operation: "other" }) ?? 0;
    expect((await post(api.url, { query: "query Nope { nothingHere }" })).status).toBe(400);
    expect((await post(api.url, { query: "{ me { role } }" }, { authorization: "Bearer not-a-token" })).status).toBe(401);
    expect((await post(api.url, { query: "{ me { role } }" }, { authorization: "Bearer not-a-token" })).status).toBe(401);
    const after = await scrape();
    expect(count(after.text, "GRAPHQL_VALIDATION_FAILED") - count(before.text, "GRAPHQL_VALIDATION_FAILED")).toBe(1);
    expect(count(after.text, "UNAUTHENTICATED") - count(before.text, "UNAUTHENTICATED")).toBe(2);
    expect(sample(after.text, "parnasse_http_requests_total", { route: "/graphql", status: "401" })).toBeGreaterThanOrEqual(2);
  });

  it("OPS: the event-loop lag, the pool and the outbox are reported; unknown paths share one route label", async () => {
    await fetch(`${base()}/no/such/${Math.random()}`);
    const { text } = await scrape();
    expect(sample(text, "parnasse_nodejs_eventloop_lag_seconds")).toBeGreaterThanOrEqual(0);
    expect(sample(text, "parnasse_nodejs_eventloop_lag_p99_seconds")).toBeGreaterThanOrEqual(0);
    expect(sample(text, "parnasse_db_pool_size")).toBe(db.current.pool.size);
    expect(sample(text, "parnasse_db_pool_waiting")).toBe(0);
    expect(sample(text, "parnasse_db_pool_wait_seconds_count")).toBeGreaterThanOrEqual(0);
    expect(sample(text, "parnasse_db_statements_total")).toBeGreaterThan(0);
    expect(sample(text, "parnasse_outbox_backlog")).toBeGreaterThanOrEqual(0);
    expect(sample(text, "parnasse_outbox_oldest_age_seconds")).toBeGreaterThanOrEqual(0);
    expect(sample(text, "parnasse_http_requests_total", { route: "other", status: "404" })).toBeGreaterThanOrEqual(1);
    expect(text).not.toMatch(/no\/such/);
  });
});

describe("OPS: the pool, the outbox and webhook attempts", () => {
  const db = useTestDatabase();
  beforeAll(() => useTargetPolicy(LOCAL_POLICY));

  it("OPS: a transaction waiting for the connection shows in parnasse_db_pool_waiting, and its wait in the histogram", async () => {
    const metrics = createMetrics({ database: db.current, clock: systemClock, log: silentLog, trustedDocuments: new Map() });
    try {
      const read = async (name: string) => sample(await metrics.registry.getSingleMetricAsString(name.replace(/_(count|sum)$/, "")), name);
      const size = db.current.pool.size;
      const waitsBefore = (await read("parnasse_db_pool_wait_seconds_count")) ?? 0;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const entered: Promise<void>[] = [];
      // One transaction more than the pool has connections: the last one waits.
      const running = Array.from({ length: size + 1 }, () => {
        let signal!: () => void;
        entered.push(new Promise<void>((resolve) => (signal = resolve)));
        return db.current.db.transaction(async () => {
          signal();
          await held;
        });
      });
      await Promise.all(entered.slice(0, size));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await read("parnasse_db_pool_reserved")).toBe(size);
      expect(await read("parnasse_db_pool_waiting")).toBe(1);
      release();
      await Promise.all(running);
      expect(await read("parnasse_db_pool_reserved")).toBe(0);
      expect(await read("parnasse_db_pool_waiting")).toBe(0);
      expect((await read("parnasse_db_pool_wait_seconds_count"))! - waitsBefore).toBe(size + 1);
      // The one that waited waited at least the 50 ms the others held their connections.
      expect(await read("parnasse_db_pool_wait_seconds_sum")).toBeGreaterThanOrEqual(0.045);
    } finally {
      metrics.close();
    }
  });

  it("OPS: the outbox backlog and its age follow the pending deliveries, and attempts are counted by outcome", async () => {
    const clock = new ManualClock("2026-11-26T10:00:00Z");
    await disableAllEndpoints(db.current);
    await db.current.db.execute("update webhook_deliveries set status = 'FAILED' where status = 'PENDING'" as never);
    const metrics = createMetrics({ database: db.current, clock, log: silentLog, trustedDocuments: new Map() });
    const receivers: { close(): Promise<void> }[] = [];
    try {
      const read = async (name: string, labels: Record<string, string> = {}) => sample(await metrics.registry.getSingleMetricAsString(name), name, labels);
      expect(await read("parnasse_outbox_backlog")).toBe(0);
      expect(await read("parnasse_outbox_oldest_age_seconds")).toBe(0);
      const ok = await aReceiver();
      const failing = await aReceiver(() => ({ status: 500, body: "boom" }));
      receivers.push(ok, failing);
      const cast = await aConciergeCast(db.current);
      for (const hook of [ok, failing]) {
        const res = await gql(db.current, cast.as.CONCIERGE_PARTNER, REGISTER, { variables: { input: { url: hook.url, eventTypes: ["concierge_request.submitted"] } }, clock });
        expect(payloadOf(res, "registerWebhookEndpoint").userErrors).toEqual([]);
      }
      const submitted = await gql(db.current, cast.as.member, SUBMIT, { variables: { input: { category: "RESTAURANT", content: "Une table pour deux" } }, clock });
      expect(payloadOf(submitted, "submitConciergeRequest").userErrors).toEqual([]);
      clock.advance(90_000);
      expect(await read("parnasse_outbox_backlog")).toBe(2);
      expect(await read("parnasse_outbox_due")).toBe(2);
      expect(await read("parnasse_outbox_oldest_age_seconds")).toBeCloseTo(90, 0);
      const worker = startWebhookWorker({
        database: db.current,
        clock,
        log: silentLog,
        config: { target: LOCAL_POLICY, timeoutMs: 2_000, pollIntervalMs: 0, leaseMs: 60_000 },
        onAttempt: metrics.observeWebhookAttempt,
      });
      expect(await worker.runOnce()).toBe(2);
      await worker.stop();
      expect(await read("parnasse_webhook_attempts_total", { outcome: "SUCCEEDED" })).toBe(1);
      expect(await read("parnasse_webhook_attempts_total", { outcome: "HTTP_ERROR" })).toBe(1);
      // The failed one waits for its retry: still in the backlog, no longer due.
      expect(await read("parnasse_outbox_backlog")).toBe(1);
      expect(await read("parnasse_outbox_due")).toBe(0);
    } finally {
      metrics.close();
      await Promise.allSettled(receivers.map((r) => r.close()));
      await disableAllEndpoints(db.current);
    }
  });
});

describe("OPS: /metrics protected by a token, or on a port of its own", () => {
  const apis: RunningApi[] = [];
  // stop() closes the database it serves: one database per API.
  const serveOwn = async (overrides: Record<string, string>) => {
    const api = await serve(await createTestDatabase(), overrides);
    apis.push(api);
    return api;
  };
  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop()));
  });

  it("OPS: METRICS_TOKEN: 401 without the token or with another, 200 with it", async () => {
    const api = await serveOwn({ METRICS_TOKEN: "a-metrics-token-of-some-length" });
    const url = api.url.replace(/\/graphql$/, "/metrics");
    const none = await fetch(url);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await none.text()).not.toMatch(/parnasse_/);
    expect((await fetch(url, { headers: { authorization: "Bearer a-metrics-token-of-some-lengtX" } })).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: "Bearer short" } })).status).toBe(401);
    const good = await fetch(url, { headers: { authorization: "Bearer a-metrics-token-of-some-length" } });
    expect(good.status).toBe(200);
    expect(await good.text()).toMatch(/^# HELP parnasse_/m);
  });

  it("OPS: METRICS_PORT: /metrics moves to its own listener, which serves nothing else; the API's port no longer has it", async () => {
    const api = await serveOwn({ METRICS_PORT: "0" });
    expect(api.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(api.metricsUrl).not.toBe(api.url.replace(/\/graphql$/, "/metrics"));
    expect((await fetch(api.url.replace(/\/graphql$/, "/metrics"))).status).toBe(404);
    const res = await fetch(api.metricsUrl!);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/parnasse_db_pool_size/);
    expect((await fetch(api.metricsUrl!.replace(/\/metrics$/, "/graphql"))).status).toBe(404);
    await api.stop();
    await expect(fetch(api.metricsUrl!)).rejects.toThrow();
  });

  it("OPS: METRICS_ENABLED=false: no /metrics at all", async () => {
    const api = await serveOwn({ METRICS_ENABLED: "false" });
    expect((await fetch(api.url.replace(/\/graphql$/, "/metrics"))).status).toBe(404);
  });

  it("OPS: in production, /metrics open on the API's port is refused at start-up", async () => {
    const { loadConfig, ConfigError } = await import("../../../src/config.js");
    const production = { NODE_ENV: "production", AUTH_JWKS_URL: "https://idp.example.com/jwks", ENTRY_FEE_CENTS: "150000" } as const;
    expect(() => loadConfig(production)).toThrow(ConfigError);
    expect(() => loadConfig(production)).toThrow(/METRICS_TOKEN: in production \/metrics needs a token/);
  });
});

describe("OPS: log lines of a request carry its id, the operation name and the actor's role", () => {
  const db = useTestDatabase();

  it("OPS: the request line and the lines logged while it runs name the operation and the role", async () => {
    const { log, lines } = capturingLog();
    const database = await createTestDatabase();
    const api = await startApi(testConfig({ LOG_LEVEL: "info" }), { database, log: log });
    try {
      const member = await aMember(database);
      const token = await mintToken(testConfig().auth, { role: "MEMBER", subjectId: member.id, memberId: member.id });
      const res = await post(api.url, { query: "query MyRole { me { role } }" }, { authorization: `Bearer ${token}`, "x-request-id": "ops-log-1" });
      expect(res.status).toBe(200);
      const request = lines.find((l) => l.msg === "request" && l.requestId === "ops-log-1");
      expect(request).toMatchObject({ requestId: "ops-log-1", role: "MEMBER", operationName: "MyRole", operationType: "query", status: 200, path: "/graphql" });
      const anonymous = await post(api.url, { query: "{ me { role } }" }, { "x-request-id": "ops-log-2" });
      expect(anonymous.status).toBe(200);
      expect(lines.find((l) => l.msg === "request" && l.requestId === "ops-log-2")).toMatchObject({ role: "ANONYMOUS", operationName: null, operationType: "query" });
    } finally {
      await api.stop();
    }
  });

  it("OPS: a line logged from inside the request, through its context's logger, names the operation and the role too", async () => {
    const { log, lines } = capturingLog();
    const member = await aMember(db.current);
    // A resolver's log line stands in here as a plugin's: both write through the request's context logger.
    const logsInside: ApolloServerPlugin<Context> = {
      async requestDidStart() {
        return {
          async executionDidStart({ contextValue }) {
            contextValue.log.info("inside the request");
          },
        };
      },
    };
    const apollo = createApolloServer(await buildAppSchema(), testConfig().graphql, [requestTracePlugin, logsInside]);
    await apollo.start();
    try {
      const contextValue = buildContext({
        requestId: "ops-log-3",
        actor: { kind: "member-scoped", role: "MEMBER", subjectId: member.id, memberId: member.id },
        locale: "fr",
        clock: systemClock,
        tariffs: DEMO_TARIFFS,
        db: db.current.db,
        log: log,
        trace: newRequestTrace(),
      });
      const response = await apollo.executeOperation({ query: "query Inside { me { role } }" }, { contextValue });
      expect(response.body.kind === "single" && response.body.singleResult.errors).toBeFalsy();
      expect(lines.find((l) => l.msg === "inside the request")).toMatchObject({ requestId: "ops-log-3", role: "MEMBER", operationName: "Inside", operationType: "query" });
    } finally {
      await apollo.stop();
    }
  });
});
