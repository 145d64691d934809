import { memberNodeIds } from "../../shared/relay.js";
import type { MailboxRow, MigrationRow, PackRow, SupportRequestRow } from "./mailboxes.repository.js";
import { MAILBOX_OFFER } from "./mailboxes.rules.js";
import { Mailbox, MailboxMigration, MailboxPack, MailboxSupportRequest } from "./mailboxes.types.js";

/** The one place rows become GraphQL objects (MBX-4: there is no password to leave out). */
export function toMailbox(row: MailboxRow): Mailbox {
  return Object.assign(new Mailbox(), {
    ...memberNodeIds("Mailbox", row),
    address: row.address,
    localPart: row.localPart,
    domain: row.domain,
    customDomain: row.customDomain,
    displayName: row.displayName,
    quotaGb: row.quotaGb,
    createdAt: row.createdAt,
    deletedAt: row.deletedAt,
  });
}

export function toMailboxPack(row: PackRow): MailboxPack {
  return Object.assign(new MailboxPack(), {
    ...memberNodeIds("MailboxPack", row),
    pack: row.pack,
    extraMailboxes: row.extraMailboxes,
    subscribedAt: row.subscribedAt,
    cancelledAt: row.cancelledAt,
  });
}

export function toMailboxMigration(row: MigrationRow): MailboxMigration {
  return Object.assign(new MailboxMigration(), {
    ...memberNodeIds("MailboxMigration", row),
    source: row.source,
    sizeMb: row.sizeMb,
    includedMb: MAILBOX_OFFER.migrationIncludedMb,
    status: row.status,
    requestedAt: row.requestedAt,
    quoteRequestRawId: row.quoteRequestId,
  });
}

export function toMailboxSupportRequest(row: SupportRequestRow): MailboxSupportRequest {
  return Object.assign(new MailboxSupportRequest(), {
    ...memberNodeIds("MailboxSupportRequest", row),
    kind: row.kind,
    note: row.note,
    remote: true,
    requestedAt: row.requestedAt,
    availableFrom: row.availableFrom,
    providedBy: row.providedBy,
  });
}
