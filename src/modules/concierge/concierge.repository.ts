import { and, asc, desc, eq, gt, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { newestPagePerMember } from "../../shared/member-pages.js";
import { conciergeCategories, conciergePrivileges, conciergeRequests, conciergeStatusChanges } from "../../../db/schema/concierge.js";
import type { Queryable } from "../../shared/db.js";
import type { ConciergeStatus } from "./concierge.rules.js";
import { lockMemberRow } from "../../shared/member-lock.js";

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

  categoriesByCodes(db: Queryable, codes: readonly string[]): Promise<CategoryRow[]> {
    return db
      .select()
      .from(conciergeCategories)
      .where(inArray(conciergeCategories.code, [...codes]));
  },

  /** Locks the member row: serialises Privilège subscriptions and cancellations of one member. */
  lockMember: lockMemberRow,

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

  latestPrivilegesByMemberIds(db: Queryable, memberIds: readonly string[]): Promise<PrivilegeRow[]> {
    return db
      .selectDistinctOn([conciergePrivileges.memberId])
      .from(conciergePrivileges)
      .where(inArray(conciergePrivileges.memberId, [...memberIds]))
      .orderBy(conciergePrivileges.memberId, desc(conciergePrivileges.startedAt), desc(conciergePrivileges.id));
  },

  async insertPrivilege(tx: Queryable, values: typeof conciergePrivileges.$inferInsert): Promise<PrivilegeRow> {
    const [row] = await tx.insert(conciergePrivileges).values(values).returning();
    return row!;
  },

  privilegesByIds(db: Queryable, ids: readonly string[]): Promise<PrivilegeRow[]> {
    return db
      .select()
      .from(conciergePrivileges)
      .where(inArray(conciergePrivileges.id, [...ids]));
  },

  /** Sets or clears (null, null: a pending cancellation withdrawn) the cancellation. */
  async endPrivilege(tx: Queryable, id: string, cancelledAt: Date | null, endsAt: Date | null): Promise<PrivilegeRow> {
    const [row] = await tx.update(conciergePrivileges).set({ cancelledAt, endsAt }).where(eq(conciergePrivileges.id, id)).returning();
    return row!;
  },

  async requestById(db: Queryable, id: string): Promise<RequestRow | undefined> {
    const [row] = await db.select().from(conciergeRequests).where(eq(conciergeRequests.id, id));
    return row;
  },

  requestsByIds(db: Queryable, ids: readonly string[]): Promise<RequestRow[]> {
    return db
      .select()
      .from(conciergeRequests)
      .where(inArray(conciergeRequests.id, [...ids]));
  },

  /** Locks the request row: concurrent status changes of one request queue here, so each sees the latest status. */
  async lockRequest(tx: Queryable, id: string): Promise<RequestRow | undefined> {
    const [row] = await tx.select().from(conciergeRequests).where(eq(conciergeRequests.id, id)).for("update");
    return row;
  },

  async insertRequest(tx: Queryable, values: typeof conciergeRequests.$inferInsert): Promise<RequestRow> {
    const [row] = await tx.insert(conciergeRequests).values(values).returning();
    return row!;
  },

  async updateStatus(tx: Queryable, id: string, values: Pick<RequestRow, "status" | "statusReason" | "updatedAt">): Promise<RequestRow> {
    const [row] = await tx.update(conciergeRequests).set(values).where(eq(conciergeRequests.id, id)).returning();
    return row!;
  },

  async insertStatusChange(tx: Queryable, values: typeof conciergeStatusChanges.$inferInsert): Promise<void> {
    await tx.insert(conciergeStatusChanges).values(values);
  },

  statusChangesByRequestIds(db: Queryable, requestIds: readonly string[]): Promise<StatusChangeRow[]> {
    return db
      .select()
      .from(conciergeStatusChanges)
      .where(inArray(conciergeStatusChanges.requestId, [...requestIds]))
      .orderBy(asc(conciergeStatusChanges.at), asc(conciergeStatusChanges.id));
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
