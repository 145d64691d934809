import { members } from "../../../db/schema/members.js";
import { delegates, payers, staffUsers } from "../../../db/schema/people.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { membersRepository as repo } from "./members.repository.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createMemberLoaders(db: Queryable) {
  return {
    memberById: loaderById(db, members),
    delegateById: loaderById(db, delegates),
    activeDelegateByMemberId: loaderByKey(
      (ids: readonly string[]) => repo.activeDelegatesByMemberIds(db, ids),
      (row) => row.memberId,
    ),
    payerById: loaderById(db, payers),
    activePayersByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.activePayersByMemberIds(db, ids),
      (row) => row.memberId,
    ),
    staffUserById: loaderById(db, staffUsers),
  };
}

declare module "../../context.js" {
  interface Loaders {
    members: ReturnType<typeof createMemberLoaders>;
  }
}
