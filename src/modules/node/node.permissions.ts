import { allow } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated } from "../../authz/rules.js";

/** `node` itself needs a caller; what it returns is guarded by each type's own rule and by the service. */
export const nodePermissions: ModulePermissions = {
  Query: { node: isAuthenticated },
  Mutation: {},
  types: { PageInfo: allow },
};
