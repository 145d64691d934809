import { and, asc, eq, inArray } from "drizzle-orm";
import { proBricks, proServiceRequests } from "../../../db/schema/pro.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow, updateRow } from "../../shared/rows.js";
import { premisesReads } from "../premises/index.js";

export type ServiceRow = typeof proServiceRequests.$inferSelect;
export type BrickRow = typeof proBricks.$inferSelect;

/** Drizzle queries only: the rules live in the service. */
export const proRepository = {
  activeAddress: premisesReads.activeAddress,

  servicesByMemberIds(db: Queryable, memberIds: readonly string[]): Promise<ServiceRow[]> {
    return db
      .select()
      .from(proServiceRequests)
      .where(inArray(proServiceRequests.memberId, [...memberIds]))
      .orderBy(asc(proServiceRequests.memberId), asc(proServiceRequests.requestedAt), asc(proServiceRequests.id));
  },

  async lockService(tx: Queryable, id: string): Promise<ServiceRow | undefined> {
    const [row] = await tx.select().from(proServiceRequests).where(eq(proServiceRequests.id, id)).for("update");
    return row;
  },

  insertService: (tx: Queryable, values: typeof proServiceRequests.$inferInsert): Promise<ServiceRow> => insertRow(tx, proServiceRequests, values),

  updateService: (tx: Queryable, id: string, values: Partial<typeof proServiceRequests.$inferInsert>): Promise<ServiceRow> => updateRow(tx, proServiceRequests, id, values),

  bricksByMemberIds(db: Queryable, memberIds: readonly string[]): Promise<BrickRow[]> {
    return db
      .select()
      .from(proBricks)
      .where(inArray(proBricks.memberId, [...memberIds]))
      .orderBy(asc(proBricks.memberId), asc(proBricks.subscribedAt), asc(proBricks.id));
  },

  async lockBrick(tx: Queryable, id: string): Promise<BrickRow | undefined> {
    const [row] = await tx.select().from(proBricks).where(eq(proBricks.id, id)).for("update");
    return row;
  },

  /** Every brick of this kind at this address, ended or not (the service decides which are still in force). */
  async bricksAt(tx: Queryable, memberId: string, brick: BrickRow["brick"], addressId: string): Promise<BrickRow[]> {
    return tx
      .select()
      .from(proBricks)
      .where(and(eq(proBricks.memberId, memberId), eq(proBricks.brick, brick), eq(proBricks.addressId, addressId)));
  },

  insertBrick: (tx: Queryable, values: typeof proBricks.$inferInsert): Promise<BrickRow> => insertRow(tx, proBricks, values),

  updateBrick: (tx: Queryable, id: string, values: Partial<typeof proBricks.$inferInsert>): Promise<BrickRow> => updateRow(tx, proBricks, id, values),
};
