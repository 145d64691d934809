import { equipmentPurchases } from "../../../db/schema/billing.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderOfGroups } from "../../shared/loader.js";
import { equipmentRepository as repo } from "./equipment.repository.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createEquipmentLoaders(db: Queryable) {
  return {
    purchasesByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.byMemberIds(db, ids),
      (row) => row.memberId,
    ),
    purchaseById: loaderById(db, equipmentPurchases),
  };
}

declare module "../../context.js" {
  interface Loaders {
    equipment: ReturnType<typeof createEquipmentLoaders>;
  }
}
