import type { Span } from "@opentelemetry/api";

/**
 * What one request learns about itself as it runs, for its "request" log line, its metrics and its
 * span (src/http.ts creates it; the request plugin of src/platform/observability/plugin.ts fills in
 * the operation). Lives on the request's context (`Context.trace`).
 */
export interface RequestTrace {
  /** The actor's role once the token is verified (`ANONYMOUS` without one). */
  role?: string;
  /** The trusted document the request named by id (docs/trusted-documents.md). */
  documentId?: string;
  /** The operation's name, once Apollo has resolved it (`anonymous` for a nameless one). */
  operationName?: string;
  /** query, mutation or subscription. */
  operationType?: string;
  /** `extensions.code` of every error of the answer, and of an HTTP-level refusal. */
  errorCodes: string[];
  /** The request's OpenTelemetry span, when tracing is on (src/platform/observability/tracing.ts). */
  span?: Span;
}

export const newRequestTrace = (): RequestTrace => ({ errorCodes: [] });
