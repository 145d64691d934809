import { Int } from "type-graphql";
import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { mailboxErrors } from "./mailboxes.errors.js";
import { Mailbox, MailboxMigration, MailboxPack, MailboxSupportRequest } from "./mailboxes.types.js";

const mailboxUserErrors = userErrorType("Mailbox", mailboxErrors);

export const MailboxPackPayload = Payload("MailboxPack", mailboxUserErrors, {
  pack: { type: () => MailboxPack, description: "The pack subscribed or cancelled; null when refused." },
  capacity: { type: () => Int, description: "MBX-2: the member's mailbox capacity after the change." },
});
export const MailboxPayload = Payload("Mailbox", mailboxUserErrors, {
  mailbox: { type: () => Mailbox, description: "The mailbox created or deleted; null when refused." },
});
export const RequestMailboxMigrationPayload = Payload("RequestMailboxMigration", mailboxUserErrors, { migration: () => MailboxMigration });
export const RequestMailboxSupportPayload = Payload("RequestMailboxSupport", mailboxUserErrors, { request: () => MailboxSupportRequest });
