import { asc } from "drizzle-orm";
import { proBricks, proServiceRequests } from "../../../db/schema/pro.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderOfChildren, loaderOfGroups } from "../../shared/loader.js";
import { proRepository as repo } from "./pro.repository.js";

/** Built per request in the context. */
export function createProLoaders(db: Queryable) {
  return {
    serviceById: loaderById(db, proServiceRequests),
    servicesByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.servicesByMemberIds(db, ids),
      (row) => row.memberId,
    ),
    brickById: loaderById(db, proBricks),
    bricksByMemberId: loaderOfChildren(db, proBricks, "memberId", { orderBy: [asc(proBricks.memberId), asc(proBricks.subscribedAt), asc(proBricks.id)] }),
  };
}

declare module "../../context.js" {
  interface Loaders {
    pro: ReturnType<typeof createProLoaders>;
  }
}
