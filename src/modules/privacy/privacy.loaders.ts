import { asc, desc } from "drizzle-orm";
import { privacyRequests, processingLimits } from "../../../db/schema/privacy.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderOfChildren } from "../../shared/loader.js";

/** Built per request in the context. */
export function createPrivacyLoaders(db: Queryable) {
  return {
    requestById: loaderById(db, privacyRequests),
    limitById: loaderById(db, processingLimits),
    /** Member.privacyRequests: newest received first. */
    requestsByMemberId: loaderOfChildren(db, privacyRequests, "memberId", {
      orderBy: [asc(privacyRequests.memberId), desc(privacyRequests.receivedAt), desc(privacyRequests.id)],
    }),
    limitsByMemberId: loaderOfChildren(db, processingLimits, "memberId", {
      orderBy: [asc(processingLimits.memberId), desc(processingLimits.startedAt), desc(processingLimits.id)],
    }),
    limitsByRequestId: loaderOfChildren(db, processingLimits, "requestId", {
      orderBy: [asc(processingLimits.requestId), asc(processingLimits.startedAt), asc(processingLimits.id)],
    }),
  };
}

declare module "../../context.js" {
  interface Loaders {
    privacy: ReturnType<typeof createPrivacyLoaders>;
  }
}
