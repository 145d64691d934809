import DataLoader from "dataloader";
import type { Queryable } from "../../shared/db.js";
import { loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { quotesRepository as repo } from "./quotes.repository.js";

/**
 * Pages per member: keys with the same filter are fetched together in one statement, so a list of
 * members costs one query for all their quotes (or requests).
 */
function pagesLoader<F, Row extends { memberId: string }>(fetch: (memberIds: string[], filter: F) => Promise<Row[]>) {
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

/** Built per request in the context. */
export function createQuoteLoaders(db: Queryable) {
  return {
    requestById: loaderByKey((ids: readonly string[]) => repo.requestsByIds(db, ids), (row) => row.id),
    quoteById: loaderByKey((ids: readonly string[]) => repo.quotesByIds(db, ids), (row) => row.id),
    quotesByRequestId: loaderOfGroups((ids: readonly string[]) => repo.quotesByRequestIds(db, ids), (row) => row.requestId),
    linesByQuoteId: loaderOfGroups((ids: readonly string[]) => repo.linesByQuoteIds(db, ids), (row) => row.quoteId),
    quotePages: pagesLoader((memberIds, filter: Parameters<typeof repo.quotePagesByMemberIds>[2]) => repo.quotePagesByMemberIds(db, memberIds, filter)),
    requestPages: pagesLoader((memberIds, filter: Parameters<typeof repo.requestPagesByMemberIds>[2]) => repo.requestPagesByMemberIds(db, memberIds, filter)),
  };
}

export type QuoteLoaders = ReturnType<typeof createQuoteLoaders>;
