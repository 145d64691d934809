import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Queryable } from "./db.js";

/**
 * The statements every repository writes the same way, once, typed by the table. Anything
 * with a join, a grouping or a cursor stays a query of its own in the repository.
 */

/** What narrows and orders a set-based read (rowsWhereIn): more conditions, the order of the rows. */
export interface RowsFilter {
  /** Conditions the rows also meet (not removed, open, …). */
  where?: SQL;
  /** The order of the rows (a parent's children keep it). */
  orderBy?: (AnyPgColumn | SQL)[];
  /** Only the first row of each key in `orderBy` order (DISTINCT ON the key column): a member's latest row. */
  firstOfEach?: boolean;
}

/** The rows of `table` whose `column` is one of `keys`, in one statement: the query of a loader's batch. */
export async function rowsWhereIn<T extends PgTable>(db: Queryable, table: T, column: AnyPgColumn, keys: readonly string[], filter: RowsFilter = {}): Promise<T["$inferSelect"][]> {
  const orderBy = filter.orderBy ?? [];
  const rows = await (filter.firstOfEach ? db.selectDistinctOn([column]) : db.select())
    .from(table as PgTable)
    .where(and(inArray(column, [...keys]), filter.where))
    .orderBy(...(filter.firstOfEach ? [column, ...orderBy] : orderBy));
  return rows as T["$inferSelect"][];
}

/** Inserts one row and returns it as stored (defaults filled in). */
export async function insertRow<T extends PgTable>(tx: Queryable, table: T, values: T["$inferInsert"]): Promise<T["$inferSelect"]> {
  const [row] = await tx
    .insert(table as PgTable)
    .values(values)
    .returning();
  return row as T["$inferSelect"];
}

/** Updates the row with this id and returns it as it now is. */
export async function updateRow<T extends PgTable & { id: AnyPgColumn }>(tx: Queryable, table: T, id: string, changes: Partial<T["$inferInsert"]>): Promise<T["$inferSelect"]> {
  const [row] = await tx
    .update(table as PgTable)
    .set(changes)
    .where(eq(table.id, id))
    .returning();
  return row as T["$inferSelect"];
}

/** The row with this id, if any. */
export async function rowById<T extends PgTable & { id: AnyPgColumn }>(db: Queryable, table: T, id: string): Promise<T["$inferSelect"] | undefined> {
  const [row] = await db
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id));
  return row as T["$inferSelect"] | undefined;
}

/** The row with this id, if any, locked FOR UPDATE until the transaction ends: the writers of that row queue here. */
export async function lockRow<T extends PgTable & { id: AnyPgColumn }>(tx: Queryable, table: T, id: string): Promise<T["$inferSelect"] | undefined> {
  const [row] = await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))
    .for("update");
  return row as T["$inferSelect"] | undefined;
}
