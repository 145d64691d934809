import DataLoader from "dataloader";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Queryable } from "./db.js";
import { type RowsFilter, rowsWhereIn } from "./rows.js";

/** The columns of `table` a loader can key on: those holding a string (an id, a code), nullable or not. */
type KeyColumn<T extends PgTable> = { [C in keyof T & keyof T["$inferSelect"]]: T["$inferSelect"][C] extends string | null ? C : never }[keyof T & keyof T["$inferSelect"]];

/** A loader of one row per key, in key order; missing keys resolve to null. */
export function loaderByKey<K extends string, Row>(fetch: (keys: readonly K[]) => Promise<Row[]>, keyOf: (row: Row) => K): DataLoader<K, Row | null> {
  return new DataLoader<K, Row | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader of the rows grouped under each key (a parent's children), in the order the query returned them. */
export function loaderOfGroups<K extends string, Row>(fetch: (keys: readonly K[]) => Promise<Row[]>, keyOf: (row: Row) => K): DataLoader<K, Row[]> {
  return new DataLoader<K, Row[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, Row[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * Empties every DataLoader of a request after a write committed: what a payload reads next comes
 * from the database, whatever the change touched (the kernel calls it; services never need to).
 */
export function clearLoaders(loaders: object): void {
  for (const group of Object.values(loaders)) {
    if (group instanceof DataLoader) group.clearAll();
    else if (group && typeof group === "object") clearLoaders(group);
  }
}

/** A loader of `table`'s rows by id, the most common one: one statement per batch. */
export function loaderById<T extends PgTable & { id: AnyPgColumn }>(db: Queryable, table: T): DataLoader<string, T["$inferSelect"] | null> {
  return loaderByKey(
    (ids: readonly string[]) => rowsWhereIn(db, table, table.id, ids),
    (row) => (row as { id: string }).id,
  );
}

/** A loader of the one row of `table` per value of its `key` column (a code, a member's current row), one statement per batch. */
export function loaderByColumn<T extends PgTable, C extends KeyColumn<T>>(db: Queryable, table: T, key: C, filter?: RowsFilter): DataLoader<string, T["$inferSelect"] | null> {
  return loaderByKey(
    (keys: readonly string[]) => rowsWhereIn(db, table, table[key] as AnyPgColumn, keys, filter),
    (row) => row[key] as string,
  );
}

/** A loader of `table`'s rows grouped by their `key` column (a parent's children), one statement per batch, in `filter.orderBy` order. */
export function loaderOfChildren<T extends PgTable, C extends KeyColumn<T>>(db: Queryable, table: T, key: C, filter?: RowsFilter): DataLoader<string, T["$inferSelect"][]> {
  return loaderOfGroups(
    (keys: readonly string[]) => rowsWhereIn(db, table, table[key] as AnyPgColumn, keys, filter),
    (row) => row[key] as string,
  );
}
