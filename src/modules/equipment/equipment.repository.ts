import { asc, inArray } from "drizzle-orm";
import { equipmentPurchases } from "../../../db/schema/billing.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow } from "../../shared/rows.js";

export type EquipmentPurchaseRow = typeof equipmentPurchases.$inferSelect;

export const equipmentRepository = {
  insert: (tx: Queryable, values: typeof equipmentPurchases.$inferInsert): Promise<EquipmentPurchaseRow> => insertRow(tx, equipmentPurchases, values),

  byMemberIds(db: Queryable, memberIds: readonly string[]): Promise<EquipmentPurchaseRow[]> {
    return db
      .select()
      .from(equipmentPurchases)
      .where(inArray(equipmentPurchases.memberId, [...memberIds]))
      .orderBy(asc(equipmentPurchases.orderedAt), asc(equipmentPurchases.id));
  },
};
