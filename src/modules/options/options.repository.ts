import { and, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { addresses, internetLines } from "../../../db/schema/premises.js";
import { announcements, optionSubscriptions } from "../../../db/schema/options.js";
import { optionInForce } from "../../shared/prerequisites.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow, rowById, rowsWhereIn, updateRow } from "../../shared/rows.js";
import { ELIGIBLE_OFFERS, ELIGIBLE_TECHNOLOGIES } from "./options.rules.js";
import { memberReads } from "../members/index.js";

export type OptionRow = typeof optionSubscriptions.$inferSelect;

export const optionsRepository = {
  /** The subscription in force at `now`: no end yet, or an end still in the future (OPT-4 notice). */
  /** OPT-2: the subscription in force (the query the kernel's `optionInForce` prerequisite runs). */
  inForce: optionInForce,

  byId: (db: Queryable, id: string): Promise<OptionRow | undefined> => rowById(db, optionSubscriptions, id),

  /** Latest subscription of each member (in force or not), for the `option` field of a list of members. */
  latestByMemberIds: (db: Queryable, memberIds: readonly string[]): Promise<OptionRow[]> =>
    rowsWhereIn(db, optionSubscriptions, optionSubscriptions.memberId, memberIds, {
      firstOfEach: true,
      orderBy: [desc(optionSubscriptions.acceptedAt), desc(optionSubscriptions.createdAt)],
    }),

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

  /** OPT-1: the member has an active address in the zone eligible for fiber or ADSL (addresses are zone-checked on entry). */
  async hasEligibleAddress(db: Queryable, memberId: string): Promise<boolean> {
    const rows = await db
      .select({ id: addresses.id })
      .from(addresses)
      .where(and(eq(addresses.memberId, memberId), isNull(addresses.removedAt), or(eq(addresses.fiberEligible, true), eq(addresses.adslEligible, true))))
      .limit(1);
    return rows.length > 0;
  },

  memberStatus: memberReads.status,

  end: (db: Queryable, id: string, values: Pick<OptionRow, "endsAt" | "endReason" | "endDetail"> & { terminationReceivedAt?: Date }): Promise<OptionRow> =>
    updateRow(db, optionSubscriptions, id, values),

  insert: (db: Queryable, values: typeof optionSubscriptions.$inferInsert): Promise<OptionRow> => insertRow(db, optionSubscriptions, values),
};

export type AnnouncementRow = typeof announcements.$inferSelect;

export const announcementsRepository = {
  insert: (db: Queryable, values: typeof announcements.$inferInsert): Promise<AnnouncementRow> => insertRow(db, announcements, values),

  /**
   * Newest first, keyset on (announcedAt, id). `audience` null: every announcement (desk);
   * otherwise those addressed to the member, plus the general ones when the member holds the option.
   */
  page(db: Queryable, options: { audience: { memberId: string; holdsOption: boolean } | null; after: [string, string] | null; limit: number }): Promise<AnnouncementRow[]> {
    const conditions: SQL[] = [];
    if (options.audience) {
      const { memberId, holdsOption } = options.audience;
      conditions.push(holdsOption ? or(eq(announcements.memberId, memberId), isNull(announcements.memberId))! : eq(announcements.memberId, memberId));
    }
    if (options.after) {
      const [at, id] = options.after;
      conditions.push(sql`(${announcements.announcedAt}, ${announcements.id}) < (${at}::timestamptz, ${id}::uuid)`);
    }
    return db
      .select()
      .from(announcements)
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(desc(announcements.announcedAt), desc(announcements.id))
      .limit(options.limit);
  },
};
