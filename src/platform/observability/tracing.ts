import type { IncomingHttpHeaders } from "node:http";
import { context, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { node } from "@opentelemetry/sdk-node";
import { BatchSpanProcessor, ParentBasedSampler, type SpanProcessor, TraceIdRatioBasedSampler } from "@opentelemetry/sdk-trace-base";
import {
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_QUERY_TEXT,
  ATTR_DB_SYSTEM_NAME,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVICE_NAME,
  ATTR_SERVICE_VERSION,
  ATTR_URL_PATH,
  DB_SYSTEM_NAME_VALUE_POSTGRESQL,
} from "@opentelemetry/semantic-conventions";
import { PostgresJsPreparedQuery } from "drizzle-orm/postgres-js";
import { PglitePreparedQuery } from "drizzle-orm/pglite";
import type { Config } from "../../config.js";

export type TracingConfig = NonNullable<Config["tracing"]>;

/** The API's tracer: spans of GraphQL operations and of the SQL statements they send. */
const tracer = () => trace.getTracer("parnasse-partner-api");

export interface Tracing {
  /** Sends the spans not yet exported, then stops. */
  shutdown(): Promise<void>;
}

/**
 * Issue 16, docs/operations.md: OpenTelemetry traces (sdk-node 0.223, the line that runs on Node 20),
 * exported over OTLP/HTTP. Started once per process by src/server.ts when
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set; without it no provider is registered and every span
 * below is OpenTelemetry's no-op. The spans are made by hand (`graphqlSpan`, the SQL statements)
 * rather than by @opentelemetry/instrumentation-graphql: queries run on graphql-jit, whose
 * execution that instrumentation cannot see, and ES modules are not patched without a loader hook.
 *
 * `spanProcessor` replaces the OTLP exporter (the tests use an in-memory one).
 */
export function startTracing(config: TracingConfig, options: { version: string; spanProcessor?: SpanProcessor }): Tracing {
  const provider = new node.NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName, [ATTR_SERVICE_VERSION]: options.version }),
    // A caller's decision is kept (a sampled trace stays whole); new traces are sampled at the configured ratio.
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(config.samplerRatio) }),
    spanProcessors: [options.spanProcessor ?? new BatchSpanProcessor(new OTLPTraceExporter({ url: config.endpoint }))],
  });
  // The async-hooks context manager (a request's SQL spans find its operation span) and W3C traceparent propagation.
  provider.register();
  const restore = traceSqlStatements();
  return {
    async shutdown() {
      restore();
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

/**
 * The SERVER span of one GraphQL request, child of the caller's `traceparent` if any, named
 * `GraphQL Operation` until the operation is known, then after its type (`query`, `mutation`: the
 * semantic conventions; the operation name, chosen by the caller, is an attribute, not the name).
 * `run` executes inside it, so that the SQL statements it sends become its children.
 */
export async function inGraphqlSpan<T>(headers: IncomingHttpHeaders, method: string | undefined, path: string, run: (span: Span) => Promise<T>): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer().startSpan("GraphQL Operation", { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: method ?? "GET", [ATTR_URL_PATH]: path } }, parent);
  return context.with(trace.setSpan(parent, span), () => run(span));
}

/** Ends a request's span with its HTTP status and error codes (an error status when the answer has errors). */
export function endGraphqlSpan(span: Span, status: number, errorCodes: string[]): void {
  span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
  if (errorCodes.length > 0) {
    span.setAttribute("parnasse.error_codes", errorCodes);
    span.setStatus({ code: SpanStatusCode.ERROR, message: errorCodes.join(", ") });
  }
  span.end();
}

type Execute = (this: { queryString: string }, ...args: unknown[]) => Promise<unknown>;

/**
 * A CLIENT span for every statement drizzle sends, inside a request's span (statements with no
 * span around them, the background workers', are not traced). The text is drizzle's, with `$1`
 * placeholders: parameter values are never recorded. Statements the read path combines into one
 * (src/shared/combine.ts) each keep their span, which lasts until the combined answer is back.
 */
function traceSqlStatements(): () => void {
  const patched: [{ prototype: Record<string, unknown> }, string, Execute][] = [];
  for (const Prepared of [PostgresJsPreparedQuery, PglitePreparedQuery] as unknown as { prototype: Record<string, unknown> }[]) {
    for (const method of ["execute", "all"]) {
      const original = Prepared.prototype[method] as Execute | undefined;
      if (typeof original !== "function") continue;
      patched.push([Prepared, method, original]);
      Prepared.prototype[method] = function traced(this: { queryString: string }, ...args: unknown[]) {
        const active = context.active();
        if (!trace.getSpan(active)) return original.apply(this, args);
        const text = this.queryString;
        // The statement's first keyword (SELECT, INSERT, WITH…): a name of low cardinality, the text is an attribute.
        const operation = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? "SQL";
        const span = tracer().startSpan(
          operation,
          { kind: SpanKind.CLIENT, attributes: { [ATTR_DB_SYSTEM_NAME]: DB_SYSTEM_NAME_VALUE_POSTGRESQL, [ATTR_DB_OPERATION_NAME]: operation, [ATTR_DB_QUERY_TEXT]: text } },
          active,
        );
        return context
          .with(trace.setSpan(active, span), () => original.apply(this, args))
          .then(
            (result) => {
              span.end();
              return result;
            },
            (error: unknown) => {
              span.recordException(error as Error);
              span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
              span.end();
              throw error;
            },
          );
      };
    }
  }
  return () => {
    for (const [Prepared, method, original] of patched) Prepared.prototype[method] = original;
  };
}
