import { allow, and } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, roleRule } from "../../authz/rules.js";

/**
 * Every signed-in caller reads the API's time. Moving it (a sandbox only) is for one role of each
 * consumer that owns a time-dependent scenario (docs/sandbox.md): the app's member, the concierge
 * partner, the desk and billing. The others (delegate, payer, coach, technician, committee, privacy
 * officer) only read it: the clock is the whole sandbox's, and they have no scenario of their own.
 */
const mayMoveSandboxClock = roleRule("mayMoveSandboxClock", ["MEMBER", "CONCIERGE_PARTNER", "DESK_AGENT", "BILLING"]);

export const sandboxPermissions: ModulePermissions = {
  Query: { sandboxClock: isAuthenticated },
  Mutation: { advanceSandboxClock: and(isAuthenticated, mayMoveSandboxClock) },
  types: {
    // Reached only through the two fields above, both guarded.
    SandboxClockState: allow,
    SandboxClockMove: allow,
  },
};
