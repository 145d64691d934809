import { allow } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated } from "../../authz/rules.js";

/**
 * `node` itself needs a caller; what it returns is guarded by each type's own rule and by the service.
 * The shared value types (src/shared: PageInfo, Amounts) are reached only through guarded parents.
 */
export const nodePermissions: ModulePermissions = {
  Query: { node: isAuthenticated },
  Mutation: {},
  types: { PageInfo: allow, Amounts: allow },
};
