import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from "@apollo/server";
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";
import type { Context } from "../../context.js";
import { GRAPHQL_ERROR_MESSAGES, IDEMPOTENCY_HTTP_STATUS, isDatabaseUnavailable, type IdempotencyErrorCode } from "../../shared/errors.js";
import { IDEMPOTENCY_HEADER, fingerprintOf, readKeyHeader, scopeOf } from "./key.js";
import { requiresIdempotencyKey } from "./required.js";
import { claimKey, storeResponse } from "./store.js";

/**
 * The idempotency state of one keyed mutation request, opened by the HTTP layer (src/http.ts)
 * together with the request's transaction, which is the request context's `db`.
 * - `open`: not claimed yet (the request may still fail before execution: nothing to keep);
 * - `executing`: the key is held, the mutation runs;
 * - `stored`: the response is written with the effect: the transaction must commit;
 * - `replayed` / `refused` / `discarded`: nothing of this request may be kept: the transaction rolls back.
 */
export interface IdempotencySession {
  readonly scope: string;
  readonly key: string;
  readonly ttlHours: number;
  state: "open" | "executing" | "stored" | "replayed" | "refused" | "discarded";
  fingerprint: string | null;
  operationName: string | null;
}

/**
 * The session rides on the context under a symbol: Apollo hands plugins a shallow copy of the
 * context (Object.assign, which copies symbol keys), so a WeakMap keyed by the object would miss it.
 * The context type names no platform concern, hence the symbol rather than a field.
 */
const SESSION = Symbol("idempotency session");
type WithSession = Context & { [SESSION]?: IdempotencySession };

const sessions = { get: (ctx: Context) => (ctx as WithSession)[SESSION] };

export function openSession(ctx: Context, init: { scope: string; key: string; ttlHours: number }): IdempotencySession {
  const session: IdempotencySession = { ...init, state: "open", fingerprint: null, operationName: null };
  (ctx as WithSession)[SESSION] = session;
  return session;
}

function refusal(code: IdempotencyErrorCode): GraphQLError {
  return new GraphQLError(GRAPHQL_ERROR_MESSAGES[code]!.en, { extensions: { code, http: { status: IDEMPOTENCY_HTTP_STATUS[code] } } });
}

function refusalResponse(code: IdempotencyErrorCode): GraphQLResponse {
  return {
    // In flight: the first request is about to answer; a retry with the same key a moment later replays it.
    http: { status: IDEMPOTENCY_HTTP_STATUS[code], headers: new HeaderMap(code === "IDEMPOTENCY_REQUEST_IN_PROGRESS" ? [["retry-after", "1"]] : []) },
    body: { kind: "single", singleResult: { errors: [{ message: GRAPHQL_ERROR_MESSAGES[code]!.en, extensions: { code } }] } },
  };
}

/** The root fields an operation selects, through fragments and inline fragments. */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

/** Codes that mean "this request failed unexpectedly": its response is not kept and the client may retry with the same key. */
const NOT_KEPT = new Set(["INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE"]);

/**
 * Issue 13 § 2, on every mutation (HTTP and in-process alike):
 * - a malformed key, or a key from an anonymous caller, answers 400 IDEMPOTENCY_KEY_INVALID;
 * - a booking or billing mutation (required.ts) without a key answers 400 IDEMPOTENCY_KEY_REQUIRED;
 * and when the HTTP layer opened a session (a keyed mutation in its own transaction): claim the
 * key before execution (replay, 409, 422 or execute), then store the response before it is sent.
 * Queries ignore the header. Must run after `errorPresentation`, whose willSendResponse shapes the
 * errors that are stored.
 */
export const idempotencyPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, operation, schema, contextValue }) {
        if (operation?.operation !== "mutation") return;
        const header = readKeyHeader(request.http?.headers.get(IDEMPOTENCY_HEADER));
        const scope = scopeOf(contextValue.actor);
        if (header.kind === "invalid" || (header.kind === "present" && scope === null)) throw refusal("IDEMPOTENCY_KEY_INVALID");
        if (header.kind === "absent") {
          const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
          // Anonymous callers are refused every booking or billing mutation by the permission map (deny by default).
          if (scope !== null && rootFields(operation.selectionSet, fragments).some(requiresIdempotencyKey)) throw refusal("IDEMPOTENCY_KEY_REQUIRED");
          return;
        }
        const session = sessions.get(contextValue);
        if (!session) return;
        session.fingerprint = fingerprintOf(schema, document, operation, request.variables);
        session.operationName = operation.name?.value ?? null;
      },

      // Called once the other plugins' didResolveOperation succeeded, in order: the one place to take the key.
      async responseForOperation({ contextValue }) {
        const session = sessions.get(contextValue);
        if (!session?.fingerprint) return null;
        const claim = await claimKey(contextValue.db, { scope: session.scope, key: session.key, fingerprint: session.fingerprint, now: contextValue.clock.now() });
        if (claim.kind === "execute") {
          session.state = "executing";
          return null;
        }
        if (claim.kind === "refuse") {
          session.state = "refused";
          return refusalResponse(claim.code);
        }
        session.state = "replayed";
        return {
          http: { status: claim.httpStatus, headers: new HeaderMap([["idempotency-replayed", "true"]]) },
          body: { kind: "single", singleResult: JSON.parse(claim.body) },
        };
      },

      async willSendResponse({ contextValue, response }) {
        const session = sessions.get(contextValue);
        if (!session || (session.state !== "executing" && session.state !== "replayed")) return;
        if (response.body.kind !== "single") {
          session.state = "discarded";
          return;
        }
        const result = response.body.singleResult;
        if (session.state === "executing") {
          const status = response.http.status ?? 200;
          const unexpected = (result.errors ?? []).some((e) => NOT_KEPT.has(String(e.extensions?.code)));
          // Only a request that executed is kept (Stripe's rule): a 4xx before or during coercion, or a 5xx, is not.
          if (status !== 200 || unexpected) {
            session.state = "discarded";
            return;
          }
          try {
            await storeResponse(contextValue.db, {
              scope: session.scope,
              key: session.key,
              fingerprint: session.fingerprint!,
              operationName: session.operationName,
              text: JSON.stringify(result),
              httpStatus: status,
              now: contextValue.clock.now(),
              ttlHours: session.ttlHours,
            });
          } catch (error) {
            // The effect is rolled back with the key (src/http.ts): the answer must not claim it happened.
            session.state = "discarded";
            const code = isDatabaseUnavailable(error) ? "SERVICE_UNAVAILABLE" : "INTERNAL_SERVER_ERROR";
            if (code === "SERVICE_UNAVAILABLE") contextValue.log.warn({ err: error }, "database unavailable");
            else contextValue.log.error({ err: error }, "could not store the idempotency key");
            response.http.status = code === "SERVICE_UNAVAILABLE" ? 503 : 500;
            response.body.singleResult = {
              errors: [{ message: GRAPHQL_ERROR_MESSAGES[code]![contextValue.locale], extensions: { code, requestId: contextValue.requestId } }],
            };
            return;
          }
          session.state = "stored";
        }
        result.extensions = { ...result.extensions, idempotency: { key: session.key, replayed: session.state === "replayed" } };
      },
    };
  },
};
