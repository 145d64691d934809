import { allow } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated } from "../../authz/rules.js";

/**
 * Every signed-in caller reads their own budget (it names no one else's). Anonymous callers read
 * theirs in the RateLimit headers and `extensions.cost` (deny by default on the field).
 */
export const rateLimitPermissions: ModulePermissions = {
  Query: { rateLimit: isAuthenticated },
  Mutation: {},
  types: {
    // Reached only through `rateLimit`, guarded above.
    RateLimitStatus: allow,
  },
};
