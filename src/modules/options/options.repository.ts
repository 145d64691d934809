import { and, desc, eq, gt, inArray, isNull, or } from "drizzle-orm";
import { addresses, internetLines, members, optionSubscriptions } from "../../../db/schema/index.js";
import type { Queryable } from "../../shared/db.js";
import { ELIGIBLE_OFFERS, ELIGIBLE_TECHNOLOGIES } from "../premises/premises.rules.js";

export type OptionRow = typeof optionSubscriptions.$inferSelect;

export const optionsRepository = {
  /** The subscription in force at `now`: no end yet, or an end still in the future (OPT-4 notice). */
  async inForce(db: Queryable, memberId: string, now: Date): Promise<OptionRow | undefined> {
    const [row] = await db
      .select()
      .from(optionSubscriptions)
      .where(and(eq(optionSubscriptions.memberId, memberId), or(isNull(optionSubscriptions.endsAt), gt(optionSubscriptions.endsAt, now))))
      .orderBy(desc(optionSubscriptions.acceptedAt))
      .limit(1);
    return row;
  },

  /** Latest subscription of each member (in force or not), for the `option` field of a list of members. */
  latestByMemberIds(db: Queryable, memberIds: readonly string[]): Promise<OptionRow[]> {
    return db
      .selectDistinctOn([optionSubscriptions.memberId])
      .from(optionSubscriptions)
      .where(inArray(optionSubscriptions.memberId, [...memberIds]))
      .orderBy(optionSubscriptions.memberId, desc(optionSubscriptions.acceptedAt), desc(optionSubscriptions.createdAt));
  },

  /** OPT-1/OPT-3: eligible Orange internet lines at the member's current addresses. */
  async countEligibleLines(db: Queryable, memberId: string): Promise<number> {
    const rows = await db
      .select({ id: internetLines.id })
      .from(internetLines)
      .innerJoin(addresses, eq(addresses.id, internetLines.addressId))
      .where(
        and(
          eq(internetLines.memberId, memberId),
          isNull(internetLines.removedAt),
          isNull(addresses.removedAt),
          eq(internetLines.operator, "ORANGE"),
          inArray(internetLines.offer, [...ELIGIBLE_OFFERS]),
          inArray(internetLines.technology, [...ELIGIBLE_TECHNOLOGIES]),
        ),
      );
    return rows.length;
  },

  async memberStatus(db: Queryable, memberId: string): Promise<string | undefined> {
    const [row] = await db.select({ status: members.status }).from(members).where(eq(members.id, memberId));
    return row?.status;
  },

  async end(db: Queryable, id: string, values: Pick<OptionRow, "endsAt" | "endReason" | "endDetail"> & { terminationReceivedAt?: Date }) {
    const [row] = await db.update(optionSubscriptions).set(values).where(eq(optionSubscriptions.id, id)).returning();
    return row!;
  },

  async insert(db: Queryable, values: typeof optionSubscriptions.$inferInsert): Promise<OptionRow> {
    const [row] = await db.insert(optionSubscriptions).values(values).returning();
    return row!;
  },
};
