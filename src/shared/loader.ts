import DataLoader from "dataloader";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Queryable } from "./db.js";
import { rowsWhereIn } from "./rows.js";

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
