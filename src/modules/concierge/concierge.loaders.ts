import { asc, desc } from "drizzle-orm";
import { conciergeCategories, conciergePrivileges, conciergeRequests, conciergeStatusChanges } from "../../../db/schema/concierge.js";
import type { Queryable } from "../../shared/db.js";
import { loaderByColumn, loaderById, loaderOfChildren } from "../../shared/loader.js";
import { loaderOfMemberPages } from "../../shared/member-pages.js";
import { conciergeRepository as repo, type PageFilter } from "./concierge.repository.js";

/** Built per request in the context. */
export function createConciergeLoaders(db: Queryable) {
  return {
    categoryByCode: loaderByColumn(db, conciergeCategories, "code"),
    latestPrivilegeByMemberId: loaderByColumn(db, conciergePrivileges, "memberId", {
      firstOfEach: true,
      orderBy: [desc(conciergePrivileges.startedAt), desc(conciergePrivileges.id)],
    }),
    requestById: loaderById(db, conciergeRequests),
    statusChangesByRequestId: loaderOfChildren(db, conciergeStatusChanges, "requestId", { orderBy: [asc(conciergeStatusChanges.at), asc(conciergeStatusChanges.id)] }),
    requestPages: loaderOfMemberPages((memberIds, filter: PageFilter) => repo.pagesByMemberIds(db, memberIds, filter)),
  };
}

declare module "../../context.js" {
  interface Loaders {
    concierge: ReturnType<typeof createConciergeLoaders>;
  }
}
