import { and, asc, desc, eq, inArray, lte, sql, type SQL } from "drizzle-orm";
import { newestPagePerMember, type MemberPageFilter } from "../../shared/member-pages.js";
import { members } from "../../../db/schema/members.js";
import { interventions } from "../../../db/schema/interventions.js";
import { airboxIncidents, airboxRepairs } from "../../../db/schema/airbox.js";
import { proBricks, proServiceRequests } from "../../../db/schema/pro.js";
import { quoteLines, quoteRequests, quotes } from "../../../db/schema/quotes.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow, lockRow, rowById, updateRow } from "../../shared/rows.js";
import { coachingReads } from "../coaching/index.js";
import { premisesReads } from "../premises/index.js";
import type { QuoteViewStatus } from "./quotes.types.js";

export type QuoteRequestRow = typeof quoteRequests.$inferSelect;
export type QuoteRow = typeof quotes.$inferSelect;
export type QuoteLineRow = typeof quoteLines.$inferSelect;

export interface QuotePageFilter extends MemberPageFilter {
  status: QuoteViewStatus | null;
  /** Paris date of the request: EXPIRED is an ISSUED quote whose validity date is before it. */
  today: string;
}
/** Who the list is for: every member (desk, billing), one member, a coach's members or a technician's. */
export interface Scope {
  memberId: string | null;
  coachId: string | null;
  technicianId?: string | null;
}

/**
 * The members a technician serves (AUT-3 « the members they serve »): the one relation behind
 * every technician read and act on a member (quotes here, Airboxes through the same loader). Each
 * part is a link the desk creates, never the technician himself:
 * - an intervention he performs, not cancelled (bookHomeIntervention, desk only);
 * - an Airbox repair assigned to him (scheduleAirboxTechnician, desk only);
 * - an Airbox incident assigned to him (assignAirboxIncidentTechnician, desk only);
 * - a Univers Pro service request or brick assigned to him (assignProServiceTechnician,
 *   assignProBrickTechnician, desk only).
 * What he records himself (a study, a prerequisite, a handover) widens nothing. One statement.
 */
export function membersServedBy(technicianId: string): SQL {
  return sql`(select ${interventions.memberId} from ${interventions} where ${interventions.performerId} = ${technicianId} and ${interventions.status} <> 'CANCELLED'
    union select ${airboxRepairs.memberId} from ${airboxRepairs} where ${airboxRepairs.technicianId} = ${technicianId}
    union select ${airboxIncidents.memberId} from ${airboxIncidents} where ${airboxIncidents.technicianId} = ${technicianId}
    union select ${proServiceRequests.memberId} from ${proServiceRequests} where ${proServiceRequests.technicianId} = ${technicianId}
    union select ${proBricks.memberId} from ${proBricks} where ${proBricks.technicianId} = ${technicianId})`;
}

function statusCondition(status: QuoteViewStatus, today: string): SQL {
  switch (status) {
    case "ISSUED":
      return sql`${quotes.status} = 'ISSUED' and ${quotes.validUntil} >= ${today}::date`;
    case "EXPIRED":
      return sql`${quotes.status} = 'ISSUED' and ${quotes.validUntil} < ${today}::date`;
    default:
      return eq(quotes.status, status);
  }
}

function scopeConditions(memberColumn: typeof quotes.memberId | typeof quoteRequests.memberId, scope: Scope): SQL[] {
  const conditions: SQL[] = [];
  if (scope.memberId) conditions.push(eq(memberColumn, scope.memberId));
  if (scope.coachId) conditions.push(inArray(memberColumn, coachingReads.membersCoachedBy(scope.coachId)));
  if (scope.technicianId) conditions.push(inArray(memberColumn, membersServedBy(scope.technicianId)));
  return conditions;
}

/** Drizzle queries only: the rules live in the service. */
export const quotesRepository = {
  /** Which of `memberIds` the technician serves (see membersServedBy), in one statement. */
  async servedByTechnician(db: Queryable, technicianId: string, memberIds: readonly string[]): Promise<string[]> {
    const rows = await db
      .select({ id: members.id })
      .from(members)
      .where(and(inArray(members.id, [...memberIds]), inArray(members.id, membersServedBy(technicianId))));
    return rows.map((r) => r.id);
  },

  requestById: (db: Queryable, id: string): Promise<QuoteRequestRow | undefined> => rowById(db, quoteRequests, id),

  /** One page of quotes for each of many members, newest first, in one statement (window function). */
  quotePagesByMemberIds(db: Queryable, memberIds: readonly string[], filter: QuotePageFilter): Promise<QuoteRow[]> {
    const where = filter.status ? [statusCondition(filter.status, filter.today)] : [];
    return newestPagePerMember(db, quotes, { memberId: quotes.memberId, at: quotes.issuedAt, id: quotes.id }, memberIds, filter, where);
  },

  requestPagesByMemberIds(db: Queryable, memberIds: readonly string[], filter: MemberPageFilter): Promise<QuoteRequestRow[]> {
    const t = quoteRequests;
    return newestPagePerMember(db, t, { memberId: t.memberId, at: t.requestedAt, id: t.id }, memberIds, filter);
  },

  /** Staff lists: every quote in scope, newest first. */
  quotesPage(db: Queryable, scope: Scope, filter: QuotePageFilter): Promise<QuoteRow[]> {
    const conditions = scopeConditions(quotes.memberId, scope);
    if (filter.status) conditions.push(statusCondition(filter.status, filter.today));
    if (filter.after) conditions.push(sql`(${quotes.issuedAt}, ${quotes.id}) < (${filter.after[0]}::timestamptz, ${filter.after[1]}::uuid)`);
    return db
      .select()
      .from(quotes)
      .where(and(...conditions))
      .orderBy(desc(quotes.issuedAt), desc(quotes.id))
      .limit(filter.limit);
  },

  /** Staff lists: every request in scope, newest first; `awaitingOnly`: those with no quote in force. */
  requestsPage(db: Queryable, scope: Scope, filter: MemberPageFilter & { awaitingOnly: boolean }): Promise<QuoteRequestRow[]> {
    const t = quoteRequests;
    const conditions = scopeConditions(t.memberId, scope);
    if (filter.awaitingOnly) {
      conditions.push(sql`not exists (select 1 from ${quotes} where ${quotes.requestId} = ${t.id} and ${quotes.status} in ('ISSUED','ACCEPTED'))`);
    }
    if (filter.after) conditions.push(sql`(${t.requestedAt}, ${t.id}) < (${filter.after[0]}::timestamptz, ${filter.after[1]}::uuid)`);
    return db
      .select()
      .from(t)
      .where(and(...conditions))
      .orderBy(desc(t.requestedAt), desc(t.id))
      .limit(filter.limit);
  },

  insertRequest: (tx: Queryable, values: typeof quoteRequests.$inferInsert): Promise<QuoteRequestRow> => insertRow(tx, quoteRequests, values),

  /** The quote in force (issued or accepted) of a request, locked. */
  async lockLiveQuote(tx: Queryable, requestId: string): Promise<QuoteRow | undefined> {
    const [row] = await tx
      .select()
      .from(quotes)
      .where(and(eq(quotes.requestId, requestId), inArray(quotes.status, ["ISSUED", "ACCEPTED"])))
      .for("update");
    return row;
  },

  lockQuote: (tx: Queryable, id: string): Promise<QuoteRow | undefined> => lockRow(tx, quotes, id),

  async insertQuote(tx: Queryable, values: typeof quotes.$inferInsert, lines: Omit<typeof quoteLines.$inferInsert, "quoteId">[]): Promise<QuoteRow> {
    const [row] = await tx.insert(quotes).values(values).returning();
    await tx.insert(quoteLines).values(lines.map((l) => ({ ...l, quoteId: row!.id })));
    return row!;
  },

  updateQuote: (tx: Queryable, id: string, values: Partial<typeof quotes.$inferInsert>): Promise<QuoteRow> => updateRow(tx, quotes, id, values),

  /** QUO-1: the member holds an Orange fiber line (the installation is quoted with the fiber offer). */
  hasOrangeFiberLine: premisesReads.hasOrangeFiberLine,

  /** Billing contract: accepted quotes with their lines, in one statement. */
  acceptedToBill(db: Queryable, params: { memberIds?: readonly string[]; acceptedBefore: Date }) {
    const conditions: SQL[] = [eq(quotes.status, "ACCEPTED"), lte(quotes.decidedAt, params.acceptedBefore)];
    if (params.memberIds) conditions.push(params.memberIds.length ? inArray(quotes.memberId, [...params.memberIds]) : sql`false`);
    return db
      .select({
        quoteId: quotes.id,
        memberId: quotes.memberId,
        number: quotes.number,
        purpose: quoteRequests.purpose,
        acceptedAt: quotes.decidedAt,
        lines: sql<{ label: string; quantity: number; unitTtcCents: number; ttcCents: number; htCents: number; vatCents: number }[]>`(
          select coalesce(json_agg(json_build_object(
            'label', ${quoteLines.label}, 'quantity', ${quoteLines.quantity}, 'unitTtcCents', ${quoteLines.unitTtcCents},
            'ttcCents', ${quoteLines.ttcCents}, 'htCents', ${quoteLines.htCents}, 'vatCents', ${quoteLines.vatCents}
          ) order by ${quoteLines.position}), '[]'::json)
          from ${quoteLines} where ${quoteLines.quoteId} = ${quotes.id})`,
      })
      .from(quotes)
      .innerJoin(quoteRequests, eq(quoteRequests.id, quotes.requestId))
      .where(and(...conditions))
      .orderBy(asc(quotes.memberId), asc(quotes.decidedAt), asc(quotes.number));
  },

  /** Which of these requests have an accepted quote. */
  async acceptedRequestIds(db: Queryable, requestIds: readonly string[]): Promise<Set<string>> {
    if (requestIds.length === 0) return new Set();
    const rows = await db
      .select({ requestId: quotes.requestId })
      .from(quotes)
      .where(and(inArray(quotes.requestId, [...requestIds]), eq(quotes.status, "ACCEPTED")));
    return new Set(rows.map((r) => r.requestId));
  },
};
