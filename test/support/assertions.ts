import { eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { expect } from "vitest";
import { auditLog } from "../../db/schema/index.js";
import type { Database } from "../../src/shared/db.js";
import { userErrorsOf, type GqlResult, type UserErrorShape } from "./api.js";

/** How many times each value occurs: `{ ok: 1, "ALREADY_ACTIVE/DEV-2": 29 }` for 30 concurrent calls. */
export function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/**
 * The outcome of each call of mutation `field`: "ok", or its userErrors as `CODE/RULE` joined by commas.
 * Fails on any GraphQL error first: under concurrency a refusal must be a userError, never a 500.
 */
export function outcomesOf(results: readonly GqlResult[], field: string): string[] {
  return outcomes(results, field, (e) => `${e.code}/${e.rule}`);
}

/** Like `outcomesOf`, with the codes alone: `{ ok: 1, ILLEGAL_TRANSITION: 29 }`. */
export function codeOutcomesOf(results: readonly GqlResult[], field: string): string[] {
  return outcomes(results, field, (e) => e.code);
}

function outcomes(results: readonly GqlResult[], field: string, key: (e: UserErrorShape) => string): string[] {
  for (const r of results) expect(r.errors).toBeUndefined();
  return results.map((r) => userErrorsOf(r, field).map(key).join(",") || "ok");
}

/** The number of rows in `table`. */
export async function countRows(db: Database, table: PgTable): Promise<number> {
  const [row] = await db.db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row!.n;
}

/** The audit rows written by one request, in order. */
export function auditRowsOf(db: Database, requestId: string) {
  return db.db.select().from(auditLog).where(eq(auditLog.requestId, requestId)).orderBy(auditLog.id);
}
