import { and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { policies } from "../../authz/policies.js";
import { isAuthenticated, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";

/** Object-level: whoever may read the member (member, delegate, desk). Reads the parent: never the contextual cache. */
function canReadMemberMailboxData(name: string) {
  return rule(name, { cache: "no_cache" })((parent: { memberRawId: string }, _args, ctx: Context) =>
    policies.readMember(ctx.actor, parent.memberRawId) ? true : forbidden(),
  );
}

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
    Mailbox: canReadMemberMailboxData("canReadMailbox"),
    MailboxPack: canReadMemberMailboxData("canReadMailboxPack"),
    MailboxMigration: canReadMemberMailboxData("canReadMailboxMigration"),
    MailboxSupportRequest: canReadMemberMailboxData("canReadMailboxSupportRequest"),
  },
};
