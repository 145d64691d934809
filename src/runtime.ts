import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pino, type Logger } from "pino";
import { createApolloServer } from "./app.js";
import { createTokenVerifier } from "./authz/tokens.js";
import type { Config } from "./config.js";
import { buildAppSchema } from "./schema.js";
import { systemClock, type Clock } from "./shared/clock.js";
import { openDatabase, type Database } from "./shared/db.js";
import { createRequestHandler } from "./http.js";
import { seedDemo } from "./demo/seed.js";
import { SandboxClock } from "./platform/clock/sandbox-clock.js";
import { startDueEventsSweeper } from "./platform/events/due-sweeper.js";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "./context.js";
import { useTargetPolicy } from "./platform/webhooks/target.js";
import { startWebhookWorker } from "./platform/webhooks/worker.js";
import { createCostModel, limitsPlugin, MemoryBudgetStore, RedisBudgetStore, type BudgetStore } from "./platform/limits/index.js";
import { MANIFEST_PATH, loadTrustedDocuments, repositoryRoot } from "./platform/trusted-documents/index.js";
import { join } from "node:path";
import { createMetrics } from "./platform/observability/metrics.js";
import { playgroundExamples } from "./platform/playground/examples.js";
import { requestTracePlugin } from "./platform/observability/plugin.js";
import { serveMetrics } from "./http.js";
import { startTracing, type Tracing } from "./platform/observability/tracing.js";
import type { SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { readFileSync } from "node:fs";

export interface RunningApi {
  url: string;
  database: Database;
  server: Server;
  log: Logger;
  /** Where /metrics is served when METRICS_PORT gives it a listener of its own; null otherwise. */
  metricsUrl: string | null;
  /** Stops accepting connections, drains in-flight requests (up to the grace period), closes the pool. */
  stop(): Promise<void>;
}

export async function startApi(
  config: Config,
  options: { clock?: Clock; database?: Database; log?: Logger /** Replaces the OTLP exporter when tracing is configured (tests). */; spanProcessor?: SpanProcessor } = {},
): Promise<RunningApi> {
  const log = options.log ?? pino({ level: config.logLevel, base: { service: "parnasse-partner-api" } });
  // Issue 16: before anything runs, so that every span has a provider (docs/operations.md).
  const tracing: Tracing | null = config.tracing
    ? startTracing(config.tracing, { version: packageVersion(), ...(options.spanProcessor ? { spanProcessor: options.spanProcessor } : {}) })
    : null;
  if (config.tracing) log.info({ endpoint: config.tracing.endpoint, samplerRatio: config.tracing.samplerRatio }, "tracing on: spans exported over OTLP/HTTP");
  // Issue 14: read before anything opens, so that a bad manifest stops the start-up with its reason (docs/trusted-documents.md).
  const trustedDocuments = { mode: config.trustedDocuments, documents: loadTrustedDocuments(join(repositoryRoot(), MANIFEST_PATH)) };
  const database = options.database ?? (await openDatabase(config.database));
  if (config.seedDemoData) await seedDemo(database.db);

  useTargetPolicy(config.webhooks.target);
  // Issue 13: in a sandbox, one clock for the deployment, read from the database at each request.
  const clock = options.clock ?? (config.sandbox.clock ? new SandboxClock() : systemClock);
  // Issue 16: the operation and error codes of each request, for its log lines and metrics (docs/operations.md).
  const plugins: ApolloServerPlugin<Context>[] = [requestTracePlugin];
  if (clock instanceof SandboxClock) {
    await clock.sync(database.db);
    plugins.push({
      // Unreadable (the database away): keep the last offset; the request meets the outage itself and answers 503.
      requestDidStart: async ({ contextValue }) => void (await clock.sync(contextValue.db).catch(() => undefined)),
    });
    log.warn({ offsetMs: clock.offset }, "sandbox clock on: callers may move this deployment's time forward");
  }
  const schema = await buildAppSchema();
  // Issue 14: query cost and per-consumer budgets (docs/limits.md), shared through Redis when REDIS_URL is set.
  const budgets = config.limits.rateLimit;
  let store: BudgetStore | null = null;
  if (budgets.enabled && budgets.redis) {
    const redis = new RedisBudgetStore(budgets.redis.url, budgets.redis.prefix, log);
    await redis.connect();
    store = redis;
  } else if (budgets.enabled) store = new MemoryBudgetStore();
  plugins.push(
    limitsPlugin({
      model: createCostModel(schema, config.limits.weights),
      maxQueryCost: config.limits.maxQueryCost,
      rateLimit: store ? { budgets: budgets.budgets, store } : null,
    }),
  );
  const apollo = createApolloServer(schema, config.graphql, plugins);
  await apollo.start();
  const metrics = config.metrics.enabled
    ? createMetrics({ database, clock, log, trustedDocuments: trustedDocuments.documents, exampleOperations: playgroundExamples().map((example) => example.query) })
    : null;
  const handler = createRequestHandler({
    apollo,
    database,
    verifyToken: createTokenVerifier(config.auth),
    clock,
    tariffs: config.tariffs,
    log,
    maxBodyBytes: config.http.maxBodyBytes,
    idempotency: config.idempotency,
    trustedDocuments,
    ...(metrics ? { metrics: { metrics, token: config.metrics.token, ownPort: config.metrics.listener !== null } } : {}),
    tracing: tracing !== null,
  });
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 }, (req, res) => {
    void handler(req, res);
  });
  // METRICS_PORT: /metrics on a listener of its own (an internal network), and nothing else there.
  const metricsServer =
    metrics && config.metrics.listener
      ? createServer({ requestTimeout: 10_000, headersTimeout: 5_000 }, (req, res) => {
          const path = new URL(req.url ?? "/", "http://localhost").pathname;
          if (path !== "/metrics") {
            res.statusCode = 404;
            res.end();
            return;
          }
          serveMetrics({ metrics, token: config.metrics.token }, req, res).catch((error: unknown) => {
            log.error({ err: error }, "metrics could not be rendered");
            if (!res.headersSent) res.statusCode = 500;
            res.end();
          });
        })
      : null;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => resolve());
    });
    if (metrics && config.metrics.listener) await listenForMetrics(metricsServer, config.metrics.listener);
  } catch (error) {
    if (server.listening) server.close();
    metricsServer?.close();
    await apollo.stop();
    await store?.close();
    metrics?.close();
    await tracing?.shutdown();
    if (!options.database) await database.close();
    throw error;
  }
  const dueEvents = startDueEventsSweeper({ database, clock, log, intervalMs: config.events.dueSweepMs });
  const address = server.address() as AddressInfo;
  // Issue 13: webhook deliveries, from this process too (replicas share the work: docs/webhooks.md).
  const webhooks = config.webhooks.worker
    ? startWebhookWorker({ database, clock, log, config: config.webhooks, ...(metrics ? { onAttempt: metrics.observeWebhookAttempt } : {}) })
    : null;

  /*
   * The drain: readiness and new requests answer 503 at once (the listener stays open so that
   * they get an answer, not a refused connection), idle keep-alive sockets are closed, admitted
   * requests have until the grace deadline. Then every connection is closed, Apollo stopped and
   * the pool closed within what is left of the grace period, so that the whole stop takes the
   * grace period at most (plus a few milliseconds), whatever the requests still running do.
   */
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      const deadline = Date.now() + config.http.shutdownGraceMs;
      handler.drain();
      server.closeIdleConnections();
      if (!(await handler.settled(deadline - Date.now()))) {
        log.warn({ inFlight: handler.inFlight(), graceMs: config.http.shutdownGraceMs }, "grace period over: closing the connections of requests still in flight");
      }
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      if (metricsServer) {
        const metricsClosed = new Promise<void>((resolve) => metricsServer.close(() => resolve()));
        metricsServer.closeAllConnections();
        await metricsClosed;
      }
      await dueEvents.stop();
      await apollo.stop();
      await store?.close();
      // Attempts in flight get what is left of the grace period; one cut short is not recorded, its lease lapses and it is retried.
      if (webhooks) await Promise.race([webhooks.stop(), new Promise((resolve) => setTimeout(resolve, Math.max(deadline - Date.now(), 0)).unref())]);
      metrics?.close();
      // The last spans are sent, within what is left of the grace period.
      if (tracing) await Promise.race([tracing.shutdown().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, Math.max(deadline - Date.now(), 0)).unref())]);
      await database.close({ timeoutMs: Math.max(deadline - Date.now(), 100) });
    })());

  const metricsAddress = metricsServer?.address() as AddressInfo | undefined;
  const metricsUrl = metricsAddress && config.metrics.listener ? `http://${displayHost(config.metrics.listener.host)}:${metricsAddress.port}/metrics` : null;
  return { url: `http://${displayHost(config.host)}:${address.port}/graphql`, metricsUrl, database, server, log, stop };
}

/** The version of package.json: the `service.version` of the spans. */
function packageVersion(): string {
  try {
    return String((JSON.parse(readFileSync(join(repositoryRoot(), "package.json"), "utf8")) as { version?: unknown }).version ?? "unknown");
  } catch {
    return "unknown";
  }
}

const displayHost = (host: string) => (host === "0.0.0.0" || host === "::" ? "localhost" : host);

function listenForMetrics(server: Server | null, listener: { port: number; host: string }): Promise<void> {
  if (!server) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listener.port, listener.host, () => resolve());
  });
}
