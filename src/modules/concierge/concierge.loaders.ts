import type { Queryable } from "../../shared/db.js";
import { loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { loaderOfMemberPages } from "../../shared/member-pages.js";
import { conciergeRepository as repo, type PageFilter } from "./concierge.repository.js";

/** Built per request in the context. */
export function createConciergeLoaders(db: Queryable) {
  return {
    categoryByCode: loaderByKey(
      (codes: readonly string[]) => repo.categoriesByCodes(db, codes),
      (row) => row.code,
    ),
    latestPrivilegeByMemberId: loaderByKey(
      (ids: readonly string[]) => repo.latestPrivilegesByMemberIds(db, ids),
      (row) => row.memberId,
    ),
    requestById: loaderByKey(
      (ids: readonly string[]) => repo.requestsByIds(db, ids),
      (row) => row.id,
    ),
    statusChangesByRequestId: loaderOfGroups(
      (ids: readonly string[]) => repo.statusChangesByRequestIds(db, ids),
      (row) => row.requestId,
    ),
    requestPages: loaderOfMemberPages((memberIds, filter: PageFilter) => repo.pagesByMemberIds(db, memberIds, filter)),
  };
}

declare module "../../context.js" {
  interface Loaders {
    concierge: ReturnType<typeof createConciergeLoaders>;
  }
}
