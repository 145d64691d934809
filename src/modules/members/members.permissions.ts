import { allow, and, or } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { rule } from "../../authz/rule.js";
import { isAuthenticated, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { memberPolicies } from "./members.policies.js";
import type { Delegate, Member, Payer, StaffUser } from "./members.types.js";

// Object-level rules read the parent: never the contextual cache.
const canReadMember = rule("canReadMember", { cache: "no_cache" })((parent: Member, _args, ctx: Context) =>
  memberPolicies.readMember(ctx.actor, parent.rawId) ? true : forbidden(),
);
const canListMemberPayers = rule("canListMemberPayers", { cache: "no_cache" })((parent: Member, _args, ctx: Context) =>
  memberPolicies.listMemberPayers(ctx.actor, parent.rawId) ? true : forbidden(),
);
const canReadDelegate = rule("canReadDelegate", { cache: "no_cache" })((parent: Delegate, _args, ctx: Context) =>
  memberPolicies.readDelegate(ctx.actor, { id: parent.rawId, memberId: parent.memberRawId }) ? true : forbidden(),
);
const canReadPayer = rule("canReadPayer", { cache: "no_cache" })((parent: Payer, _args, ctx: Context) =>
  memberPolicies.readPayer(ctx.actor, { id: parent.rawId, memberId: parent.memberRawId }) ? true : forbidden(),
);
const canReadStaffUser = rule("canReadStaffUser", { cache: "no_cache" })((parent: StaffUser, _args, ctx: Context) =>
  memberPolicies.readStaffUser(ctx.actor, parent.rawId) ? true : forbidden(),
);

export const membersPermissions: ModulePermissions = {
  Query: {
    me: isAuthenticated,
    members: and(isAuthenticated, isDeskAgent),
  },
  Mutation: {
    updateMemberContact: and(isAuthenticated, or(isMember, isDelegate, isDeskAgent)),
  },
  types: {
    Viewer: allow,
    // Every path to a member is guarded, whatever the root field.
    // Member.invoices is guarded by the invoicing module, which adds the field.
    Member: { "*": canReadMember, payers: and(canReadMember, canListMemberPayers) },
    PostalAddress: allow,
    LegalEntity: allow,
    Delegate: canReadDelegate,
    Payer: canReadPayer,
    StaffUser: canReadStaffUser,
  },
};
