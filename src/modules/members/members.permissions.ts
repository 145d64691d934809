import { allow, and, or } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import {
  canListMemberPayers,
  canReadDelegate,
  canReadMember,
  canReadPayer,
  canReadStaffUser,
  isAuthenticated,
  isDelegate,
  isDeskAgent,
  isMember,
} from "../../authz/rules.js";

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
    // Object-level rules read the parent: every path to a member is guarded, whatever the root field.
    // Member.invoices is guarded by the invoicing module, which adds the field.
    Member: { "*": canReadMember, payers: and(canReadMember, canListMemberPayers) },
    PostalAddress: allow,
    LegalEntity: allow,
    Delegate: canReadDelegate,
    Payer: canReadPayer,
    StaffUser: canReadStaffUser,
    MemberConnection: allow,
    MemberEdge: allow,
    UpdateMemberContactPayload: allow,
    MemberUserError: allow,
  },
};
