import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { mailboxMigrations, mailboxPacks, mailboxSupportRequests, mailboxes } from "../../../db/schema/mailboxes.js";
import type { Queryable } from "../../shared/db.js";
import { insertRow, rowById, rowsWhereIn, updateRow } from "../../shared/rows.js";

export type MailboxRow = typeof mailboxes.$inferSelect;
export type PackRow = typeof mailboxPacks.$inferSelect;
export type MigrationRow = typeof mailboxMigrations.$inferSelect;
export type SupportRequestRow = typeof mailboxSupportRequests.$inferSelect;

/** Drizzle queries only: rules live in the services. */
export const mailboxesRepository = {
  /** MBX-1: a live mailbox of another member on this custom domain. */
  async domainUsedByAnotherMember(db: Queryable, domain: string, memberId: string): Promise<boolean> {
    const rows = await db
      .select({ id: mailboxes.id })
      .from(mailboxes)
      .where(and(eq(mailboxes.domain, domain), isNull(mailboxes.deletedAt), sql`${mailboxes.memberId} <> ${memberId}`))
      .limit(1);
    return rows.length > 0;
  },

  /** MBX-3: megabytes already migrated for free into this mailbox. */
  async includedMigrationMb(db: Queryable, mailboxId: string): Promise<number> {
    const [row] = await db
      .select({ total: sql<string>`coalesce(sum(${mailboxMigrations.sizeMb}), 0)` })
      .from(mailboxMigrations)
      .where(and(eq(mailboxMigrations.mailboxId, mailboxId), eq(mailboxMigrations.status, "INCLUDED")));
    return Number(row?.total ?? 0);
  },

  // --- packs ---

  /** Packs not cancelled, oldest first (Member.mailboxPacks, and MBX-2's capacity under the member lock). */
  activePacksByMemberIds: (db: Queryable, memberIds: readonly string[]): Promise<PackRow[]> =>
    rowsWhereIn(db, mailboxPacks, mailboxPacks.memberId, memberIds, { where: isNull(mailboxPacks.cancelledAt), orderBy: [asc(mailboxPacks.subscribedAt), asc(mailboxPacks.id)] }),

  insertPack: (tx: Queryable, values: typeof mailboxPacks.$inferInsert): Promise<PackRow> => insertRow(tx, mailboxPacks, values),

  cancelPack: (tx: Queryable, id: string, at: Date, by: string): Promise<PackRow> => updateRow(tx, mailboxPacks, id, { cancelledAt: at, cancelledBy: by }),

  // --- mailboxes ---

  mailboxById: (db: Queryable, id: string): Promise<MailboxRow | undefined> => rowById(db, mailboxes, id),

  async countActiveMailboxes(tx: Queryable, memberId: string): Promise<number> {
    const [row] = await tx
      .select({ n: count() })
      .from(mailboxes)
      .where(and(eq(mailboxes.memberId, memberId), isNull(mailboxes.deletedAt)));
    return row?.n ?? 0;
  },

  async liveAddressExists(tx: Queryable, address: string): Promise<boolean> {
    const rows = await tx
      .select({ id: mailboxes.id })
      .from(mailboxes)
      .where(and(eq(mailboxes.address, address), isNull(mailboxes.deletedAt)))
      .limit(1);
    return rows.length > 0;
  },

  insertMailbox: (tx: Queryable, values: typeof mailboxes.$inferInsert): Promise<MailboxRow> => insertRow(tx, mailboxes, values),

  deleteMailbox: (tx: Queryable, id: string, at: Date): Promise<MailboxRow> => updateRow(tx, mailboxes, id, { deletedAt: at }),

  // --- migrations and support requests ---

  insertMigration: (tx: Queryable, values: typeof mailboxMigrations.$inferInsert): Promise<MigrationRow> => insertRow(tx, mailboxMigrations, values),

  insertSupportRequest: (tx: Queryable, values: typeof mailboxSupportRequests.$inferInsert): Promise<SupportRequestRow> => insertRow(tx, mailboxSupportRequests, values),
};
