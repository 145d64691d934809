import { eq } from "drizzle-orm";
import { members } from "../../../db/schema/members.js";
import type { Queryable } from "../../shared/db.js";

export const deliveryRepository = {
  async memberById(tx: Queryable, id: string) {
    const [row] = await tx.select().from(members).where(eq(members.id, id));
    return row;
  },

  async setInternetAccess(tx: Queryable, id: string, hasInternetAccess: boolean, at: Date) {
    const [row] = await tx.update(members).set({ hasInternetAccess, updatedAt: at }).where(eq(members.id, id)).returning();
    return row!;
  },
};
