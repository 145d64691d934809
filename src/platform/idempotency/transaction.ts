import { parse } from "graphql";
import type { Actor } from "../../authz/actor.js";
import type { Context } from "../../context.js";
import type { Db } from "../../shared/db.js";
import { readKeyHeader, scopeOf, selectedOperation } from "./key.js";
import { openSession } from "./plugin.js";

export const DEFAULT_IDEMPOTENCY_TTL_HOURS = 24;

export interface KeyedMutation {
  scope: string;
  key: string;
}

/**
 * A POST whose selected operation is a mutation, with a valid key, from an identified caller: the
 * requests that run in one transaction of their own. Anything else (a query, a malformed body, an
 * invalid key) runs as usual, and the Apollo plugin refuses what must be refused.
 */
export function keyedMutationOf(method: string | undefined, header: string | undefined, body: unknown, actor: Actor): KeyedMutation | null {
  if (method !== "POST") return null;
  const key = readKeyHeader(header);
  const scope = scopeOf(actor);
  if (key.kind !== "present" || scope === null) return null;
  if (body === null || typeof body !== "object" || Array.isArray(body)) return null;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== "string") return null;
  try {
    const operation = selectedOperation(parse(query), typeof operationName === "string" ? operationName : null);
    return operation?.operation === "mutation" ? { scope, key: key.key } : null;
  } catch {
    return null;
  }
}

const ROLL_BACK = Symbol("roll back the keyed request");

/**
 * Runs a keyed mutation request in ONE transaction: the context built for it reads and writes
 * through that transaction (the kernel's own transactions become savepoints), the plugin claims
 * the key and stores the response in it, and it commits only when the response was stored. A
 * replay, a refusal (409/422), a request that failed before executing or an unexpected error
 * (500/503) roll everything back: nothing of it is kept, and the client may retry.
 * The answer is returned only after the commit: it is never sent for an effect that is not durable.
 */
export async function inKeyedTransaction<T>(
  db: Db,
  keyed: KeyedMutation,
  options: { ttlHours: number; contextFor: (tx: Db) => Context; execute: (ctx: Context) => Promise<T> },
): Promise<T> {
  let answer: { value: T } | null = null;
  try {
    await db.transaction(async (tx) => {
      const ctx = options.contextFor(tx as unknown as Db);
      const session = openSession(ctx, { ...keyed, ttlHours: options.ttlHours });
      answer = { value: await options.execute(ctx) };
      if (session.state !== "stored") throw ROLL_BACK;
    });
  } catch (error) {
    if (error !== ROLL_BACK) throw error;
  }
  return (answer as { value: T } | null)!.value;
}
