import { and, asc, count, desc, eq, getTableColumns, gt, gte, inArray, isNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import { addresses, assistanceRequests, coachAssignments, interventions, members, optionSubscriptions } from "../../../db/schema/index.js";
import type { Queryable } from "../../shared/db.js";
import { lockMemberRow } from "../../shared/member-lock.js";

export type AssistanceRequestRow = typeof assistanceRequests.$inferSelect;
export type InterventionRow = typeof interventions.$inferSelect;
export type NewIntervention = typeof interventions.$inferInsert;
export type OptionRow = typeof optionSubscriptions.$inferSelect;
export type PageCursor = [string, string];

/** Who a staff list is for: the desk sees every intervention, a technician theirs, a coach the visits of members they coach. */
export type StaffScope = { kind: "all" } | { kind: "performer"; staffId: string } | { kind: "coach"; staffId: string };

/** Most recent first: (startsAt, id) descending, the keyset of every intervention list. */
const afterCursor = (after: PageCursor | null): SQL | undefined =>
  after ? sql`(${interventions.startsAt}, ${interventions.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined;

/** Drizzle queries only: rules live in the services. */
export const interventionsRepository = {
  /** The one lock order of the module: the member row first. Holds INT-3 (count, then insert) under concurrency. */
  lockMember: lockMemberRow,

  async memberExists(db: Queryable, memberId: string): Promise<boolean> {
    const [row] = await db.select({ id: members.id }).from(members).where(eq(members.id, memberId));
    return row !== undefined;
  },

  /** The option subscription in force at `now` (no end, or an end still ahead). */
  async optionInForce(db: Queryable, memberId: string, now: Date): Promise<OptionRow | undefined> {
    const [row] = await db
      .select()
      .from(optionSubscriptions)
      .where(and(eq(optionSubscriptions.memberId, memberId), or(isNull(optionSubscriptions.endsAt), gt(optionSubscriptions.endsAt, now))))
      .orderBy(desc(optionSubscriptions.acceptedAt))
      .limit(1);
    return row;
  },

  /** ZON-2: an active address of the member (addresses are checked against the zone when declared). */
  async activeAddressOf(db: Queryable, addressId: string, memberId: string) {
    const [row] = await db
      .select()
      .from(addresses)
      .where(and(eq(addresses.id, addressId), eq(addresses.memberId, memberId), isNull(addresses.removedAt)));
    return row;
  },

  // --- assistance requests (INT-1) ---

  async insertAssistanceRequest(tx: Queryable, values: typeof assistanceRequests.$inferInsert): Promise<AssistanceRequestRow> {
    const [row] = await tx.insert(assistanceRequests).values(values).returning();
    return row!;
  },

  async assistanceRequestById(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<AssistanceRequestRow | undefined> {
    const query = db.select().from(assistanceRequests).where(eq(assistanceRequests.id, id));
    const [row] = options.lock ? await query.for("update") : await query;
    return row;
  },

  assistanceRequestsByIds(db: Queryable, ids: readonly string[]): Promise<AssistanceRequestRow[]> {
    return db.select().from(assistanceRequests).where(inArray(assistanceRequests.id, [...ids]));
  },

  async recordOutcome(
    tx: Queryable,
    id: string,
    values: Pick<AssistanceRequestRow, "remoteOutcome" | "remoteOutcomeNote" | "remoteOutcomeAt" | "remoteOutcomeBy">,
  ): Promise<AssistanceRequestRow> {
    const [row] = await tx.update(assistanceRequests).set(values).where(eq(assistanceRequests.id, id)).returning();
    return row!;
  },

  // --- interventions ---

  /** INT-3: interventions counting in [start, end): every status but CANCELLED, by the slot's start. */
  async countInYear(db: Queryable, memberId: string, start: Date, end: Date): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(interventions)
      .where(
        and(
          eq(interventions.memberId, memberId),
          ne(interventions.status, "CANCELLED"),
          gte(interventions.startsAt, start),
          lt(interventions.startsAt, end),
        ),
      );
    return row?.n ?? 0;
  },

  /** INT-3 for many members at once, each with its own contract year: one statement. */
  async countsInYears(db: Queryable, years: { memberId: string; start: Date; end: Date }[]): Promise<{ memberId: string; n: number }[]> {
    if (years.length === 0) return [];
    return db
      .select({ memberId: interventions.memberId, n: count() })
      .from(interventions)
      .where(
        and(
          ne(interventions.status, "CANCELLED"),
          or(
            ...years.map((y) =>
              and(eq(interventions.memberId, y.memberId), gte(interventions.startsAt, y.start), lt(interventions.startsAt, y.end)),
            ),
          ),
        ),
      )
      .groupBy(interventions.memberId);
  },

  async insertIntervention(tx: Queryable, values: NewIntervention): Promise<InterventionRow> {
    const [row] = await tx.insert(interventions).values(values).returning();
    return row!;
  },

  async interventionById(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<InterventionRow | undefined> {
    const query = db.select().from(interventions).where(eq(interventions.id, id));
    const [row] = options.lock ? await query.for("update") : await query;
    return row;
  },

  interventionsByIds(db: Queryable, ids: readonly string[]): Promise<InterventionRow[]> {
    return db.select().from(interventions).where(inArray(interventions.id, [...ids]));
  },

  async updateIntervention(tx: Queryable, id: string, changes: Partial<NewIntervention>): Promise<InterventionRow> {
    const [row] = await tx.update(interventions).set(changes).where(eq(interventions.id, id)).returning();
    return row!;
  },

  /** One page per member, for many members in one statement (row_number per member). */
  async pagesByMemberIds(db: Queryable, memberIds: readonly string[], limit: number, after: PageCursor | null): Promise<InterventionRow[]> {
    const ranked = db
      .select({
        ...getTableColumns(interventions),
        rank: sql<number>`row_number() over (partition by ${interventions.memberId} order by ${interventions.startsAt} desc, ${interventions.id} desc)`.as(
          "rank",
        ),
      })
      .from(interventions)
      .where(and(inArray(interventions.memberId, [...memberIds]), afterCursor(after)))
      .as("ranked");
    const rows = await db
      .select()
      .from(ranked)
      .where(sql`${ranked.rank} <= ${limit}`)
      .orderBy(asc(ranked.memberId), asc(ranked.rank));
    return rows.map(({ rank: _rank, ...row }) => row);
  },

  /** A staff member's list, most recent first. */
  pageForStaff(db: Queryable, scope: StaffScope, limit: number, after: PageCursor | null): Promise<InterventionRow[]> {
    const conditions: (SQL | undefined)[] = [afterCursor(after)];
    if (scope.kind === "performer") conditions.push(eq(interventions.performerId, scope.staffId));
    if (scope.kind === "coach") {
      conditions.push(eq(interventions.kind, "COACH_VISIT"));
      conditions.push(
        inArray(
          interventions.memberId,
          db
            .select({ memberId: coachAssignments.memberId })
            .from(coachAssignments)
            .where(or(eq(coachAssignments.coachId, scope.staffId), eq(coachAssignments.substituteCoachId, scope.staffId))),
        ),
      );
    }
    return db
      .select()
      .from(interventions)
      .where(and(...conditions))
      .orderBy(desc(interventions.startsAt), desc(interventions.id))
      .limit(limit);
  },
};
