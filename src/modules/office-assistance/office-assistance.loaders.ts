import { officeAssistanceRequests, officeAssistanceSessions, officeAssistanceVisits } from "../../../db/schema/office-assistance.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderOfGroups } from "../../shared/loader.js";
import { loaderOfMemberPages, type MemberPageFilter } from "../../shared/member-pages.js";
import { officeAssistanceRepository as repo } from "./office-assistance.repository.js";

/** Built per request in the context. */
export function createOfficeAssistanceLoaders(db: Queryable) {
  return {
    requestById: loaderById(db, officeAssistanceRequests),
    sessionById: loaderById(db, officeAssistanceSessions),
    visitById: loaderById(db, officeAssistanceVisits),
    sessionsByRequestId: loaderOfGroups(
      (ids: readonly string[]) => repo.sessionsByRequestIds(db, ids),
      (row) => row.requestId,
    ),
    visitsByRequestId: loaderOfGroups(
      (ids: readonly string[]) => repo.visitsByRequestIds(db, ids),
      (row) => row.requestId,
    ),
    requestPages: loaderOfMemberPages((memberIds, filter: MemberPageFilter) => repo.requestPagesByMemberIds(db, memberIds, filter)),
  };
}

declare module "../../context.js" {
  interface Loaders {
    officeAssistance: ReturnType<typeof createOfficeAssistanceLoaders>;
  }
}
