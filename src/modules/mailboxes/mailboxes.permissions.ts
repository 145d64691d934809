import { and, or } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { canReadMemberOwned, isAuthenticated, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";

const memberDelegateOrDesk = and(isAuthenticated, or(isMember, isDelegate, isDeskAgent));

/** Member.mailboxes, Member.mailboxPacks and MemberQuotas.mailboxes are covered by the Member and MemberQuotas rules. */
export const mailboxesPermissions: ModulePermissions = {
  Query: {},
  Mutation: {
    subscribeMailboxPack: memberDelegateOrDesk,
    cancelMailboxPack: memberDelegateOrDesk,
    createMailbox: memberDelegateOrDesk,
    deleteMailbox: memberDelegateOrDesk,
    requestMailboxMigration: memberDelegateOrDesk,
    requestMailboxSupport: memberDelegateOrDesk,
  },
  types: {
    Mailbox: canReadMemberOwned("canReadMailbox"),
    MailboxPack: canReadMemberOwned("canReadMailboxPack"),
    MailboxMigration: canReadMemberOwned("canReadMailboxMigration"),
    MailboxSupportRequest: canReadMemberOwned("canReadMailboxSupportRequest"),
  },
};
