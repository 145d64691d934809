import { asc, isNull } from "drizzle-orm";
import { members } from "../../../db/schema/members.js";
import { delegates, payers, staffUsers } from "../../../db/schema/people.js";
import type { Queryable } from "../../shared/db.js";
import { loaderByColumn, loaderById, loaderOfChildren } from "../../shared/loader.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createMemberLoaders(db: Queryable) {
  return {
    memberById: loaderById(db, members),
    delegateById: loaderById(db, delegates),
    activeDelegateByMemberId: loaderByColumn(db, delegates, "memberId", { where: isNull(delegates.revokedAt) }),
    payerById: loaderById(db, payers),
    activePayersByMemberId: loaderOfChildren(db, payers, "memberId", { where: isNull(payers.revokedAt), orderBy: [asc(payers.createdAt), asc(payers.id)] }),
    staffUserById: loaderById(db, staffUsers),
  };
}

declare module "../../context.js" {
  interface Loaders {
    members: ReturnType<typeof createMemberLoaders>;
  }
}
