import { timingSafeEqual } from "node:crypto";
import { sql } from "drizzle-orm";
import { Kind, parse } from "graphql";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Logger } from "pino";
import type { Clock } from "../../shared/clock.js";
import { rowsOf } from "../events/record.js";
import type { Database } from "../../shared/db.js";
import type { RequestTrace } from "../../shared/request-trace.js";

/** The label of every operation name that is not known in advance: a caller cannot grow the series. */
export const OTHER_OPERATION = "other";
/** HTTP paths that get their own label; anything else is `other`. */
const ROUTES = new Set(["/graphql", "/healthz", "/readyz", "/metrics", "/playground"]);
const PATH_ROUTES: [RegExp, string][] = [
  [/^\/playground\/assets\//, "/playground/assets"],
  [/^\/invoices\/[^/]+\/pdf$/, "/invoices/:id/pdf"],
  [/^\/members\/[^/]+\/personal-data$/, "/members/:id/personal-data"],
];
/** Error codes are a closed set (docs/errors.md); anything that does not look like one is counted as `OTHER`. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

export interface MetricsOptions {
  database: Database;
  clock: Clock;
  log: Logger;
  /** Trusted document id → text: each id is a label, and so is the operation name of each document. */
  trustedDocuments: Map<string, string>;
  /** The text of the consumers' example operations (examples/, as the playground reads them): their names are labels too. */
  exampleOperations?: string[];
}

export interface Metrics {
  readonly registry: Registry;
  /** The text of /metrics (Prometheus exposition format 0.0.4). */
  render(): Promise<{ contentType: string; body: string }>;
  /** One answered HTTP request: its duration, and for GraphQL its operation and error codes. */
  observeRequest(request: { path: string; status: number; seconds: number; trace: RequestTrace }): void;
  /** One webhook attempt recorded by the delivery worker (src/platform/webhooks/worker.ts). */
  observeWebhookAttempt(outcome: string, seconds: number): void;
  /** Stops the event-loop monitor (default metrics). */
  close(): void;
}

/**
 * The API's Prometheus metrics (issue 16, docs/operations.md), in a registry of their own (never
 * prom-client's global one: two APIs in one process, as in the tests, do not share series).
 *
 * - `parnasse_graphql_request_duration_seconds{operation,document,type}`: `operation` is a known
 *   operation name (the trusted documents' and the examples') or `other`; `document` the trusted
 *   document id the request named, or `none`. Both sets are fixed at start-up: the series are bounded.
 * - `parnasse_graphql_errors_total{code,operation}`: every error of an answer, by `extensions.code`.
 * - `parnasse_http_requests_total{route,status}` and its duration histogram.
 * - `parnasse_db_pool_*`: size, connections reserved by transactions, transactions waiting for one,
 *   and the wait (src/shared/db.ts counts them around the project's calls: postgres.js has no pool statistics).
 * - `parnasse_nodejs_eventloop_lag_*`, memory, GC… (prom-client's default metrics).
 * - `parnasse_outbox_*`: webhook deliveries waiting (all, and due now) and the age of the oldest, read from
 *   the database at each scrape: the same on every replica (aggregate with max, not sum).
 * - `parnasse_webhook_attempts_total{outcome}`: the attempts this process made.
 */
export function createMetrics(options: MetricsOptions): Metrics {
  const { database, clock, log } = options;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "parnasse_", eventLoopMonitoringPrecision: 20 });
  const operations = knownOperationNames([...options.trustedDocuments.values(), ...(options.exampleOperations ?? [])]);
  const documents = new Set(options.trustedDocuments.keys());
  const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

  const graphqlDuration = new Histogram({
    name: "parnasse_graphql_request_duration_seconds",
    help: "Duration of GraphQL requests, from arrival to the last byte of the answer, by operation (a known name or `other`), trusted document id (or `none`) and operation type.",
    labelNames: ["operation", "document", "type"] as const,
    buckets: seconds,
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: "parnasse_graphql_errors_total",
    help: "Errors in GraphQL answers, by extensions.code (docs/errors.md) and operation.",
    labelNames: ["code", "operation"] as const,
    registers: [registry],
  });
  const httpRequests = new Counter({
    name: "parnasse_http_requests_total",
    help: "HTTP requests answered, by route and status code.",
    labelNames: ["route", "status"] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "parnasse_http_request_duration_seconds",
    help: "Duration of HTTP requests, by route.",
    labelNames: ["route"] as const,
    buckets: seconds,
    registers: [registry],
  });
  const pool = database.pool;
  new Gauge({
    name: "parnasse_db_pool_size",
    help: "Connections the pool may open (DATABASE_POOL_MAX; 1 for PGlite).",
    registers: [registry],
    collect() {
      this.set(pool.size);
    },
  });
  new Gauge({
    name: "parnasse_db_pool_reserved",
    help: "Connections held by a transaction now (a transaction has one to itself; single statements share the open connections).",
    registers: [registry],
    collect() {
      this.set(pool.reserved);
    },
  });
  new Gauge({
    name: "parnasse_db_pool_waiting",
    help: "Transactions waiting for a connection of their own now.",
    registers: [registry],
    collect() {
      this.set(pool.waiting);
    },
  });
  const poolWait = new Histogram({
    name: "parnasse_db_pool_wait_seconds",
    help: "Time a transaction waited for its connection (until its BEGIN was acknowledged).",
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  pool.onWait = (waited) => poolWait.observe(waited);
  new Counter({
    name: "parnasse_db_statements_total",
    help: "SQL statements sent to the database by this process.",
    registers: [registry],
    collect() {
      this.reset();
      this.inc(database.statements.count);
    },
  });

  // Read at scrape time: one statement for the three gauges, not one per gauge.
  let backlog: Promise<{ pending: number; due: number; oldestSeconds: number } | null> | null = null;
  const readBacklog = () =>
    (backlog ??= (async () => {
      try {
        const now = clock.now().toISOString();
        const [row] = rowsOf<{ pending: number; due: number; oldest: string | null }>(
          await database.db.execute(sql`
            select count(*)::int as pending, (count(*) filter (where next_attempt_at <= ${now}::timestamptz))::int as due, min(created_at)::text as oldest
            from webhook_deliveries where status = 'PENDING'`),
        );
        if (!row) return null;
        const oldest = row.oldest ? Math.max((Date.parse(now) - Date.parse(row.oldest)) / 1000, 0) : 0;
        return { pending: row.pending, due: row.due, oldestSeconds: oldest };
      } catch (error) {
        log.warn({ err: error }, "metrics: the outbox backlog could not be read");
        return null;
      } finally {
        backlog = null;
      }
    })());
  const backlogGauge = (name: string, help: string, pick: (b: { pending: number; due: number; oldestSeconds: number }) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const read = await readBacklog();
        // The database away: no value rather than a stale one.
        if (read) this.set(pick(read));
        else this.reset();
      },
    });
  backlogGauge("parnasse_outbox_backlog", "Webhook deliveries not yet delivered (PENDING), due now or waiting for a retry.", (b) => b.pending);
  backlogGauge("parnasse_outbox_due", "Webhook deliveries due now and not yet attempted.", (b) => b.due);
  backlogGauge("parnasse_outbox_oldest_age_seconds", "Age of the oldest webhook delivery not yet delivered (0 when none).", (b) => b.oldestSeconds);
  const webhookAttempts = new Counter({
    name: "parnasse_webhook_attempts_total",
    help: "Webhook attempts made by this process, by outcome (SUCCEEDED, HTTP_ERROR, TIMEOUT, NETWORK_ERROR, REDIRECT, BLOCKED).",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  const webhookDuration = new Histogram({
    name: "parnasse_webhook_attempt_duration_seconds",
    help: "Duration of webhook attempts made by this process.",
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30],
    registers: [registry],
  });

  return {
    registry,
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
    observeRequest({ path, status, seconds: duration, trace }) {
      const route = ROUTES.has(path) ? path : (PATH_ROUTES.find(([pattern]) => pattern.test(path))?.[1] ?? "other");
      httpRequests.inc({ route, status: String(status) });
      httpDuration.observe({ route }, duration);
      if (route !== "/graphql") return;
      const operation = trace.operationName && operations.has(trace.operationName) ? trace.operationName : OTHER_OPERATION;
      const document = trace.documentId && documents.has(trace.documentId) ? trace.documentId : "none";
      graphqlDuration.observe({ operation, document, type: trace.operationType ?? "none" }, duration);
      for (const code of trace.errorCodes) graphqlErrors.inc({ code: ERROR_CODE.test(code) ? code : "OTHER", operation });
    },
    observeWebhookAttempt(outcome, duration) {
      webhookAttempts.inc({ outcome });
      webhookDuration.observe(duration);
    },
    close() {
      pool.onWait = null;
      registry.clear();
    },
  };
}

/** The operation names of these documents (the trusted documents and the examples): the only names that get a label of their own. */
export function knownOperationNames(documents: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const text of documents) {
    try {
      for (const definition of parse(text, { noLocation: true }).definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
      }
    } catch {
      // An example that does not parse is `npm run examples`'s to report, not the metrics'.
    }
  }
  names.delete(OTHER_OPERATION);
  return names;
}

/** `Authorization: Bearer <token>`, compared in constant time. No token configured: everyone may read. */
export function metricsAuthorized(token: string | null, header: string | undefined): boolean {
  if (token === null) return true;
  const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? "");
  if (!match) return false;
  const given = Buffer.from(match[1]!, "utf8");
  const expected = Buffer.from(token, "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
