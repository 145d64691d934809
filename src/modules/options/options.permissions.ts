import { allow, and, or } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { canReadMemberOwned, isAuthenticated, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";

export const optionsPermissions: ModulePermissions = {
  Query: {
    announcements: and(isAuthenticated, or(isMember, isDelegate, isDeskAgent)),
  },
  Mutation: {
    subscribeOption: and(isAuthenticated, or(isMember, isDelegate, isDeskAgent)),
    // The delegate reaches the service, which refuses with MEM-5 as a userError the app can show.
    requestOptionTermination: and(isAuthenticated, or(isMember, isDelegate, isDeskAgent)),
    terminateOptionForParnasse: and(isAuthenticated, isDeskAgent),
    publishAnnouncement: and(isAuthenticated, isDeskAgent),
  },
  types: {
    OptionSubscription: canReadMemberOwned("canReadOption"),
    // Reached only through `announcements`, which already filters by audience.
    Announcement: allow,
  },
};
