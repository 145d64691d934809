import type { Queryable } from "../../shared/db.js";
import { loaderByKey } from "../../shared/loader.js";
import { optionsRepository } from "./options.repository.js";

export function createOptionLoaders(db: Queryable) {
  return {
    latestOptionByMemberId: loaderByKey(
      (ids: readonly string[]) => optionsRepository.latestByMemberIds(db, ids),
      (row) => row.memberId,
    ),
  };
}

declare module "../../context.js" {
  interface Loaders {
    options: ReturnType<typeof createOptionLoaders>;
  }
}
