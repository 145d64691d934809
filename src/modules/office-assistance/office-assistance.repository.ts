import { and, eq, isNull } from "drizzle-orm";
import { newestPagePerMember, type MemberPageFilter } from "../../shared/member-pages.js";
import { officeAssistanceRequests, officeAssistanceSessions, officeAssistanceVisits } from "../../../db/schema/office-assistance.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow, lockRow, updateRow } from "../../shared/rows.js";
import { premisesReads } from "../premises/index.js";

export type RequestRow = typeof officeAssistanceRequests.$inferSelect;
export type SessionRow = typeof officeAssistanceSessions.$inferSelect;
export type VisitRow = typeof officeAssistanceVisits.$inferSelect;

/** Drizzle queries only: the rules live in the service. */
export const officeAssistanceRepository = {
  /** One page of requests for each of many members, newest first, in one statement. */
  requestPagesByMemberIds(db: Queryable, memberIds: readonly string[], filter: MemberPageFilter): Promise<RequestRow[]> {
    const t = officeAssistanceRequests;
    return newestPagePerMember(db, t, { memberId: t.memberId, at: t.requestedAt, id: t.id }, memberIds, filter);
  },

  insertRequest: (tx: Queryable, values: typeof officeAssistanceRequests.$inferInsert): Promise<RequestRow> => insertRow(tx, officeAssistanceRequests, values),

  lockRequest: (tx: Queryable, id: string): Promise<RequestRow | undefined> => lockRow(tx, officeAssistanceRequests, id),

  updateRequest: (tx: Queryable, id: string, values: Partial<typeof officeAssistanceRequests.$inferInsert>): Promise<RequestRow> =>
    updateRow(tx, officeAssistanceRequests, id, values),

  async openSessionOf(tx: Queryable, requestId: string): Promise<SessionRow | undefined> {
    const t = officeAssistanceSessions;
    const [row] = await tx
      .select()
      .from(t)
      .where(and(eq(t.requestId, requestId), isNull(t.revokedAt)));
    return row;
  },

  insertSession: (tx: Queryable, values: typeof officeAssistanceSessions.$inferInsert): Promise<SessionRow> => insertRow(tx, officeAssistanceSessions, values),

  lockSession: (tx: Queryable, id: string): Promise<SessionRow | undefined> => lockRow(tx, officeAssistanceSessions, id),

  updateSession: (tx: Queryable, id: string, values: Partial<typeof officeAssistanceSessions.$inferInsert>): Promise<SessionRow> =>
    updateRow(tx, officeAssistanceSessions, id, values),

  /** ZON-2: an active address of the member (addresses are checked against the zone when declared). */
  async activeAddressOf(db: Queryable, addressId: string, memberId: string): Promise<boolean> {
    return (await premisesReads.activeAddress(db, addressId))?.memberId === memberId;
  },

  /** BUR-3: the included visit of a contract year, if already booked. */
  async includedVisitOfYear(tx: Queryable, memberId: string, contractYearStart: string): Promise<VisitRow | undefined> {
    const t = officeAssistanceVisits;
    const [row] = await tx
      .select()
      .from(t)
      .where(and(eq(t.memberId, memberId), eq(t.contractYearStart, contractYearStart), eq(t.included, true)));
    return row;
  },

  async visitOfQuote(tx: Queryable, quoteId: string): Promise<VisitRow | undefined> {
    const [row] = await tx.select().from(officeAssistanceVisits).where(eq(officeAssistanceVisits.quoteId, quoteId));
    return row;
  },

  insertVisit: (tx: Queryable, values: typeof officeAssistanceVisits.$inferInsert): Promise<VisitRow> => insertRow(tx, officeAssistanceVisits, values),
};
