import { asc, isNull } from "drizzle-orm";
import { mailboxes, mailboxMigrations, mailboxPacks, mailboxSupportRequests } from "../../../db/schema/mailboxes.js";
import type { Queryable } from "../../shared/db.js";
import { loaderById, loaderOfChildren, loaderOfGroups } from "../../shared/loader.js";
import { mailboxesRepository as repo } from "./mailboxes.repository.js";

/** Built per request in the context: one query per batch, whatever the list size. */
export function createMailboxLoaders(db: Queryable) {
  return {
    activeMailboxesByMemberId: loaderOfChildren(db, mailboxes, "memberId", { where: isNull(mailboxes.deletedAt), orderBy: [asc(mailboxes.createdAt), asc(mailboxes.id)] }),
    activePacksByMemberId: loaderOfGroups(
      (ids: readonly string[]) => repo.activePacksByMemberIds(db, ids),
      (row) => row.memberId,
    ),
    mailboxById: loaderById(db, mailboxes),
    packById: loaderById(db, mailboxPacks),
    migrationById: loaderById(db, mailboxMigrations),
    supportRequestById: loaderById(db, mailboxSupportRequests),
    migrationsByMailboxId: loaderOfChildren(db, mailboxMigrations, "mailboxId", { orderBy: [asc(mailboxMigrations.requestedAt), asc(mailboxMigrations.id)] }),
    supportRequestsByMailboxId: loaderOfChildren(db, mailboxSupportRequests, "mailboxId", { orderBy: [asc(mailboxSupportRequests.requestedAt), asc(mailboxSupportRequests.id)] }),
  };
}

declare module "../../context.js" {
  interface Loaders {
    mailboxes: ReturnType<typeof createMailboxLoaders>;
  }
}
