import { and, asc, desc, eq, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { members } from "../../../db/schema/members.js";
import { delegates, payers } from "../../../db/schema/people.js";
import { committeeDecisions, committeeMeetings, membershipEvents } from "../../../db/schema/membership.js";
import { BILLABLE_ITEM_KINDS, payerItemKinds } from "../../../db/schema/billing.js";

export type ItemKind = (typeof BILLABLE_ITEM_KINDS)[number];
import type { Queryable } from "../../shared/db.js";
import { insertRow, lockRow, rowById, type RowsFilter, updateRow } from "../../shared/rows.js";
import type { DelegateRow, MemberRow, PayerRow } from "../members/index.js";
import type { CandidacyStatusValue } from "./membership.types.js";

export type MeetingRow = typeof committeeMeetings.$inferSelect;
export type DecisionRow = typeof committeeDecisions.$inferSelect;
export type EventRow = typeof membershipEvents.$inferSelect;
export type CandidacyRow = { member: MemberRow; decision: DecisionRow | null };

/** Events written in one transaction share their instant: list them in lifecycle order. */
const EVENT_ORDER = `{${["APPLIED", "ACCEPTED", "REJECTED", "REJOINED", "ENTRY_FEE_PAID", "ACTIVATED", "TERMINATED"].join(",")}}`;

/** A member's events in time order, then in lifecycle order (Member.membershipEvents). */
export const eventsInLifecycleOrder: RowsFilter = {
  orderBy: [asc(membershipEvents.at), asc(sql`array_position(${EVENT_ORDER}::text[], ${membershipEvents.kind})`), asc(membershipEvents.id)],
};

/** Drizzle queries only: rules live in the services. */
export const membershipRepository = {
  insertMember: (tx: Queryable, values: typeof members.$inferInsert): Promise<MemberRow> => insertRow(tx, members, values),

  /** Locks the member row for the rest of the transaction: every membership change serialises on it. */
  lockMember: (tx: Queryable, id: string): Promise<MemberRow | undefined> => lockRow(tx, members, id),

  async updateMember(tx: Queryable, id: string, changes: Partial<typeof members.$inferInsert>): Promise<MemberRow> {
    const [row] = await tx.update(members).set(changes).where(eq(members.id, id)).returning();
    if (!row) throw new Error(`member ${id} vanished while locked`);
    return row;
  },

  async insertEvents(tx: Queryable, values: (typeof membershipEvents.$inferInsert)[]): Promise<void> {
    await tx.insert(membershipEvents).values(values);
  },

  async hasEvent(db: Queryable, memberId: string, kind: EventRow["kind"]): Promise<boolean> {
    const rows = await db
      .select({ id: membershipEvents.id })
      .from(membershipEvents)
      .where(and(eq(membershipEvents.memberId, memberId), eq(membershipEvents.kind, kind)))
      .limit(1);
    return rows.length > 0;
  },

  // --- committee ---

  async meetingOfWeek(db: Queryable, weekStart: string): Promise<MeetingRow | undefined> {
    const [row] = await db.select().from(committeeMeetings).where(eq(committeeMeetings.weekStart, weekStart));
    return row;
  },

  insertMeeting: (tx: Queryable, values: typeof committeeMeetings.$inferInsert): Promise<MeetingRow> => insertRow(tx, committeeMeetings, values),

  meetingById: (db: Queryable, id: string): Promise<MeetingRow | undefined> => rowById(db, committeeMeetings, id),

  /** Meetings, latest first, keyset-paginated on (heldOn desc, id desc). */
  meetings(db: Queryable, options: { after: [string, string] | null; limit: number }): Promise<MeetingRow[]> {
    const where = options.after ? sql`(${committeeMeetings.heldOn}, ${committeeMeetings.id}) < (${options.after[0]}::date, ${options.after[1]}::uuid)` : undefined;
    return db.select().from(committeeMeetings).where(where).orderBy(desc(committeeMeetings.heldOn), desc(committeeMeetings.id)).limit(options.limit);
  },

  async decisionOfMember(db: Queryable, memberId: string): Promise<DecisionRow | undefined> {
    const [row] = await db.select().from(committeeDecisions).where(eq(committeeDecisions.memberId, memberId));
    return row;
  },

  insertDecision: (tx: Queryable, values: typeof committeeDecisions.$inferInsert): Promise<DecisionRow> => insertRow(tx, committeeDecisions, values),

  /**
   * Candidacies: members still CANDIDATE, and members the committee decided on; oldest first,
   * keyset-paginated on (createdAt, id).
   */
  async candidacies(db: Queryable, options: { status: CandidacyStatusValue | null; after: [string, string] | null; limit: number }): Promise<CandidacyRow[]> {
    const conditions: SQL[] = [];
    const byStatus: Record<CandidacyStatusValue, SQL> = {
      PENDING: and(eq(members.status, "CANDIDATE"), isNull(committeeDecisions.id))!,
      ACCEPTED: eq(committeeDecisions.decision, "ACCEPT"),
      REJECTED: eq(committeeDecisions.decision, "REJECT"),
    };
    conditions.push(options.status ? byStatus[options.status] : or(eq(members.status, "CANDIDATE"), isNotNull(committeeDecisions.id))!);
    // PostgreSQL keeps microseconds, a JS Date milliseconds: sort and compare on the millisecond the cursor can hold.
    const submittedAt = sql`date_trunc('milliseconds', ${members.createdAt})`;
    if (options.after) {
      conditions.push(sql`(${submittedAt}, ${members.id}) > (${options.after[0]}::timestamptz, ${options.after[1]}::uuid)`);
    }
    const rows = await db
      .select({ member: members, decision: committeeDecisions })
      .from(members)
      .leftJoin(committeeDecisions, eq(committeeDecisions.memberId, members.id))
      .where(and(...conditions))
      .orderBy(asc(submittedAt), asc(members.id))
      .limit(options.limit);
    return rows;
  },

  // --- delegates and payers ---

  async activeDelegate(tx: Queryable, memberId: string): Promise<DelegateRow | undefined> {
    const [row] = await tx
      .select()
      .from(delegates)
      .where(and(eq(delegates.memberId, memberId), isNull(delegates.revokedAt)));
    return row;
  },

  revokeDelegate: (tx: Queryable, id: string, at: Date): Promise<DelegateRow> => updateRow(tx, delegates, id, { revokedAt: at }),

  insertDelegate: (tx: Queryable, values: typeof delegates.$inferInsert): Promise<DelegateRow> => insertRow(tx, delegates, values),

  insertPayer: (tx: Queryable, values: typeof payers.$inferInsert): Promise<PayerRow> => insertRow(tx, payers, values),

  /** BIL-6: the member's active payers, with the item kinds each takes over (none: everything). */
  async activePayersWithKinds(tx: Queryable, memberId: string): Promise<{ payerId: string; kinds: ItemKind[] }[]> {
    const rows = await tx
      .select({ payerId: payers.id, kind: payerItemKinds.itemKind })
      .from(payers)
      .leftJoin(payerItemKinds, eq(payerItemKinds.payerId, payers.id))
      .where(and(eq(payers.memberId, memberId), isNull(payers.revokedAt)));
    const byPayer = new Map<string, ItemKind[]>();
    for (const row of rows) {
      const kinds = byPayer.get(row.payerId) ?? [];
      if (row.kind) kinds.push(row.kind);
      byPayer.set(row.payerId, kinds);
    }
    return [...byPayer].map(([payerId, kinds]) => ({ payerId, kinds }));
  },

  async insertPayerItemKinds(tx: Queryable, payerId: string, kinds: readonly ItemKind[]): Promise<void> {
    if (kinds.length) await tx.insert(payerItemKinds).values(kinds.map((itemKind) => ({ payerId, itemKind })));
  },

  lockPayer: (tx: Queryable, id: string): Promise<PayerRow | undefined> => lockRow(tx, payers, id),

  revokePayer: (tx: Queryable, id: string, at: Date): Promise<PayerRow> => updateRow(tx, payers, id, { revokedAt: at }),
};
