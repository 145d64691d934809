import DataLoader from "dataloader";
import type { Queryable } from "../../shared/db.js";
import { loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { officeAssistanceRepository as repo, type PageFilter, type RequestRow } from "./office-assistance.repository.js";

/** Pages of requests per member: same-filter keys are fetched in one statement. */
function requestPagesLoader(db: Queryable) {
  return new DataLoader<{ memberId: string; filter: PageFilter }, RequestRow[], string>(
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
        for (const row of await repo.requestPagesByMemberIds(db, group.memberIds, group.filter)) {
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
export function createOfficeAssistanceLoaders(db: Queryable) {
  return {
    requestById: loaderByKey((ids: readonly string[]) => repo.requestsByIds(db, ids), (row) => row.id),
    sessionById: loaderByKey((ids: readonly string[]) => repo.sessionsByIds(db, ids), (row) => row.id),
    visitById: loaderByKey((ids: readonly string[]) => repo.visitsByIds(db, ids), (row) => row.id),
    sessionsByRequestId: loaderOfGroups((ids: readonly string[]) => repo.sessionsByRequestIds(db, ids), (row) => row.requestId),
    visitsByRequestId: loaderOfGroups((ids: readonly string[]) => repo.visitsByRequestIds(db, ids), (row) => row.requestId),
    requestPages: requestPagesLoader(db),
  };
}

export type OfficeAssistanceLoaders = ReturnType<typeof createOfficeAssistanceLoaders>;
