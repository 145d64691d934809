import type { Queryable } from "../../shared/db.js";
import { loaderByKey } from "../../shared/loader.js";
import { coachingRepository } from "./coaching.repository.js";

export function createCoachingLoaders(db: Queryable) {
  return {
    assignmentByMemberId: loaderByKey((ids: readonly string[]) => coachingRepository.byMemberIds(db, ids), (row) => row.memberId),
  };
}

declare module "../../context.js" {
  interface Loaders {
    coaching: ReturnType<typeof createCoachingLoaders>;
  }
}
