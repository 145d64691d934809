import { coachAssignments } from "../../../db/schema/services.js";
import type { Queryable } from "../../shared/db.js";
import { loaderByColumn } from "../../shared/loader.js";

export function createCoachingLoaders(db: Queryable) {
  return {
    assignmentByMemberId: loaderByColumn(db, coachAssignments, "memberId"),
  };
}

declare module "../../context.js" {
  interface Loaders {
    coaching: ReturnType<typeof createCoachingLoaders>;
  }
}
