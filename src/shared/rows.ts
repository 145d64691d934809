import { eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgDialect, PgSession, PgTable } from "drizzle-orm/pg-core";
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

/** A table's select list and its fields, rendered once per table (drizzle would render every column again for every batch). */
interface TableRead {
  list: SQL;
  fields: { path: string[]; field: AnyPgColumn }[];
}

const tableReads = new WeakMap<PgTable, TableRead>();

function readOf(db: Queryable, table: PgTable): TableRead {
  let read = tableReads.get(table);
  if (!read) {
    const dialect = (db as unknown as { dialect: PgDialect }).dialect;
    const columns = Object.entries(getTableColumns(table));
    read = {
      list: sql.raw(columns.map(([, column]) => dialect.escapeName(column.name)).join(", ")),
      fields: columns.map(([key, column]) => ({ path: [key], field: column as AnyPgColumn })),
    };
    tableReads.set(table, read);
  }
  return read;
}

/**
 * The rows of `table` whose `column` is one of `keys`, in one statement: the query of a loader's
 * batch. Issue 15: the keys are one array parameter (`= any($1)`), so a loader's statement has the
 * same text whatever the batch size (prepared once per connection), and the select list is
 * rendered once per table.
 */
export async function rowsWhereIn<T extends PgTable>(db: Queryable, table: T, column: AnyPgColumn, keys: readonly string[], filter: RowsFilter = {}): Promise<T["$inferSelect"][]> {
  const read = readOf(db, table as PgTable);
  const order = filter.firstOfEach ? [column, ...(filter.orderBy ?? [])] : (filter.orderBy ?? []);
  const query = sql`select ${filter.firstOfEach ? sql`distinct on (${column}) ` : sql``}${read.list} from ${table} where ${column} = any(${sql.param([...keys])})${
    filter.where ? sql` and (${filter.where})` : sql``
  }${order.length > 0 ? sql` order by ${sql.join(order, sql`, `)}` : sql``}`;
  const { dialect, session } = db as unknown as { dialect: PgDialect; session: PgSession };
  return (await session.prepareQuery(dialect.sqlToQuery(query), read.fields, undefined, true).execute()) as T["$inferSelect"][];
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
