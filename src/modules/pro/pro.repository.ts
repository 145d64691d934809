import { and, asc, eq } from "drizzle-orm";
import { proBricks, proServiceRequests } from "../../../db/schema/pro.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow, lockRow, rowsWhereIn, updateRow } from "../../shared/rows.js";
import { premisesReads } from "../premises/index.js";

export type ServiceRow = typeof proServiceRequests.$inferSelect;
export type BrickRow = typeof proBricks.$inferSelect;

/** Drizzle queries only: the rules live in the service. */
export const proRepository = {
  activeAddress: premisesReads.activeAddress,

  servicesByMemberIds: (db: Queryable, memberIds: readonly string[]): Promise<ServiceRow[]> =>
    rowsWhereIn(db, proServiceRequests, proServiceRequests.memberId, memberIds, {
      orderBy: [asc(proServiceRequests.memberId), asc(proServiceRequests.requestedAt), asc(proServiceRequests.id)],
    }),

  lockService: (tx: Queryable, id: string): Promise<ServiceRow | undefined> => lockRow(tx, proServiceRequests, id),

  insertService: (tx: Queryable, values: typeof proServiceRequests.$inferInsert): Promise<ServiceRow> => insertRow(tx, proServiceRequests, values),

  updateService: (tx: Queryable, id: string, values: Partial<typeof proServiceRequests.$inferInsert>): Promise<ServiceRow> => updateRow(tx, proServiceRequests, id, values),

  lockBrick: (tx: Queryable, id: string): Promise<BrickRow | undefined> => lockRow(tx, proBricks, id),

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
