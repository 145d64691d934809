import { asc } from "drizzle-orm";
import { equipmentPurchases } from "../../../db/schema/billing.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderOfChildren } from "../../shared/loader.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createEquipmentLoaders(db: Queryable) {
  return {
    purchasesByMemberId: loaderOfChildren(db, equipmentPurchases, "memberId", { orderBy: [asc(equipmentPurchases.orderedAt), asc(equipmentPurchases.id)] }),
    purchaseById: loaderById(db, equipmentPurchases),
  };
}

declare module "../../context.js" {
  interface Loaders {
    equipment: ReturnType<typeof createEquipmentLoaders>;
  }
}
