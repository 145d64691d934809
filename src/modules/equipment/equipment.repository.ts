import { asc, inArray } from "drizzle-orm";
import { equipmentPurchases } from "../../../db/schema/billing.js";
import type { Queryable } from "../../shared/db.js";

export type EquipmentPurchaseRow = typeof equipmentPurchases.$inferSelect;

export const equipmentRepository = {
  async insert(tx: Queryable, values: typeof equipmentPurchases.$inferInsert): Promise<EquipmentPurchaseRow> {
    const [row] = await tx.insert(equipmentPurchases).values(values).returning();
    return row!;
  },

  byMemberIds(db: Queryable, memberIds: readonly string[]): Promise<EquipmentPurchaseRow[]> {
    return db
      .select()
      .from(equipmentPurchases)
      .where(inArray(equipmentPurchases.memberId, [...memberIds]))
      .orderBy(asc(equipmentPurchases.orderedAt), asc(equipmentPurchases.id));
  },
};
