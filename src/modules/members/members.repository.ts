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
   *
   * Issue 15 (1,000,000 members, p99 ≤ 50 ms): no single plan serves every fragment. A fragment
   * found all over the name order ("mar") is answered by walking members_name_idx from the cursor
   * until the page is full, but one whose members sit far from the cursor ("jean mar": the
   * M… surnames) would walk half the table that way; the trigram indexes (migration 0025) find those
   * at once, but collecting and sorting every match of a frequent fragment costs as much. The
   * planner cannot tell them apart (its estimate ignores where the matches sit in the order), so the
   * statement decides at run time: it reads the next 5,000 members in name order; if
   * they hold a full page, that is the answer (exactly: no earlier member was skipped); otherwise
   * it collects every match through the trigram indexes (OFFSET 0 keeps the planner from turning
   * that back into the ordered walk) and sorts them. One statement either way. Fragments of fewer
   * than 3 characters cannot use a trigram: when the probe does not fill the page, they are still
   * answered correctly, by a scan of the table (about 0.3 s over 1,000,000 members).
   */
  searchMembers(db: Queryable, options: { search: { text: string; phone: string | null } | null; after: [string, string, string] | null; limit: number }): Promise<MemberRow[]> {
    const after = options.after
      ? sql`(${members.lastName}, ${members.firstName}, ${members.id}) > (${options.after[0]}, ${options.after[1]}, ${options.after[2]}::uuid)`
      : undefined;
    const page = db.select().from(members);
    const nameOrder = [asc(members.lastName), asc(members.firstName), asc(members.id)];
    if (!options.search)
      return page
        .where(after)
        .orderBy(...nameOrder)
        .limit(options.limit);

    const pattern = `%${escapeLike(options.search.text)}%`;
    const matches: SQL[] = [
      ilike(sql`${members.lastName} || ' ' || ${members.firstName}`, pattern),
      ilike(sql`${members.firstName} || ' ' || ${members.lastName}`, pattern),
      ilike(members.email, pattern),
    ];
    if (options.search.phone) matches.push(eq(members.phone, options.search.phone));
    const match = or(...matches)!;
    const where = after ? and(match, after)! : match;
    const limit = options.limit;
    // Members read in name order before falling back to the trigram indexes (measured: npm run bench:search).
    const probeRows = sql.raw("5000");
    // The probe's subquery is aliased "members", so `match` (which names "members"."…") reads its rows.
    const ids = sql`
      with probe as materialized (
        select ${members.id} as id, ${members.lastName} as last_name, ${members.firstName} as first_name
        from (select * from ${members} ${after ? sql`where ${after}` : sql``} order by ${members.lastName}, ${members.firstName}, ${members.id} limit ${probeRows}) as ${members}
        where ${match}
        order by ${members.lastName}, ${members.firstName}, ${members.id}
        limit ${limit}
      ), found as (
        select * from probe where (select count(*) from probe) >= ${limit}
        union all
        select * from (select ${members.id} as id, ${members.lastName} as last_name, ${members.firstName} as first_name from ${members} where ${where} offset 0) as every_match
        where (select count(*) from probe) < ${limit}
      )
      select id from found order by last_name, first_name, id limit ${limit}`;
    return page
      .where(sql`${members.id} in (${ids})`)
      .orderBy(...nameOrder)
      .limit(limit);
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
