import DataLoader from "dataloader";
import type { Queryable } from "../../shared/db.js";
import { loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { conciergeRepository as repo, type PageFilter, type RequestRow } from "./concierge.repository.js";

export interface PageKey {
  memberId: string;
  filter: PageFilter;
}

/**
 * Pages of requests per member. Keys with the same filter (page size, cursor, status) are fetched
 * together in one statement, so a list of members costs one query for all their requests.
 */
function requestPagesLoader(db: Queryable) {
  return new DataLoader<PageKey, RequestRow[], string>(
    async (keys) => {
      const groups = new Map<string, { filter: PageFilter; memberIds: string[] }>();
      for (const key of keys) {
        const id = JSON.stringify(key.filter);
        const group = groups.get(id) ?? { filter: key.filter, memberIds: [] };
        group.memberIds.push(key.memberId);
        groups.set(id, group);
      }
      const results = new Map<string, RequestRow[]>();
      for (const [id, group] of groups) {
        const rows = await repo.pagesByMemberIds(db, group.memberIds, group.filter);
        for (const row of rows) {
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
export function createConciergeLoaders(db: Queryable) {
  return {
    categoryByCode: loaderByKey((codes: readonly string[]) => repo.categoriesByCodes(db, codes), (row) => row.code),
    latestPrivilegeByMemberId: loaderByKey((ids: readonly string[]) => repo.latestPrivilegesByMemberIds(db, ids), (row) => row.memberId),
    requestById: loaderByKey((ids: readonly string[]) => repo.requestsByIds(db, ids), (row) => row.id),
    statusChangesByRequestId: loaderOfGroups((ids: readonly string[]) => repo.statusChangesByRequestIds(db, ids), (row) => row.requestId),
    requestPages: requestPagesLoader(db),
  };
}

export type ConciergeLoaders = ReturnType<typeof createConciergeLoaders>;
