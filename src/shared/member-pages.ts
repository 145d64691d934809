import DataLoader from "dataloader";
import { and, asc, desc, eq, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Queryable } from "./db.js";

/** One page per member: page size and a keyset cursor (instant ISO, id) of the previous page's last row. */
export interface MemberPageFilter {
  after: readonly [string, string] | null;
  limit: number;
}

/**
 * The newest rows of many members, one page each, in ONE statement (a window function ranks each
 * member's rows): a list of members costs one query for all their rows, not one per member.
 * `columns.at` and `columns.id` order the rows (newest first) and form the cursor; `where` adds
 * the caller's own conditions (a status filter, …).
 */
export async function newestPagePerMember<T extends PgTable>(
  db: Queryable,
  table: T,
  columns: { memberId: AnyPgColumn; at: AnyPgColumn; id: AnyPgColumn },
  memberIds: readonly string[],
  filter: MemberPageFilter,
  where: SQL[] = [],
): Promise<T["$inferSelect"][]> {
  const { memberId, at, id } = columns;
  const conditions: SQL[] = [inArray(memberId, [...memberIds]), ...where];
  if (filter.after) conditions.push(sql`(${at}, ${id}) < (${filter.after[0]}::timestamptz, ${filter.after[1]}::uuid)`);
  const ranked = db
    .select({ id, rank: sql<number>`row_number() over (partition by ${memberId} order by ${at} desc, ${id} desc)`.as("rank") })
    .from(table as PgTable)
    .where(and(...conditions))
    .as("ranked");
  const rows = await db
    .select({ row: table as PgTable })
    .from(table as PgTable)
    .innerJoin(ranked, eq(ranked.id, id))
    .where(lte(ranked.rank, filter.limit))
    .orderBy(asc(memberId), desc(at), desc(id));
  return rows.map((r) => r.row as T["$inferSelect"]);
}

/**
 * A DataLoader of pages per member: keys with the same filter are fetched together through
 * `fetch(memberIds, filter)` (one statement, e.g. newestPagePerMember), then split by member.
 */
export function loaderOfMemberPages<F, Row extends { memberId: string }>(fetch: (memberIds: string[], filter: F) => Promise<Row[]>) {
  return new DataLoader<{ memberId: string; filter: F }, Row[], string>(
    async (keys) => {
      const groups = new Map<string, { filter: F; memberIds: string[] }>();
      for (const key of keys) {
        const id = JSON.stringify(key.filter);
        const group = groups.get(id) ?? { filter: key.filter, memberIds: [] };
        group.memberIds.push(key.memberId);
        groups.set(id, group);
      }
      const results = new Map<string, Row[]>();
      for (const [id, group] of groups) {
        for (const row of await fetch(group.memberIds, group.filter)) {
          const k = `${id}|${row.memberId}`;
          const list = results.get(k);
          if (list) list.push(row);
          else results.set(k, [row]);
        }
      }
      return keys.map((key) => results.get(`${JSON.stringify(key.filter)}|${key.memberId}`) ?? []);
    },
    { cacheKeyFn: (key) => `${JSON.stringify(key.filter)}|${key.memberId}` },
  );
}
