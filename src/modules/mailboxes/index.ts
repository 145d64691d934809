import type { ModuleDescriptor, NodeFetcher } from "../../shared/module.js";
import { createMailboxLoaders } from "./mailboxes.loaders.js";
import { mailboxesPermissions } from "./mailboxes.permissions.js";
import { MAILBOX_NODE_TYPES, mailboxReads } from "./mailboxes.reads.js";
import { mailboxesResolvers } from "./mailboxes.resolver.js";

export const mailboxesModule: ModuleDescriptor = {
  name: "mailboxes",
  resolvers: mailboxesResolvers,
  permissions: mailboxesPermissions,
  loaders: (db) => ({ mailboxes: createMailboxLoaders(db) }),
  nodeTypes: Object.fromEntries(MAILBOX_NODE_TYPES.map((type): [string, NodeFetcher] => [type, (ctx, id) => mailboxReads.node(ctx, type, id)])),
};

export { Mailbox, MailboxMigration, MailboxPack, MailboxSupportRequest } from "./mailboxes.types.js";
