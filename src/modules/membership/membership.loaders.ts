import type { Queryable } from "../../shared/db.js";
import { loaderOfGroups } from "../../shared/loader.js";
import { membershipRepository as repo } from "./membership.repository.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createMembershipLoaders(db: Queryable) {
  return {
    decisionsByMeetingId: loaderOfGroups(
      (ids: readonly string[]) => repo.decisionsByMeetingIds(db, ids),
      (row) => row.meetingId,
    ),
    itemKindsByPayerId: loaderOfGroups(
      (ids: readonly string[]) => repo.itemKindsByPayerIds(db, ids),
      (row) => row.payerId,
    ),
    eventsByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.eventsByMemberIds(db, ids),
      (row) => row.memberId,
    ),
  };
}

declare module "../../context.js" {
  interface Loaders {
    membership: ReturnType<typeof createMembershipLoaders>;
  }
}
