import { and, asc, desc, eq, inArray, lte, sql, type SQL } from "drizzle-orm";
import { auditLog } from "../../../db/schema/audit.js";
import type { Queryable } from "../../shared/db.js";

export type AuditRow = typeof auditLog.$inferSelect;
/** An audit row of a member's history, keyed by that member (the row's on_behalf_of_member_id). */
export type HistoryRow = AuditRow & { memberId: string };

/** A page of each member's history: keyset cursor (at, id) of the previous page's last row, and what to keep. */
export interface HistoryFilter {
  after: readonly [string, string] | null;
  limit: number;
  /** Only these operations (the delegate's allowlist, or the caller's filter); null for all. */
  operations: readonly string[] | null;
  actorRoles: readonly string[] | null;
}

/** Drizzle queries only: who may read what is in the policies. */
export const auditTrailRepository = {
  /**
   * The newest audit rows of many members, one page each, in ONE statement (a window function
   * ranks each member's rows): the history of a list of members costs one query, not one per
   * member. Newest first; the index audit_log_member_idx (member, at) serves it.
   */
  async historyPages(db: Queryable, memberIds: readonly string[], filter: HistoryFilter): Promise<HistoryRow[]> {
    if (filter.operations?.length === 0 || filter.actorRoles?.length === 0) return [];
    const conditions: SQL[] = [inArray(auditLog.onBehalfOfMemberId, [...memberIds])];
    if (filter.operations) conditions.push(inArray(auditLog.operation, [...filter.operations]));
    if (filter.actorRoles) conditions.push(inArray(auditLog.actorRole, [...filter.actorRoles]));
    if (filter.after) conditions.push(sql`(${auditLog.at}, ${auditLog.id}) < (${filter.after[0]}::timestamptz, ${filter.after[1]}::bigint)`);
    const ranked = db
      .select({
        id: auditLog.id,
        rank: sql<number>`row_number() over (partition by ${auditLog.onBehalfOfMemberId} order by ${auditLog.at} desc, ${auditLog.id} desc)`.as("rank"),
      })
      .from(auditLog)
      .where(and(...conditions))
      .as("ranked");
    const rows = await db
      .select({ row: auditLog })
      .from(auditLog)
      .innerJoin(ranked, eq(ranked.id, auditLog.id))
      .where(lte(ranked.rank, filter.limit))
      .orderBy(asc(auditLog.onBehalfOfMemberId), desc(auditLog.at), desc(auditLog.id));
    return rows.map(({ row }) => ({ ...row, memberId: row.onBehalfOfMemberId! }));
  },
};
