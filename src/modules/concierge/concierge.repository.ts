import { and, asc, desc, eq, gt, isNull, or, sql, type SQL } from "drizzle-orm";
import { newestPagePerMember } from "../../shared/member-pages.js";
import { conciergeCategories, conciergePrivileges, conciergeRequests, conciergeStatusChanges } from "../../../db/schema/concierge.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow, lockRow, rowById, updateRow } from "../../shared/rows.js";
import type { ConciergeStatus } from "./concierge.rules.js";

export type CategoryRow = typeof conciergeCategories.$inferSelect;
export type PrivilegeRow = typeof conciergePrivileges.$inferSelect;
export type RequestRow = typeof conciergeRequests.$inferSelect;
export type StatusChangeRow = typeof conciergeStatusChanges.$inferSelect;

export interface PageFilter {
  status: ConciergeStatus | null;
  /** Keyset: (createdAt ISO, id) of the last row of the previous page. */
  after: [string, string] | null;
  limit: number;
}

/** Drizzle queries only: the rules live in the services. */
export const conciergeRepository = {
  categories(db: Queryable): Promise<CategoryRow[]> {
    return db.select().from(conciergeCategories).orderBy(asc(conciergeCategories.position), asc(conciergeCategories.code));
  },

  /** The Privilège in force at `now`: no end yet, or an end still in the future. */
  async privilegeInForce(db: Queryable, memberId: string, now: Date): Promise<PrivilegeRow | undefined> {
    const [row] = await db
      .select()
      .from(conciergePrivileges)
      .where(and(eq(conciergePrivileges.memberId, memberId), or(isNull(conciergePrivileges.endsAt), gt(conciergePrivileges.endsAt, now))))
      .orderBy(desc(conciergePrivileges.startedAt))
      .limit(1);
    return row;
  },

  insertPrivilege: (tx: Queryable, values: typeof conciergePrivileges.$inferInsert): Promise<PrivilegeRow> => insertRow(tx, conciergePrivileges, values),

  privilegeById: (db: Queryable, id: string): Promise<PrivilegeRow | undefined> => rowById(db, conciergePrivileges, id),

  /** Sets or clears (null, null: a pending cancellation withdrawn) the cancellation. */
  endPrivilege: (tx: Queryable, id: string, cancelledAt: Date | null, endsAt: Date | null): Promise<PrivilegeRow> =>
    updateRow(tx, conciergePrivileges, id, { cancelledAt, endsAt }),

  /** Locks the request row: concurrent status changes of one request queue here, so each sees the latest status. */
  lockRequest: (tx: Queryable, id: string): Promise<RequestRow | undefined> => lockRow(tx, conciergeRequests, id),

  insertRequest: (tx: Queryable, values: typeof conciergeRequests.$inferInsert): Promise<RequestRow> => insertRow(tx, conciergeRequests, values),

  updateStatus: (tx: Queryable, id: string, values: Pick<RequestRow, "status" | "statusReason" | "updatedAt">): Promise<RequestRow> => updateRow(tx, conciergeRequests, id, values),

  async insertStatusChange(tx: Queryable, values: typeof conciergeStatusChanges.$inferInsert): Promise<void> {
    await tx.insert(conciergeStatusChanges).values(values);
  },

  /**
   * One page of requests for each of many members, newest first, in one statement (window
   * function): the `conciergeRequests` field of a list of members does not query once per member.
   */
  pagesByMemberIds(db: Queryable, memberIds: readonly string[], filter: PageFilter): Promise<RequestRow[]> {
    const t = conciergeRequests;
    return newestPagePerMember(db, t, { memberId: t.memberId, at: t.createdAt, id: t.id }, memberIds, filter, filter.status ? [eq(t.status, filter.status)] : []);
  },

  /** The partner's queue: every member's requests, oldest first. */
  partnerPage(db: Queryable, filter: PageFilter): Promise<RequestRow[]> {
    const t = conciergeRequests;
    const conditions: SQL[] = [];
    if (filter.status) conditions.push(eq(t.status, filter.status));
    if (filter.after) conditions.push(sql`(${t.createdAt}, ${t.id}) > (${filter.after[0]}::timestamptz, ${filter.after[1]}::uuid)`);
    return db
      .select()
      .from(t)
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(asc(t.createdAt), asc(t.id))
      .limit(filter.limit);
  },
};
