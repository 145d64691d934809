import { eq, inArray } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Queryable } from "./db.js";

/**
 * The statements every repository writes the same way, once, typed by the table. Anything
 * with a condition, an order or a lock stays a query of its own in the repository.
 */

/** The rows of `table` whose `column` is one of `keys`, in one statement: the query of a loader's batch. */
export async function rowsWhereIn<T extends PgTable>(db: Queryable, table: T, column: AnyPgColumn, keys: readonly string[]): Promise<T["$inferSelect"][]> {
  const rows = await db
    .select()
    .from(table as PgTable)
    .where(inArray(column, [...keys]));
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
