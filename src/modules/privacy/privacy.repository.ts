import { and, asc, eq, gte, isNull, lt, sql, type SQL } from "drizzle-orm";
import { privacyRequests, processingLimits } from "../../../db/schema/privacy.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow, lockRow, updateRow } from "../../shared/rows.js";
import type { Kind, Status } from "./privacy.types.js";

export type RequestRow = typeof privacyRequests.$inferSelect;
export type LimitRow = typeof processingLimits.$inferSelect;

export interface RequestListFilter {
  status: Status | null;
  kind: Kind | null;
  memberId: string | null;
  /** Open requests due before this instant (overdue: now). */
  dueBefore: Date | null;
  /** Open requests due at or after this instant (due soon: now). */
  dueFrom: Date | null;
}

/** Drizzle queries only: the rules live in the service. */
export const privacyRepository = {
  insertRequest: (tx: Queryable, values: typeof privacyRequests.$inferInsert): Promise<RequestRow> => insertRow(tx, privacyRequests, values),
  lockRequest: (tx: Queryable, id: string): Promise<RequestRow | undefined> => lockRow(tx, privacyRequests, id),
  updateRequest: (tx: Queryable, id: string, values: Partial<typeof privacyRequests.$inferInsert>): Promise<RequestRow> => updateRow(tx, privacyRequests, id, values),

  insertLimit: (tx: Queryable, values: typeof processingLimits.$inferInsert): Promise<LimitRow> => insertRow(tx, processingLimits, values),
  lockLimit: (tx: Queryable, id: string): Promise<LimitRow | undefined> => lockRow(tx, processingLimits, id),
  updateLimit: (tx: Queryable, id: string, values: Partial<typeof processingLimits.$inferInsert>): Promise<LimitRow> => updateRow(tx, processingLimits, id, values),

  async limitInForce(tx: Queryable, memberId: string, kind: LimitRow["kind"], purpose: LimitRow["purpose"]): Promise<LimitRow | undefined> {
    const t = processingLimits;
    const [row] = await tx
      .select()
      .from(t)
      .where(and(eq(t.memberId, memberId), eq(t.kind, kind), eq(t.purpose, purpose), isNull(t.liftedAt)));
    return row;
  },

  /** The limits of a request still in force, locked (a rejection lifts them). */
  async limitsInForceOfRequest(tx: Queryable, requestId: string): Promise<LimitRow[]> {
    const t = processingLimits;
    return tx
      .select()
      .from(t)
      .where(and(eq(t.requestId, requestId), isNull(t.liftedAt)))
      .for("update");
  },

  /** The privacy officer's list, soonest due first (cursor: due date, id). */
  requestPage(db: Queryable, filter: RequestListFilter, after: readonly [string, string] | null, limit: number): Promise<RequestRow[]> {
    const t = privacyRequests;
    const conditions: SQL[] = [];
    if (filter.status) conditions.push(eq(t.status, filter.status));
    if (filter.kind) conditions.push(eq(t.kind, filter.kind));
    if (filter.memberId) conditions.push(eq(t.memberId, filter.memberId));
    if (filter.dueBefore) conditions.push(lt(t.dueAt, filter.dueBefore));
    if (filter.dueFrom) conditions.push(gte(t.dueAt, filter.dueFrom));
    if (after) conditions.push(sql`(${t.dueAt}, ${t.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`);
    return db
      .select()
      .from(t)
      .where(and(...conditions))
      .orderBy(asc(t.dueAt), asc(t.id))
      .limit(limit);
  },
};
