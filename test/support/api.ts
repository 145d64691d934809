import { randomUUID } from "node:crypto";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { Kind, parse, type GraphQLFormattedError } from "graphql";
import { pino } from "pino";
import { createApolloServer } from "../../src/app.js";
import { DEMO_TARIFFS } from "../../src/config.js";
import { ANONYMOUS, type Actor } from "../../src/authz/actor.js";
import type { Context } from "../../src/context.js";
import { buildContext } from "../../src/modules/registry.js";
import { buildAppSchema } from "../../src/schema.js";
import { ManualClock, type Clock } from "../../src/shared/clock.js";
import type { Database } from "../../src/shared/db.js";
import type { Locale } from "../../src/shared/i18n.js";
import { IDEMPOTENCY_HEADER, requiresIdempotencyKey } from "../../src/platform/idempotency/index.js";

export const silentLog = pino({ level: "silent" });

let apolloPromise: Promise<ApolloServer<Context>> | null = null;

/** One Apollo server per test file, with the production schema, permissions and error handling. */
function apollo(): Promise<ApolloServer<Context>> {
  apolloPromise ??= (async () => {
    const server = createApolloServer(await buildAppSchema(), { introspection: false, landingPage: false, maxTokens: 5_000, maxDepth: 12 });
    await server.start();
    return server;
  })();
  return apolloPromise;
}

/**
 * The data of a result whose shape a test does not declare: any field, read as the test expects it.
 * A test that wants checking passes its own shape to `gql<TData>`, or reads payloads through the typed helpers below.
 */
export type AnyData = Record<string, any>;

/** A user error as every payload returns it (`userErrors { code message field rule }`); fields not selected are absent. */
export interface UserErrorShape {
  code: string;
  message: string;
  field: string[] | null;
  rule: string | null;
}

/** A mutation payload: its result fields (`device`, `vipLine`…) and its userErrors. */
export type Payload<TFields extends object = AnyData> = TFields & { userErrors: UserErrorShape[] };

/** A Relay connection, as a test pages through it. */
export interface ConnectionShape<TNode> {
  edges: { node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface GqlResult<TData = AnyData> {
  data: TData | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
  requestId: string;
}

export interface ExecOptions {
  variables?: Record<string, unknown>;
  locale?: Locale;
  clock?: Clock;
  /**
   * The Idempotency-Key header. Left out: a random key for the booking and billing mutations that
   * require one (src/platform/idempotency/required.ts) when an identified actor calls them, none
   * otherwise; `null`: no header at all. In-process, the key passes the requirement only: storing
   * and replaying happen on the HTTP path (test/platform/idempotency).
   */
  idempotencyKey?: string | null;
}

/** True when `query` is a mutation selecting a field that requires an idempotency key. */
function needsKey(query: string): boolean {
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== "mutation") return false;
  return operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && requiresIdempotencyKey(s.name.value));
}

/** Runs an operation as `actor` through the same context builder, schema and plugins as HTTP requests. */
export async function gql<TData = AnyData>(db: Database, actor: Actor | null, query: string, options: ExecOptions = {}): Promise<GqlResult<TData>> {
  const requestId = randomUUID();
  const contextValue = buildContext({
    requestId,
    actor: actor ?? ANONYMOUS,
    locale: options.locale ?? "fr",
    clock: options.clock ?? new ManualClock("2026-11-26T10:00:00Z"),
    tariffs: DEMO_TARIFFS,
    db: db.db,
    log: silentLog,
  });
  const key = options.idempotencyKey === undefined ? (actor && needsKey(query) ? randomUUID() : null) : options.idempotencyKey;
  const headers = new HeaderMap(key === null ? [] : [[IDEMPOTENCY_HEADER, key]]);
  const response = await (await apollo()).executeOperation<TData>(
    { query, variables: options.variables, http: { method: "POST", headers, search: "", body: { query } } },
    { contextValue },
  );
  if (response.body.kind !== "single") throw new Error("unexpected incremental response");
  return { data: response.body.singleResult.data, errors: response.body.singleResult.errors, requestId };
}

/** The error codes of a result, in order. */
export function errorCodes(result: GqlResult): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}

/** The payload of mutation `field`. Like `res.data!.field`, it throws when the result has no data. */
export function payloadOf<TFields extends object = AnyData>(res: GqlResult, field: string): Payload<TFields> {
  return res.data![field] as Payload<TFields>;
}

/** The userErrors of mutation `field`, in order. */
export function userErrorsOf(res: GqlResult, field: string): UserErrorShape[] {
  return payloadOf(res, field).userErrors;
}

/** The userErrors of mutation `field` as [code, rule] pairs, the shape refusals are compared in. */
export function refusals(res: GqlResult, field: string): [string, string | null][] {
  return userErrorsOf(res, field).map((e) => [e.code, e.rule]);
}

/** The codes of the userErrors of mutation `field`, in order. */
export function refusalCodes(res: GqlResult, field: string): string[] {
  return userErrorsOf(res, field).map((e) => e.code);
}
