import { equipmentPurchases } from "../../../db/schema/billing.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow } from "../../shared/rows.js";

export type EquipmentPurchaseRow = typeof equipmentPurchases.$inferSelect;

export const equipmentRepository = {
  insert: (tx: Queryable, values: typeof equipmentPurchases.$inferInsert): Promise<EquipmentPurchaseRow> => insertRow(tx, equipmentPurchases, values),
};
