import { asc } from "drizzle-orm";
import { payerItemKinds } from "../../../db/schema/billing.js";
import { committeeDecisions, membershipEvents } from "../../../db/schema/membership.js";
import type { Queryable } from "../../shared/db.js";
import { loaderOfChildren } from "../../shared/loader.js";
import { eventsInLifecycleOrder } from "./membership.repository.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createMembershipLoaders(db: Queryable) {
  return {
    decisionsByMeetingId: loaderOfChildren(db, committeeDecisions, "meetingId", { orderBy: [asc(committeeDecisions.decidedAt), asc(committeeDecisions.id)] }),
    itemKindsByPayerId: loaderOfChildren(db, payerItemKinds, "payerId", { orderBy: [asc(payerItemKinds.itemKind)] }),
    eventsByMemberId: loaderOfChildren(db, membershipEvents, "memberId", eventsInLifecycleOrder),
  };
}

declare module "../../context.js" {
  interface Loaders {
    membership: ReturnType<typeof createMembershipLoaders>;
  }
}
