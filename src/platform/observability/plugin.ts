import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../../context.js";

/**
 * Fills in the request's trace (src/shared/request-trace.ts) as Apollo learns it: the operation's
 * name and type once resolved (also added to the request's logger, so that every later log line of
 * the request names it), and the codes of the errors of the answer. src/http.ts reads it for the
 * "request" log line and the metrics.
 */
export const requestTracePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    const trace = contextValue.trace;
    if (!trace) return;
    // Tracing on: the request's log lines name its trace, so that a log line leads to the trace and back.
    if (trace.span) contextValue.log.setBindings({ traceId: trace.span.spanContext().traceId });
    return {
      async didResolveOperation({ operationName, operation }) {
        trace.operationName = operationName ?? undefined;
        trace.operationType = operation?.operation;
        contextValue.log.setBindings({ operationName: operationName ?? null, operationType: operation?.operation ?? null });
        if (trace.span && operation) {
          // The semantic conventions: the span is named after the operation's type; the name is the caller's, an attribute.
          trace.span.updateName(operation.operation);
          trace.span.setAttribute("graphql.operation.type", operation.operation);
          if (operationName) trace.span.setAttribute("graphql.operation.name", operationName);
          if (trace.documentId) trace.span.setAttribute("parnasse.trusted_document.id", trace.documentId);
          if (trace.role) trace.span.setAttribute("parnasse.actor.role", trace.role);
        }
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        for (const error of response.body.singleResult.errors ?? []) {
          const code = error.extensions?.code;
          trace.errorCodes.push(typeof code === "string" ? code : "INTERNAL_SERVER_ERROR");
        }
      },
    };
  },
};
