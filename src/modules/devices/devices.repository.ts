import { and, asc, count, eq, isNull, or, sql } from "drizzle-orm";
import { members } from "../../../db/schema/members.js";
import { coachAssignments } from "../../../db/schema/services.js";
import { devices, vipLines } from "../../../db/schema/devices.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow, rowById, updateRow } from "../../shared/rows.js";

export type DeviceRow = typeof devices.$inferSelect;
export type NewDevice = typeof devices.$inferInsert;
export type VipLineRow = typeof vipLines.$inferSelect;
export type NewVipLine = typeof vipLines.$inferInsert;
export type CoachAssignmentRow = typeof coachAssignments.$inferSelect;
export interface CoachedMemberRow {
  member: Pick<typeof members.$inferSelect, "id" | "lastName" | "firstName" | "status">;
  assignment: CoachAssignmentRow;
}

/** Drizzle queries only: rules live in the services. */
export const devicesRepository = {
  // --- devices (DEV-1..3) ---

  deviceById: (db: Queryable, id: string): Promise<DeviceRow | undefined> => rowById(db, devices, id),

  async countActiveDevices(tx: Queryable, memberId: string): Promise<number> {
    const [row] = await tx
      .select({ n: count() })
      .from(devices)
      .where(and(eq(devices.memberId, memberId), isNull(devices.removedAt)));
    return row?.n ?? 0;
  },

  insertDevice: (tx: Queryable, values: NewDevice): Promise<DeviceRow> => insertRow(tx, devices, values),

  updateDevice: (
    tx: Queryable,
    id: string,
    changes: Partial<Pick<DeviceRow, "state" | "activatedAt" | "activatedById" | "hasInternetConnectivity" | "removedAt" | "removedById" | "removedByRole">>,
  ): Promise<DeviceRow> => updateRow(tx, devices, id, changes),

  // --- VIP lines (SVC-3) ---

  vipLineById: (db: Queryable, id: string): Promise<VipLineRow | undefined> => rowById(db, vipLines, id),

  async activeVipLine(tx: Queryable, memberId: string, phoneNumber: string): Promise<VipLineRow | undefined> {
    const [row] = await tx
      .select()
      .from(vipLines)
      .where(and(eq(vipLines.memberId, memberId), eq(vipLines.phoneNumber, phoneNumber), isNull(vipLines.withdrawnAt)));
    return row;
  },

  insertVipLine: (tx: Queryable, values: NewVipLine): Promise<VipLineRow> => insertRow(tx, vipLines, values),

  withdrawVipLine: (tx: Queryable, id: string, at: Date, by: string): Promise<VipLineRow> => updateRow(tx, vipLines, id, { withdrawnAt: at, withdrawnById: by }),

  // --- the coach's members (SVC-2) ---

  /**
   * The members a coach coaches, as assigned coach or substitute, by name (keyset on last name,
   * first name, id). Scoped by the coach's id here, not only by the permission rule.
   */
  coachedMembersPage(db: Queryable, options: { coachId: string; after: [string, string, string] | null; limit: number }): Promise<CoachedMemberRow[]> {
    const mine = or(eq(coachAssignments.coachId, options.coachId), eq(coachAssignments.substituteCoachId, options.coachId))!;
    const conditions = options.after
      ? and(mine, sql`(${members.lastName}, ${members.firstName}, ${members.id}) > (${options.after[0]}, ${options.after[1]}, ${options.after[2]}::uuid)`)
      : mine;
    return db
      .select({
        member: { id: members.id, lastName: members.lastName, firstName: members.firstName, status: members.status },
        assignment: coachAssignments,
      })
      .from(coachAssignments)
      .innerJoin(members, eq(members.id, coachAssignments.memberId))
      .where(conditions)
      .orderBy(asc(members.lastName), asc(members.firstName), asc(members.id))
      .limit(options.limit);
  },
};
