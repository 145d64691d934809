import type { GraphQLSchema } from "graphql";
import { allow, and, deny, or, shield, type IRules } from "graphql-shield";
import { applyMiddleware } from "graphql-middleware";
import { forbidden } from "../shared/errors.js";
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
} from "./rules.js";

/**
 * The one permission map (AUT-1). Anything not listed is denied by `fallbackRule`. Root fields
 * are listed one by one; object types are allowed as a whole only when every path to them is
 * already guarded, or guarded by an object-level rule that reads the parent.
 */
export const permissions = {
  Query: {
    me: isAuthenticated,
    node: isAuthenticated,
    members: and(isAuthenticated, isDeskAgent),
  },
  Mutation: {
    updateMemberContact: and(isAuthenticated, or(isMember, isDelegate, isDeskAgent)),
  },
  Viewer: allow,
  Member: { "*": canReadMember, payers: and(canReadMember, canListMemberPayers) },
  PostalAddress: allow,
  LegalEntity: allow,
  Delegate: canReadDelegate,
  Payer: canReadPayer,
  StaffUser: canReadStaffUser,
  MemberConnection: allow,
  MemberEdge: allow,
  PageInfo: allow,
  UpdateMemberContactPayload: allow,
  MemberUserError: allow,
} satisfies IRules;

/** graphql-shield and graphql-middleware are frozen upstream: this is the only module that imports them. */
export function applyPermissions(schema: GraphQLSchema): GraphQLSchema {
  return applyMiddleware(
    schema,
    shield(permissions, {
      fallbackRule: deny,
      fallbackError: () => forbidden(),
      allowExternalErrors: true,
      debug: false,
    }),
  );
}

