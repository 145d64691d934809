import { Int } from "type-graphql";
import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { mailboxErrors } from "./mailboxes.errors.js";
import { Mailbox, MailboxMigration, MailboxPack, MailboxSupportRequest } from "./mailboxes.types.js";

const mailboxUserErrors = userErrorType("Mailbox", mailboxErrors, "Why a « Ma Messagerie Mail » mutation was refused (MBX-1..5): `code` names the refusal, `rule` the SPEC rule.");

export const MailboxPackPayload = Payload(
  "MailboxPack",
  mailboxUserErrors,
  {
    pack: { type: () => MailboxPack, description: "The pack subscribed or cancelled; null when refused." },
    capacity: { type: () => Int, description: "MBX-2: the member's mailbox capacity after the change." },
  },
  "The answer to subscribeMailboxPack and cancelMailboxPack (MBX-2).",
);
export const MailboxPayload = Payload(
  "Mailbox",
  mailboxUserErrors,
  {
    mailbox: { type: () => Mailbox, description: "The mailbox created or deleted; null when refused." },
  },
  "The answer to createMailbox and deleteMailbox (MBX-1, MBX-2).",
);
export const RequestMailboxMigrationPayload = Payload(
  "RequestMailboxMigration",
  mailboxUserErrors,
  { migration: { type: () => MailboxMigration, description: "The migration request recorded; null when refused." } },
  "The answer to requestMailboxMigration (MBX-3).",
);
export const RequestMailboxSupportPayload = Payload(
  "RequestMailboxSupport",
  mailboxUserErrors,
  { request: { type: () => MailboxSupportRequest, description: "The support request recorded, with when it can be handled; null when refused." } },
  "The answer to requestMailboxSupport (MBX-5).",
);
