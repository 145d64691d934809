import { randomUUID } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
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

export interface GqlResult<T = Record<string, any>> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
  requestId: string;
}

export interface ExecOptions {
  variables?: Record<string, unknown>;
  locale?: Locale;
  clock?: Clock;
}

/** Runs an operation as `actor` through the same context builder, schema and plugins as HTTP requests. */
export async function gql<T = Record<string, any>>(db: Database, actor: Actor | null, query: string, options: ExecOptions = {}): Promise<GqlResult<T>> {
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
  const response = await (await apollo()).executeOperation<T>({ query, variables: options.variables }, { contextValue });
  if (response.body.kind !== "single") throw new Error("unexpected incremental response");
  return { data: response.body.singleResult.data, errors: response.body.singleResult.errors, requestId };
}

/** The error codes of a result, in order. */
export function errorCodes(result: GqlResult): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}
