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

export interface RunningApi {
  url: string;
  database: Database;
  server: Server;
  log: Logger;
  /** Stops accepting connections, drains in-flight requests (up to the grace period), closes the pool. */
  stop(): Promise<void>;
}

export async function startApi(config: Config, options: { clock?: Clock; database?: Database; log?: Logger } = {}): Promise<RunningApi> {
  const log = options.log ?? pino({ level: config.logLevel, base: { service: "parnasse-partner-api" } });
  // Issue 14: read before anything opens, so that a bad manifest stops the start-up with its reason (docs/trusted-documents.md).
  const trustedDocuments = { mode: config.trustedDocuments, documents: loadTrustedDocuments(join(repositoryRoot(), MANIFEST_PATH)) };
  const database = options.database ?? (await openDatabase(config.database));
  if (config.seedDemoData) await seedDemo(database.db);

  useTargetPolicy(config.webhooks.target);
  // Issue 13: in a sandbox, one clock for the deployment, read from the database at each request.
  const clock = options.clock ?? (config.sandbox.clock ? new SandboxClock() : systemClock);
  const plugins: ApolloServerPlugin<Context>[] = [];
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
  });
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 }, (req, res) => {
    void handler(req, res);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    await apollo.stop();
    await store?.close();
    if (!options.database) await database.close();
    throw error;
  }
  const dueEvents = startDueEventsSweeper({ database, clock, log, intervalMs: config.events.dueSweepMs });
  const address = server.address() as AddressInfo;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  // Issue 13: webhook deliveries, from this process too (replicas share the work: docs/webhooks.md).
  const webhooks = config.webhooks.worker ? startWebhookWorker({ database, clock, log, config: config.webhooks }) : null;

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
      await dueEvents.stop();
      await apollo.stop();
      await store?.close();
      // Attempts in flight get what is left of the grace period; one cut short is not recorded, its lease lapses and it is retried.
      if (webhooks) await Promise.race([webhooks.stop(), new Promise((resolve) => setTimeout(resolve, Math.max(deadline - Date.now(), 0)).unref())]);
      await database.close({ timeoutMs: Math.max(deadline - Date.now(), 100) });
    })());

  return { url: `http://${host}:${address.port}/graphql`, database, server, log, stop };
}
