import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { GraphQLError, NoSchemaIntrospectionCustomRule, visit, type GraphQLFormattedError, type GraphQLSchema, type ValidationContext, type ValidationRule } from "graphql";
import type { Config } from "./config.js";
import type { Context } from "./context.js";
import { compiledExecution } from "./shared/compiled-execution.js";
import { idempotencyPlugin } from "./platform/idempotency/index.js";
import { playgroundLandingPage } from "./platform/playground/index.js";
import { GRAPHQL_ERROR_MESSAGES, PUBLIC_ERROR_CODES, badUserInput, interpolate, isDatabaseUnavailable, localiseBadInput, type PublicErrorCode } from "./shared/errors.js";

/** `execution` defaults to "compiled" (src/shared/compiled-execution.ts); no `demoTokens`: the playground offers none. */
export type GraphqlConfig = Omit<Config["graphql"], "execution" | "demoTokens"> & { execution?: Config["graphql"]["execution"]; demoTokens?: Config["graphql"]["demoTokens"] };

/**
 * Only our own error codes reach clients. Everything else (a driver error, a bug) becomes
 * INTERNAL_SERVER_ERROR, or SERVICE_UNAVAILABLE when the database is out of reach: no stack,
 * no SQL, whatever NODE_ENV says. The request id and the localised message are added later,
 * in `errorPresentation`, which sees the request context.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const code = formatted.extensions?.code;
  if (typeof code === "string" && (PUBLIC_ERROR_CODES as readonly string[]).includes(code) && !isDatabaseUnavailable(original)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: redactVariableValues(formatted.message), extensions: { ...extensions, code } };
  }
  const masked: PublicErrorCode = isDatabaseUnavailable(original) ? "SERVICE_UNAVAILABLE" : "INTERNAL_SERVER_ERROR";
  return {
    message: GRAPHQL_ERROR_MESSAGES[masked]!.en,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: masked },
  };
}

/**
 * graphql-js repeats a rejected variable's whole value in its message ("got invalid value
 * { …, password: "…" }"): a secret a client sent by mistake must not come back in a response or
 * reach a log. The value is dropped; the reason after it is kept.
 */
export function redactVariableValues(message: string): string {
  return message.replace(/ got invalid value [\s\S]*; /, " got invalid value; ").replace(/ got invalid value [\s\S]*$/, " got invalid value.");
}

/** Logs unexpected errors with their detail, localises our messages, and adds the request id. */
const errorPresentation: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const original = error.originalError ?? error;
          const code = error.extensions?.code;
          if (isDatabaseUnavailable(original)) contextValue.log.warn({ err: original }, "database unavailable");
          else if (typeof code !== "string" || !(PUBLIC_ERROR_CODES as readonly string[]).includes(code)) {
            contextValue.log.error({ err: original, path: error.path }, "unexpected error");
          }
        }
      },
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set("x-request-id", contextValue.requestId);
        if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
        const errors = response.body.singleResult.errors;
        if (response.body.singleResult.data == null && errors.every((e) => e.extensions?.code === "SERVICE_UNAVAILABLE")) {
          response.http.status = 503;
        }
        response.body.singleResult.errors = errors.map((e) => {
          const code = e.extensions?.code as PublicErrorCode | undefined;
          const messages = code ? GRAPHQL_ERROR_MESSAGES[code] : undefined;
          const { messageKey: _key, messageParams: _params, ...extensions } = e.extensions ?? {};
          return {
            ...e,
            message: messages
              ? interpolate(messages[contextValue.locale], e.extensions?.messageParams as Record<string, string | number> | undefined)
              : (localiseBadInput(e.extensions, contextValue.locale) ?? e.message),
            extensions: { ...extensions, requestId: contextValue.requestId },
          };
        });
      },
    };
  },
};

/** True when a string anywhere in a JSON-like value contains U+0000 (PostgreSQL text refuses it). */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 20 || value === null || typeof value !== "object") return false;
  return Object.values(value as Record<string, unknown>).some((v) => hasNul(v, depth + 1));
}

/**
 * No text with a NUL character reaches a resolver: PostgreSQL cannot store it and would answer
 * with an error. Refused once here (400) instead of in every module's validation.
 */
const refuseNulCharacters: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        let found = hasNul(request.variables);
        if (!found)
          visit(document, {
            StringValue: (node) => {
              if (node.value.includes("\u0000")) found = true;
            },
          });
        if (found) {
          const error = badUserInput("NUL_CHARACTER", "");
          throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
        }
      },
    };
  },
};

export function createApolloServer(schema: GraphQLSchema, config: GraphqlConfig, extraPlugins: ApolloServerPlugin<Context>[] = []) {
  // Armor's default is to throw from the visitor, which Apollo answers with a 500; report instead,
  // so that the client gets a 400 GRAPHQL_VALIDATION_FAILED like any other invalid query.
  const report = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };
  const validationRules: ValidationRule[] = [
    maxDepthRule({ n: config.maxDepth, exposeLimits: true, ...report }) as unknown as ValidationRule,
    maxAliasesRule({ n: 15, exposeLimits: true, ...report }) as unknown as ValidationRule,
  ];
  if (!config.introspection) validationRules.push(NoSchemaIntrospectionCustomRule);
  return new ApolloServer<Context>({
    ...(config.execution === "graphql-js" ? { schema } : { gateway: compiledExecution(schema) }),
    introspection: config.introspection,
    // "Did you mean …" suggestions would leak the schema when introspection is off.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Issue 14: automatic persisted queries let any client register any query and run it by hash, which is no
    // security control. The app's documents are listed in schema/trusted-documents.json (src/platform/trusted-documents).
    persistedQueries: false,
    csrfPrevention: true,
    // The process owns SIGTERM/SIGINT (src/server.ts drains HTTP first, then stops Apollo). Apollo's own
    // handlers stopped it under in-flight requests (500s), and a second stop() waited forever.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: config.maxTokens },
    validationRules,
    formatError,
    plugins: [
      errorPresentation,
      refuseNulCharacters,
      // After errorPresentation: it stores the response as errorPresentation shaped it.
      idempotencyPlugin,
      // Issue 15: no cache hints are declared, and Apollo's default cache-control plugin instruments every field resolver of every request (about 5 % of the CPU of a desk list).
      ApolloServerPluginCacheControlDisabled(),
      // Issue 16: the landing page is the offline GraphiQL playground (src/platform/playground, docs/playground.md).
      config.landingPage ? playgroundLandingPage({ introspection: config.introspection, demoTokens: config.demoTokens ?? null }) : ApolloServerPluginLandingPageDisabled(),
      ...extraPlugins,
    ],
  });
}
