import { and, asc, count, desc, eq, exists, getTableColumns, gt, inArray, isNotNull, lt, notExists, or, sql, type SQL } from "drizzle-orm";
import { assistanceRequests, interventions } from "../../../db/schema/interventions.js";
import { invoiceLines } from "../../../db/schema/billing.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow, updateRow } from "../../shared/rows.js";
import { lockMemberRow } from "../../shared/member-lock.js";
import { coachingReads } from "../coaching/index.js";
import { memberReads } from "../members/index.js";
import { premisesReads } from "../premises/index.js";

export type AssistanceRequestRow = typeof assistanceRequests.$inferSelect;
export type InterventionRow = typeof interventions.$inferSelect;
export type NewIntervention = typeof interventions.$inferInsert;
export type PageCursor = [string, string];

/** Who a staff list is for: the desk sees every intervention, a technician theirs, a coach the visits of members they coach. */
export type StaffScope = { kind: "all" } | { kind: "performer"; staffId: string } | { kind: "coach"; staffId: string };

/** Most recent first: (startsAt, id) descending, the keyset of every intervention list. */
const afterCursor = (after: PageCursor | null): SQL | undefined =>
  after ? sql`(${interventions.startsAt}, ${interventions.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined;

/** The invoice line of an intervention, if the billing run wrote one (correlated on the outer row). */
const billedLine = (db: Queryable) =>
  db
    .select({ one: sql`1` })
    .from(invoiceLines)
    .where(and(eq(invoiceLines.sourceKind, "INTERVENTION"), eq(invoiceLines.sourceId, interventions.id)));

/** Drizzle queries only: rules live in the services. */
export const interventionsRepository = {
  /**
   * The one lock order of the module: the member row first. Holds INT-3 (slots read, then insert or
   * give back) under concurrency. FOR NO KEY UPDATE: it excludes the module's other writers and every
   * `lockMemberRow` (FOR UPDATE) elsewhere, but not the key-share lock of a row inserted with this
   * member as its foreign key — so the billing run, which holds the interventions it invoices while
   * inserting the member's invoice, never waits for a cancellation waiting for those rows.
   */
  async lockMember(tx: Queryable, memberId: string): Promise<boolean> {
    return (await lockMemberRow(tx, memberId, "no key update")) !== undefined;
  },

  async memberExists(db: Queryable, memberId: string): Promise<boolean> {
    return (await memberReads.status(db, memberId)) !== undefined;
  },

  /** ZON-2: an active address of the member (addresses are checked against the zone when declared). */
  async activeAddressOf(db: Queryable, addressId: string, memberId: string): Promise<boolean> {
    return (await premisesReads.activeAddress(db, addressId))?.memberId === memberId;
  },

  // --- assistance requests (INT-1) ---

  insertAssistanceRequest: (tx: Queryable, values: typeof assistanceRequests.$inferInsert): Promise<AssistanceRequestRow> => insertRow(tx, assistanceRequests, values),

  async assistanceRequestById(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<AssistanceRequestRow | undefined> {
    const query = db.select().from(assistanceRequests).where(eq(assistanceRequests.id, id));
    const [row] = options.lock ? await query.for("update") : await query;
    return row;
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

  /**
   * INT-3, the one definition of what the 15 cover: an intervention is included when it holds an
   * allowance slot of its contract year (given at booking, freed by a cancellation). Booking, the
   * quota reads and billing all go through these queries.
   */
  async allowanceSlotsTaken(db: Queryable, memberId: string, contractYearStart: Date): Promise<number[]> {
    const rows = await db
      .select({ slot: interventions.allowanceSlot })
      .from(interventions)
      .where(and(eq(interventions.memberId, memberId), eq(interventions.contractYearStart, contractYearStart), isNotNull(interventions.allowanceSlot)));
    return rows.map((r) => r.slot!);
  },

  /** INT-3 for many members at once, each with its own contract year: included interventions, one statement. */
  async includedCounts(db: Queryable, years: { memberId: string; contractYearStart: Date }[]): Promise<{ memberId: string; n: number }[]> {
    if (years.length === 0) return [];
    return db
      .select({ memberId: interventions.memberId, n: count() })
      .from(interventions)
      .where(
        and(isNotNull(interventions.allowanceSlot), or(...years.map((y) => and(eq(interventions.memberId, y.memberId), eq(interventions.contractYearStart, y.contractYearStart))))),
      )
      .groupBy(interventions.memberId);
  },

  /**
   * INT-3: the interventions booked beyond the 15 of a contract year that a freed slot may still
   * benefit (not cancelled, not refused: a refused one is never billed), locked in id order (the
   * billing run locks what it bills in the same order: no deadlock).
   */
  beyondAllowanceLocked(tx: Queryable, memberId: string, contractYearStart: Date): Promise<InterventionRow[]> {
    return tx
      .select()
      .from(interventions)
      .where(
        and(
          eq(interventions.memberId, memberId),
          eq(interventions.contractYearStart, contractYearStart),
          eq(interventions.billingReason, "BEYOND_ALLOWANCE"),
          inArray(interventions.status, ["BOOKED", "STARTED", "DONE"]),
        ),
      )
      .orderBy(asc(interventions.id))
      .for("no key update");
  },

  /** Which of these interventions the billing run has put on an invoice (its source key: 'INTERVENTION', id). */
  async invoicedIds(db: Queryable, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await db
      .select({ id: interventions.id })
      .from(interventions)
      .where(and(inArray(interventions.id, ids), exists(billedLine(db))));
    return new Set(rows.map((r) => r.id));
  },

  /**
   * BIL-1: DONE interventions with a price (beyond the 15, or INT-7 coach time), dated before `to`,
   * not invoiced yet — at their stored price. Locked (id order) until the run commits, so a
   * cancellation cannot re-price one while it is being invoiced.
   */
  toBill(tx: Queryable, memberIds: string[], to: Date): Promise<InterventionRow[]> {
    return tx
      .select()
      .from(interventions)
      .where(
        and(
          inArray(interventions.memberId, memberIds),
          eq(interventions.status, "DONE"),
          gt(interventions.priceCents, 0),
          lt(interventions.startsAt, to),
          notExists(billedLine(tx)),
        ),
      )
      .orderBy(asc(interventions.id))
      .for("no key update", { of: interventions });
  },

  insertIntervention: (tx: Queryable, values: NewIntervention): Promise<InterventionRow> => insertRow(tx, interventions, values),

  async interventionById(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<InterventionRow | undefined> {
    const query = db.select().from(interventions).where(eq(interventions.id, id));
    const [row] = options.lock ? await query.for("update") : await query;
    return row;
  },

  updateIntervention: (tx: Queryable, id: string, changes: Partial<NewIntervention>): Promise<InterventionRow> => updateRow(tx, interventions, id, changes),

  /** One page per member, for many members in one statement (row_number per member). */
  async pagesByMemberIds(db: Queryable, memberIds: readonly string[], limit: number, after: PageCursor | null): Promise<InterventionRow[]> {
    const ranked = db
      .select({
        ...getTableColumns(interventions),
        rank: sql<number>`row_number() over (partition by ${interventions.memberId} order by ${interventions.startsAt} desc, ${interventions.id} desc)`.as("rank"),
      })
      .from(interventions)
      .where(and(inArray(interventions.memberId, [...memberIds]), afterCursor(after)))
      .as("ranked");
    // The rank filters and orders; it is not selected, so the page is plain columns (combinable, src/shared/combine.ts).
    const { rank: _rank, ...columns } = ranked._.selectedFields;
    return db.select(columns).from(ranked).where(sql`${ranked.rank} <= ${limit}`).orderBy(asc(ranked.memberId), asc(ranked.rank)) as Promise<InterventionRow[]>;
  },

  /** A staff member's list, most recent first. */
  pageForStaff(db: Queryable, scope: StaffScope, limit: number, after: PageCursor | null): Promise<InterventionRow[]> {
    const conditions: (SQL | undefined)[] = [afterCursor(after)];
    if (scope.kind === "performer") conditions.push(eq(interventions.performerId, scope.staffId));
    if (scope.kind === "coach") {
      conditions.push(eq(interventions.kind, "COACH_VISIT"));
      conditions.push(inArray(interventions.memberId, coachingReads.membersCoachedBy(scope.staffId)));
    }
    return db
      .select()
      .from(interventions)
      .where(and(...conditions))
      .orderBy(desc(interventions.startsAt), desc(interventions.id))
      .limit(limit);
  },
};
