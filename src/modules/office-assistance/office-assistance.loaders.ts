import { asc } from "drizzle-orm";
import { officeAssistanceRequests, officeAssistanceSessions, officeAssistanceVisits } from "../../../db/schema/office-assistance.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderOfChildren } from "../../shared/loader.js";
import { loaderOfMemberPages, type MemberPageFilter } from "../../shared/member-pages.js";
import { officeAssistanceRepository as repo } from "./office-assistance.repository.js";

/** Built per request in the context. */
export function createOfficeAssistanceLoaders(db: Queryable) {
  return {
    requestById: loaderById(db, officeAssistanceRequests),
    sessionById: loaderById(db, officeAssistanceSessions),
    visitById: loaderById(db, officeAssistanceVisits),
    sessionsByRequestId: loaderOfChildren(db, officeAssistanceSessions, "requestId", {
      orderBy: [asc(officeAssistanceSessions.requestId), asc(officeAssistanceSessions.consentedAt), asc(officeAssistanceSessions.id)],
    }),
    visitsByRequestId: loaderOfChildren(db, officeAssistanceVisits, "requestId", {
      orderBy: [asc(officeAssistanceVisits.requestId), asc(officeAssistanceVisits.startsAt), asc(officeAssistanceVisits.id)],
    }),
    requestPages: loaderOfMemberPages((memberIds, filter: MemberPageFilter) => repo.requestPagesByMemberIds(db, memberIds, filter)),
  };
}

declare module "../../context.js" {
  interface Loaders {
    officeAssistance: ReturnType<typeof createOfficeAssistanceLoaders>;
  }
}
