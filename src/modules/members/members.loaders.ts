import { members } from "../../../db/schema/members.js";
import { delegates, payers, staffUsers } from "../../../db/schema/people.js";
import type { Queryable } from "../../shared/db.js";
import { loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { rowsWhereIn } from "../../shared/rows.js";
import { membersRepository as repo } from "./members.repository.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createMemberLoaders(db: Queryable) {
  return {
    memberById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, members, members.id, ids),
      (row) => row.id,
    ),
    delegateById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, delegates, delegates.id, ids),
      (row) => row.id,
    ),
    activeDelegateByMemberId: loaderByKey(
      (ids: readonly string[]) => repo.activeDelegatesByMemberIds(db, ids),
      (row) => row.memberId,
    ),
    payerById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, payers, payers.id, ids),
      (row) => row.id,
    ),
    activePayersByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.activePayersByMemberIds(db, ids),
      (row) => row.memberId,
    ),
    staffUserById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, staffUsers, staffUsers.id, ids),
      (row) => row.id,
    ),
  };
}

declare module "../../context.js" {
  interface Loaders {
    members: ReturnType<typeof createMemberLoaders>;
  }
}
