import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { Logger } from "pino";
import { ANONYMOUS, actorRole, type Actor } from "./authz/actor.js";
import { principalIsCurrent } from "./authz/principal.js";
import { InvalidTokenError, type TokenVerifier } from "./authz/tokens.js";
import type { Context } from "./context.js";
import { buildContext } from "./modules/registry.js";
import type { Tariffs } from "./config.js";
import type { Clock } from "./shared/clock.js";
import type { Database } from "./shared/db.js";
import { GRAPHQL_ERROR_MESSAGES, isDatabaseUnavailable } from "./shared/errors.js";
import { localeFromAcceptLanguage, type Locale } from "./shared/i18n.js";
import { invoiceDocuments } from "./modules/invoicing/index.js";
import { personalDataService } from "./modules/personal-data/index.js";
import { DEFAULT_IDEMPOTENCY_TTL_HOURS, IDEMPOTENCY_HEADER, inKeyedTransaction, keyedMutationOf } from "./platform/idempotency/index.js";
import { resolveTrustedDocument, type TrustedDocuments } from "./platform/trusted-documents/index.js";
import { metricsAuthorized, type Metrics } from "./platform/observability/metrics.js";
import { newRequestTrace, type RequestTrace } from "./shared/request-trace.js";
import { endGraphqlSpan, inGraphqlSpan } from "./platform/observability/tracing.js";
import { servePlayground } from "./platform/playground/index.js";

export interface HttpDeps {
  apollo: ApolloServer<Context>;
  database: Database;
  verifyToken: TokenVerifier;
  clock: Clock;
  tariffs: Tariffs;
  log: Logger;
  maxBodyBytes: number;
  /** Issue 13: how long idempotency keys are kept (config IDEMPOTENCY_TTL_HOURS); 24 h when not given. */
  idempotency?: { ttlHours: number };
  /**
   * Issue 14: the app's trusted documents (docs/trusted-documents.md); src/runtime.ts loads them from
   * schema/trusted-documents.json. Not given: no document is listed and free-form queries are allowed.
   */
  trustedDocuments?: TrustedDocuments;
  /**
   * Issue 16: the process's metrics (docs/operations.md). Every request is observed; `/metrics` is
   * served here unless `ownPort` (then src/runtime.ts serves it on a listener of its own).
   */
  metrics?: { metrics: Metrics; token: string | null; ownPort: boolean };
  /** Issue 16: a span per GraphQL request (OpenTelemetry on, src/platform/observability/tracing.ts). */
  tracing?: boolean;
}

const NO_TRUSTED_DOCUMENTS: TrustedDocuments = { mode: "allowed", documents: new Map() };

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A thin node:http integration of Apollo (`executeHTTPGraphQLRequest`), plus health endpoints.
 * No framework: the API has a handful of routes.
 *
 * `drain()` starts a graceful shutdown (src/runtime.ts): from then on /readyz answers 503, every
 * new request is answered 503 SERVICE_UNAVAILABLE with `Connection: close`, and the requests
 * already admitted finish (their answers close their connections too). `settled()` resolves when
 * the last admitted request has been answered.
 */
export function createRequestHandler(deps: HttpDeps) {
  const admitted = new Set<ServerResponse>();
  let draining = false;
  const waiting = new Set<() => void>();
  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = process.hrtime.bigint();
    const incomingId = req.headers["x-request-id"];
    const requestId = typeof incomingId === "string" && /^[\w.-]{1,64}$/.test(incomingId) ? incomingId : randomUUID();
    const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
    const url = new URL(req.url ?? "/", "http://localhost");
    // Filled in as the request runs (role, trusted document, operation, error codes): for the "request" log line and the metrics.
    const trace = newRequestTrace();
    res.setHeader("x-request-id", requestId);
    const arrivedDuringDrain = draining;
    if (!arrivedDuringDrain) {
      admitted.add(res);
      res.once("close", () => {
        admitted.delete(res);
        if (admitted.size === 0) for (const wake of waiting) wake();
      });
    }
    try {
      if (arrivedDuringDrain) return refuseWhileDraining(deps, res, { requestId, locale, path: url.pathname });
      if (url.pathname === "/healthz") return sendJson(res, 200, { status: "ok" });
      if (url.pathname === "/readyz") return await readiness(deps, res, () => draining);
      if (url.pathname === "/metrics" && deps.metrics && !deps.metrics.ownPort) return await serveMetrics(deps.metrics, req, res);
      const invoicePdf = /^\/invoices\/([A-Za-z0-9_-]{1,200})\/pdf$/.exec(url.pathname);
      if (invoicePdf) return await invoiceDocument(deps, req, res, { requestId, locale, trace, globalId: invoicePdf[1]! });
      const personalData = /^\/members\/([A-Za-z0-9_-]{1,200})\/personal-data$/.exec(url.pathname);
      if (personalData) return await personalDataExport(deps, req, res, { requestId, locale, trace, globalId: personalData[1]! });
      // Issue 16: the offline playground (GET /playground, a browser's GET /graphql, /playground/assets/…): docs/playground.md.
      if (await servePlayground(deps.apollo, req, res, url)) return;
      if (url.pathname !== "/graphql") return sendJson(res, 404, { error: "not found" });
      if (deps.tracing) {
        await inGraphqlSpan(req.headers, req.method, url.pathname, (span) => {
          trace.span = span;
          return graphql(deps, req, res, { requestId, locale, url, trace });
        });
      } else await graphql(deps, req, res, { requestId, locale, url, trace });
    } catch (error) {
      if (error instanceof HttpError) {
        trace.errorCodes.push(error.code);
        sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code, requestId } }] });
      } else {
        trace.errorCodes.push("INTERNAL_SERVER_ERROR");
        deps.log.error({ err: error, requestId, role: trace.role, operationName: trace.operationName }, "unhandled error in HTTP handler");
        if (!res.headersSent) {
          sendJson(res, 500, {
            errors: [{ message: GRAPHQL_ERROR_MESSAGES.INTERNAL_SERVER_ERROR![locale], extensions: { code: "INTERNAL_SERVER_ERROR", requestId } }],
          });
        } else res.end();
      }
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      deps.log.info(
        {
          requestId,
          method: req.method,
          path: url.pathname,
          status: res.statusCode,
          ms,
          ...(trace.role ? { role: trace.role } : {}),
          ...(trace.operationType ? { operationName: trace.operationName ?? null, operationType: trace.operationType } : {}),
          ...(trace.documentId ? { documentId: trace.documentId } : {}),
          ...(trace.span ? { traceId: trace.span.spanContext().traceId } : {}),
          ...(trace.errorCodes.length ? { errorCodes: trace.errorCodes } : {}),
        },
        "request",
      );
      deps.metrics?.metrics.observeRequest({ path: url.pathname, status: res.statusCode, seconds: ms / 1000, trace });
      if (trace.span) endGraphqlSpan(trace.span, res.statusCode, trace.errorCodes);
    }
  };
  return Object.assign(handler, {
    inFlight: () => admitted.size,
    drain() {
      draining = true;
      // Answers not yet sent close their connection: no client reuses a socket that is going away.
      for (const res of admitted) if (!res.headersSent) res.setHeader("connection", "close");
    },
    /** Resolves true once every admitted request has been answered, false if `ms` runs out first. */
    settled(ms: number): Promise<boolean> {
      if (admitted.size === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const done = (value: boolean) => {
          clearTimeout(timer);
          waiting.delete(wake);
          resolve(value);
        };
        const wake = () => done(true);
        const timer = setTimeout(() => done(admitted.size === 0), Math.max(ms, 0));
        waiting.add(wake);
      });
    },
  });
}

/** During a shutdown: /healthz stays 200 (the process is alive), the rest is 503, and every answer closes its connection. */
function refuseWhileDraining(deps: HttpDeps, res: ServerResponse, meta: { requestId: string; locale: Locale; path: string }) {
  res.setHeader("connection", "close");
  if (meta.path === "/healthz") return sendJson(res, 200, { status: "ok" });
  if (meta.path === "/readyz") return sendJson(res, 503, { status: "shutting down", database: deps.database.kind });
  res.setHeader("retry-after", "1");
  sendJson(res, 503, {
    errors: [{ message: GRAPHQL_ERROR_MESSAGES.SERVICE_UNAVAILABLE![meta.locale], extensions: { code: "SERVICE_UNAVAILABLE", requestId: meta.requestId } }],
  });
}

async function readiness(deps: HttpDeps, res: ServerResponse, draining: () => boolean) {
  try {
    await withTimeout(deps.database.ping(), 2_000);
    // A shutdown that began during the ping: not ready any more.
    if (draining()) return sendJson(res, 503, { status: "shutting down", database: deps.database.kind });
    sendJson(res, 200, { status: "ready", database: deps.database.kind });
  } catch (error) {
    deps.log.warn({ err: error }, "readiness check failed");
    sendJson(res, 503, { status: "unavailable", database: deps.database.kind });
  }
}

async function graphql(deps: HttpDeps, req: IncomingMessage, res: ServerResponse, meta: { requestId: string; locale: Locale; url: URL; trace: RequestTrace }) {
  const actor = await authenticate(deps.verifyToken, req.headers.authorization, meta.locale);
  meta.trace.role = actorRole(actor);
  const input = {
    requestId: meta.requestId,
    actor,
    locale: meta.locale,
    clock: deps.clock,
    tariffs: deps.tariffs,
    db: deps.database.db,
    log: deps.log,
    clientAddress: req.socket.remoteAddress ?? null,
    trace: meta.trace,
  };
  const context = buildContext(input);
  await refuseStalePrincipal(context);
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const received = req.method === "POST" ? await readJsonBody(req, deps.maxBodyBytes, headers.get("content-type")) : undefined;
  // Issue 14: a document named by id becomes its text before Apollo; an app caller's free-form query may be refused (docs/trusted-documents.md).
  const trusted = resolveTrustedDocument(deps.trustedDocuments ?? NO_TRUSTED_DOCUMENTS, { method: req.method, body: received, search: meta.url.search, actor });
  if (trusted.documentId) meta.trace.documentId = trusted.documentId;
  if (!trusted.ok) throw new HttpError(400, trusted.code, trusted.detail ?? GRAPHQL_ERROR_MESSAGES[trusted.code]![meta.locale]);
  const { body, search } = trusted;
  const execute = (ctx: Context) =>
    deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search, body },
      context: async () => ctx,
    });
  // Issue 13: a keyed mutation runs, claims its key and stores its answer in one transaction (docs/idempotency.md).
  const keyed = keyedMutationOf(req.method, headers.get(IDEMPOTENCY_HEADER), body, actor);
  const response = keyed ? await keyedResponse(deps, keyed, meta.locale, (tx) => buildContext({ ...input, db: tx }), execute) : await execute(context);
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.setHeader("x-request-id", meta.requestId);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
  } else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

type HttpGraphQLResponse = Awaited<ReturnType<ApolloServer<Context>["executeHTTPGraphQLRequest"]>>;

/** The whole answer is read inside the transaction, which commits before a byte is sent. */
async function keyedResponse(
  deps: HttpDeps,
  keyed: NonNullable<ReturnType<typeof keyedMutationOf>>,
  locale: Locale,
  contextFor: (tx: Context["db"]) => Context,
  execute: (ctx: Context) => Promise<HttpGraphQLResponse>,
): Promise<HttpGraphQLResponse> {
  try {
    return await inKeyedTransaction(deps.database.db, keyed, {
      ttlHours: deps.idempotency?.ttlHours ?? DEFAULT_IDEMPOTENCY_TTL_HOURS,
      contextFor,
      execute: async (ctx) => {
        const response = await execute(ctx);
        if (response.body.kind === "complete") return response;
        let text = "";
        for await (const chunk of response.body.asyncIterator) text += chunk;
        return { ...response, body: { kind: "complete" as const, string: text } };
      },
    });
  } catch (error) {
    // The commit (or the claim) met an outage: nothing is kept, the client retries with the same key.
    if (!isDatabaseUnavailable(error)) throw error;
    deps.log.warn({ err: error }, "database unavailable");
    throw new HttpError(503, "SERVICE_UNAVAILABLE", GRAPHQL_ERROR_MESSAGES.SERVICE_UNAVAILABLE![locale]);
  }
}

/**
 * GET /invoices/:id/pdf (issue 5): the invoice document, with the same Bearer token as /graphql and
 * the same visibility as the Invoice type. Without a token: 401; an invoice unknown or invisible to
 * the caller: 404 (no existence leak).
 */
async function invoiceDocument(deps: HttpDeps, req: IncomingMessage, res: ServerResponse, meta: { requestId: string; locale: Locale; trace: RequestTrace; globalId: string }) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    return sendJson(res, 405, { errors: [{ message: "Method not allowed", extensions: { code: "BAD_REQUEST", requestId: meta.requestId } }] });
  }
  const actor = await authenticate(deps.verifyToken, req.headers.authorization, meta.locale);
  meta.trace.role = actorRole(actor);
  if (actor.kind === "anonymous") throw new HttpError(401, "UNAUTHENTICATED", GRAPHQL_ERROR_MESSAGES.UNAUTHENTICATED![meta.locale]);
  const ctx = buildContext({ requestId: meta.requestId, actor, locale: meta.locale, clock: deps.clock, tariffs: deps.tariffs, db: deps.database.db, log: deps.log });
  await refuseStalePrincipal(ctx);
  const pdf = await invoiceDocuments.render(ctx, meta.globalId);
  res.setHeader("x-request-id", meta.requestId);
  if (!pdf) return sendJson(res, 404, { error: "not found" });
  res.statusCode = 200;
  res.setHeader("content-type", "application/pdf");
  res.setHeader("content-length", pdf.length);
  res.setHeader("content-disposition", await invoiceDocuments.contentDisposition(ctx, meta.globalId));
  res.setHeader("cache-control", "private, no-store");
  res.setHeader("content-language", meta.locale);
  res.end(req.method === "HEAD" ? undefined : pdf);
}

/**
 * GET /members/:id/personal-data (GDP-2): the member's personal-data export, JSON in the format of
 * docs/personal-data-export.md, for the member with their own token or the privacy officer. Same
 * answers as the invoice PDF: 401 without a token, 404 for anyone else or an unknown member (never
 * confirms that the member exists). Each export writes an audit row.
 */
async function personalDataExport(deps: HttpDeps, req: IncomingMessage, res: ServerResponse, meta: { requestId: string; locale: Locale; trace: RequestTrace; globalId: string }) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    return sendJson(res, 405, { errors: [{ message: "Method not allowed", extensions: { code: "BAD_REQUEST", requestId: meta.requestId } }] });
  }
  const actor = await authenticate(deps.verifyToken, req.headers.authorization, meta.locale);
  meta.trace.role = actorRole(actor);
  if (actor.kind === "anonymous") throw new HttpError(401, "UNAUTHENTICATED", GRAPHQL_ERROR_MESSAGES.UNAUTHENTICATED![meta.locale]);
  const ctx = buildContext({ requestId: meta.requestId, actor, locale: meta.locale, clock: deps.clock, tariffs: deps.tariffs, db: deps.database.db, log: deps.log });
  await refuseStalePrincipal(ctx);
  const document = await personalDataService.export(ctx, meta.globalId);
  res.setHeader("x-request-id", meta.requestId);
  if (!document) return sendJson(res, 404, { error: "not found" });
  const body = Buffer.from(JSON.stringify(document, null, 2), "utf8");
  res.statusCode = 200;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("content-length", body.length);
  res.setHeader("content-disposition", `attachment; filename="personal-data-${document.generatedAt.slice(0, 10)}.json"`);
  res.setHeader("cache-control", "private, no-store");
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * GET /metrics (issue 16): Prometheus's text format. With METRICS_TOKEN set, only
 * `Authorization: Bearer <token>` reads it (401 otherwise, with a `www-authenticate` challenge).
 */
export async function serveMetrics(metrics: { metrics: Metrics; token: string | null }, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    return sendJson(res, 405, { error: "method not allowed" });
  }
  if (!metricsAuthorized(metrics.token, req.headers.authorization)) {
    res.setHeader("www-authenticate", 'Bearer realm="metrics"');
    return sendJson(res, 401, { error: "metrics need Authorization: Bearer <METRICS_TOKEN>" });
  }
  const { contentType, body } = await metrics.metrics.render();
  res.statusCode = 200;
  res.setHeader("content-type", contentType);
  res.setHeader("cache-control", "no-store");
  res.end(req.method === "HEAD" ? undefined : body);
}

/** No header: anonymous. A header that is not a valid bearer token: 401, never a silent downgrade. */
async function authenticate(verify: TokenVerifier, header: string | undefined, locale: Locale): Promise<Actor> {
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i.exec(header.trim());
  const message = GRAPHQL_ERROR_MESSAGES.UNAUTHENTICATED![locale];
  if (!match?.[1]) throw new HttpError(401, "UNAUTHENTICATED", message);
  try {
    return await verify(match[1]);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw new HttpError(401, "UNAUTHENTICATED", message);
    throw error;
  }
}

/**
 * A valid signature is not enough (AUT-2): a revoked delegate or payer, a disabled staff account or
 * a person that does not exist is answered 401, as any other bad token, before anything runs. The
 * check goes through the request's loaders, so the shield rule `isAuthenticated` reuses its answer.
 */
async function refuseStalePrincipal(ctx: Context) {
  if (ctx.actor.kind === "anonymous") return;
  let current: boolean;
  try {
    current = await principalIsCurrent(ctx);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    ctx.log.warn({ err: error, requestId: ctx.requestId }, "database unavailable");
    throw new HttpError(503, "SERVICE_UNAVAILABLE", GRAPHQL_ERROR_MESSAGES.SERVICE_UNAVAILABLE![ctx.locale]);
  }
  if (!current) throw new HttpError(401, "UNAUTHENTICATED", GRAPHQL_ERROR_MESSAGES.UNAUTHENTICATED![ctx.locale]);
}

async function readJsonBody(req: IncomingMessage, limit: number, contentType: string | undefined): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, "BAD_REQUEST", `Request body is larger than ${limit} bytes.`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  // Apollo answers other content types itself (415 or CSRF refusal); only JSON is parsed here.
  if (!contentType || !/^application\/(graphql-response\+)?json\b/i.test(`${contentType.split(";")[0]!.trim()}`)) {
    return text.length ? text : undefined;
  }
  if (text.length === 0) throw new HttpError(400, "BAD_REQUEST", "Request body is empty: send a JSON GraphQL request.");
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "BAD_REQUEST", "Request body is not valid JSON.");
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
