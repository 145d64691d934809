import { mailboxes, mailboxMigrations, mailboxPacks, mailboxSupportRequests } from "../../../db/schema/mailboxes.js";
import type { Queryable } from "../../shared/db.js";
import { loaderByKey, loaderOfGroups } from "../../shared/loader.js";
import { rowsWhereIn } from "../../shared/rows.js";
import { mailboxesRepository as repo } from "./mailboxes.repository.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createMailboxLoaders(db: Queryable) {
  return {
    activeMailboxesByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.activeMailboxesByMemberIds(db, ids),
      (row) => row.memberId,
    ),
    activePacksByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.activePacksByMemberIds(db, ids),
      (row) => row.memberId,
    ),
    mailboxById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, mailboxes, mailboxes.id, ids),
      (row) => row.id,
    ),
    packById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, mailboxPacks, mailboxPacks.id, ids),
      (row) => row.id,
    ),
    migrationById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, mailboxMigrations, mailboxMigrations.id, ids),
      (row) => row.id,
    ),
    supportRequestById: loaderByKey(
      (ids: readonly string[]) => rowsWhereIn(db, mailboxSupportRequests, mailboxSupportRequests.id, ids),
      (row) => row.id,
    ),
    migrationsByMailboxId: loaderOfGroups(
      (ids: readonly string[]) => repo.migrationsByMailboxIds(db, ids),
      (row) => row.mailboxId,
    ),
    supportRequestsByMailboxId: loaderOfGroups(
      (ids: readonly string[]) => repo.supportRequestsByMailboxIds(db, ids),
      (row) => row.mailboxId,
    ),
  };
}

declare module "../../context.js" {
  interface Loaders {
    mailboxes: ReturnType<typeof createMailboxLoaders>;
  }
}
