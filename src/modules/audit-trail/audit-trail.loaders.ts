import type { Queryable } from "../../shared/db.js";
import { loaderOfMemberPages } from "../../shared/member-pages.js";
import { auditTrailRepository as repo, type HistoryFilter } from "./audit-trail.repository.js";

/** Built per request in the context: one statement per batch of members, whatever the page size. */
export function createAuditTrailLoaders(db: Queryable) {
  return {
    historyPages: loaderOfMemberPages((memberIds, filter: HistoryFilter) => repo.historyPages(db, memberIds, filter)),
  };
}

declare module "../../context.js" {
  interface Loaders {
    auditTrail: ReturnType<typeof createAuditTrailLoaders>;
  }
}
