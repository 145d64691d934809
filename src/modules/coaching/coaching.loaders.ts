import { coachAssignments } from "../../../db/schema/services.js";
import type { Queryable } from "../../shared/db.js";
import { loaderByKey } from "../../shared/loader.js";
import { rowsWhereIn } from "../../shared/rows.js";

export function createCoachingLoaders(db: Queryable) {
  return {
    assignmentByMemberId: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, coachAssignments, coachAssignments.memberId, ids),
      (row) => row.memberId,
    ),
  };
}

declare module "../../context.js" {
  interface Loaders {
    coaching: ReturnType<typeof createCoachingLoaders>;
  }
}
