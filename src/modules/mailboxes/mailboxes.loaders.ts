import { mailboxes, mailboxMigrations, mailboxPacks, mailboxSupportRequests } from "../../../db/schema/mailboxes.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderOfGroups } from "../../shared/loader.js";
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
    mailboxById: loaderById(db, mailboxes),
    packById: loaderById(db, mailboxPacks),
    migrationById: loaderById(db, mailboxMigrations),
    supportRequestById: loaderById(db, mailboxSupportRequests),
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
