import { and, asc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { members } from "../../../db/schema/members.js";
import { delegates, payers, staffUsers } from "../../../db/schema/people.js";
import type { Queryable } from "../../shared/db.js";
import { rowById } from "../../shared/rows.js";

export type MemberRow = typeof members.$inferSelect;
export type DelegateRow = typeof delegates.$inferSelect;
export type PayerRow = typeof payers.$inferSelect;
export type StaffUserRow = typeof staffUsers.$inferSelect;

/** Drizzle queries only: rules live in the service. */
export const membersRepository = {
  /**
   * Desk search, keyset-paginated on (last name, first name, id).
   * `search` matches a name or email fragment, or the exact normalised phone.
   */
  searchMembers(db: Queryable, options: { search: { text: string; phone: string | null } | null; after: [string, string, string] | null; limit: number }): Promise<MemberRow[]> {
    const conditions: SQL[] = [];
    if (options.search) {
      const pattern = `%${escapeLike(options.search.text)}%`;
      const matches: SQL[] = [
        ilike(sql`${members.lastName} || ' ' || ${members.firstName}`, pattern),
        ilike(sql`${members.firstName} || ' ' || ${members.lastName}`, pattern),
        ilike(members.email, pattern),
      ];
      if (options.search.phone) matches.push(eq(members.phone, options.search.phone));
      conditions.push(or(...matches)!);
    }
    if (options.after) {
      const [lastName, firstName, id] = options.after;
      conditions.push(sql`(${members.lastName}, ${members.firstName}, ${members.id}) > (${lastName}, ${firstName}, ${id}::uuid)`);
    }
    return db
      .select()
      .from(members)
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(asc(members.lastName), asc(members.firstName), asc(members.id))
      .limit(options.limit);
  },

  async updateMember(tx: Queryable, id: string, changes: Partial<typeof members.$inferInsert>): Promise<MemberRow> {
    const [row] = await tx.update(members).set(changes).where(eq(members.id, id)).returning();
    if (!row) throw new Error(`member ${id} vanished while locked`);
    return row;
  },
};

/** Members' data other modules read, through index.ts: a repository reads only its own module's tables. */
export const memberReads = {
  async status(db: Queryable, id: string): Promise<MemberRow["status"] | undefined> {
    const [row] = await db.select({ status: members.status }).from(members).where(eq(members.id, id));
    return row?.status;
  },

  staffUser: (db: Queryable, id: string): Promise<StaffUserRow | undefined> => rowById(db, staffUsers, id),
};

/** Escapes %, _ and \ so that user text is matched literally by ILIKE. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
