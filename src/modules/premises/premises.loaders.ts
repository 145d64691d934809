import type { Queryable } from "../../shared/db.js";
import { loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { premisesRepository as repo } from "./premises.repository.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createPremisesLoaders(db: Queryable) {
  return {
    addressById: loaderByKey(
      (ids: readonly string[]) => repo.addressesByIds(db, ids),
      (row) => row.id,
    ),
    activeAddressesByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.activeAddressesByMemberIds(db, ids),
      (row) => row.memberId,
    ),
    lineById: loaderByKey(
      (ids: readonly string[]) => repo.linesByIds(db, ids),
      (row) => row.id,
    ),
    activeLinesByAddressId: loaderOfGroups(
      (ids: readonly string[]) => repo.activeLinesByAddressIds(db, ids),
      (row) => row.addressId,
    ),
  };
}

declare module "../../context.js" {
  interface Loaders {
    premises: ReturnType<typeof createPremisesLoaders>;
  }
}
