import { and, eq, sql } from "drizzle-orm";
import { idempotencyKeys } from "../../../db/schema/platform.js";
import type { Db, Queryable } from "../../shared/db.js";

/** What a keyed request does once it holds (or failed to take) its key. */
export type Claim =
  | { kind: "execute" }
  | { kind: "replay"; body: string; httpStatus: number }
  | { kind: "refuse"; code: "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_REQUEST_IN_PROGRESS" };

/**
 * The stored response: jsonb reorders object keys, and a GraphQL response is ordered like its
 * selection set, so the exact text sent is kept as a JSON string inside the jsonb column.
 */
interface StoredResponse {
  text: string;
}

/**
 * Inside the request's transaction: a transaction-level advisory lock on the scoped key (held
 * until commit or rollback, on every replica of the same database), then the committed record.
 * - lock not taken: another transaction holds the key. If it has committed since (its record is
 *   visible under READ COMMITTED) the request replays it, otherwise it is still in flight (409);
 * - lock taken: a live record with the same fingerprint replays, with another fingerprint is
 *   refused (422); none (or an expired one, deleted here) lets the request execute.
 */
export async function claimKey(tx: Queryable, request: { scope: string; key: string; fingerprint: string; now: Date }): Promise<Claim> {
  const [lock] = await tx.select({ acquired: sql<boolean>`pg_try_advisory_xact_lock(hashtextextended(${`${request.scope}:${request.key}`}, 0))` }).from(sql`(values (1)) as one`);
  const [record] = await tx
    .select({ fingerprint: idempotencyKeys.fingerprint, response: idempotencyKeys.response, httpStatus: idempotencyKeys.httpStatus, expiresAt: idempotencyKeys.expiresAt })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, request.scope), eq(idempotencyKeys.key, request.key)));
  const live = record && record.expiresAt.getTime() > request.now.getTime() ? record : undefined;
  if (live) {
    if (live.fingerprint !== request.fingerprint) return { kind: "refuse", code: "IDEMPOTENCY_KEY_REUSED" };
    return { kind: "replay", body: (live.response as unknown as StoredResponse).text, httpStatus: live.httpStatus };
  }
  if (!lock?.acquired) return { kind: "refuse", code: "IDEMPOTENCY_REQUEST_IN_PROGRESS" };
  if (record) await tx.delete(idempotencyKeys).where(and(eq(idempotencyKeys.scope, request.scope), eq(idempotencyKeys.key, request.key)));
  return { kind: "execute" };
}

/** Stores the response with the effect, in the same transaction (the advisory lock is still held). */
export async function storeResponse(
  tx: Queryable,
  record: { scope: string; key: string; fingerprint: string; operationName: string | null; text: string; httpStatus: number; now: Date; ttlHours: number },
): Promise<void> {
  await tx.insert(idempotencyKeys).values({
    scope: record.scope,
    key: record.key,
    fingerprint: record.fingerprint,
    operationName: record.operationName,
    response: { text: record.text } satisfies StoredResponse as unknown as Record<string, unknown>,
    httpStatus: record.httpStatus,
    createdAt: record.now,
    expiresAt: new Date(record.now.getTime() + record.ttlHours * 3_600_000),
  });
}

/**
 * Retention (scripts/retention.ts): deletes the expired keys, `batchSize` rows per statement so
 * that a long backlog never holds a long lock. `skip locked`: two runs at once share the work.
 */
export async function pruneIdempotencyKeys(db: Db, options: { now: Date; batchSize: number }): Promise<{ deleted: number }> {
  let deleted = 0;
  for (;;) {
    const rows = await db
      .delete(idempotencyKeys)
      .where(
        sql`(${idempotencyKeys.scope}, ${idempotencyKeys.key}) in (
          select k.scope, k.key from idempotency_keys k where k.expires_at <= ${options.now.toISOString()}::timestamptz
          order by k.expires_at limit ${options.batchSize} for update skip locked)`,
      )
      .returning({ key: idempotencyKeys.key });
    deleted += rows.length;
    if (rows.length < options.batchSize) return { deleted };
  }
}
