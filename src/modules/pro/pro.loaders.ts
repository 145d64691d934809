import { proBricks, proServiceRequests } from "../../../db/schema/pro.js";
import type { Queryable } from "../../shared/db.js";
import { loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { rowsWhereIn } from "../../shared/rows.js";
import { proRepository as repo } from "./pro.repository.js";

/** Built per request in the context. */
export function createProLoaders(db: Queryable) {
  return {
    serviceById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, proServiceRequests, proServiceRequests.id, ids),
      (row) => row.id,
    ),
    servicesByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.servicesByMemberIds(db, ids),
      (row) => row.memberId,
    ),
    brickById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, proBricks, proBricks.id, ids),
      (row) => row.id,
    ),
    bricksByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.bricksByMemberIds(db, ids),
      (row) => row.memberId,
    ),
  };
}

declare module "../../context.js" {
  interface Loaders {
    pro: ReturnType<typeof createProLoaders>;
  }
}
