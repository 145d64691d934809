import { officeAssistanceRequests, officeAssistanceSessions, officeAssistanceVisits } from "../../../db/schema/office-assistance.js";
import type { Queryable } from "../../shared/db.js";
import { loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { rowsWhereIn } from "../../shared/rows.js";
import { loaderOfMemberPages, type MemberPageFilter } from "../../shared/member-pages.js";
import { officeAssistanceRepository as repo } from "./office-assistance.repository.js";

/** Built per request in the context. */
export function createOfficeAssistanceLoaders(db: Queryable) {
  return {
    requestById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, officeAssistanceRequests, officeAssistanceRequests.id, ids),
      (row) => row.id,
    ),
    sessionById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, officeAssistanceSessions, officeAssistanceSessions.id, ids),
      (row) => row.id,
    ),
    visitById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, officeAssistanceVisits, officeAssistanceVisits.id, ids),
      (row) => row.id,
    ),
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
