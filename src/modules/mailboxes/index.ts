export { createMailboxLoaders, type MailboxLoaders } from "./mailboxes.loaders.js";
export { mailboxesResolvers } from "./mailboxes.resolver.js";
export { mailboxesPermissions } from "./mailboxes.permissions.js";
export { mailboxReads, MAILBOX_NODE_TYPES } from "./mailboxes.reads.js";
export { MAILBOX_OFFER, MAILBOX_PACK_TARIFFS } from "./mailboxes.rules.js";
export { Mailbox, MailboxMigration, MailboxPack, MailboxSupportRequest } from "./mailboxes.types.js";
