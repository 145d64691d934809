import { allow, and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { policies } from "../../authz/policies.js";
import { isAuthenticated, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import type { OptionSubscription } from "./options.types.js";

const canReadOption = rule("canReadOption", { cache: "no_cache" })((parent: OptionSubscription, _args, ctx: Context) =>
  policies.readMember(ctx.actor, parent.memberRawId) ? true : forbidden(),
);

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
    OptionSubscription: canReadOption,
    // Reached only through `announcements`, which already filters by audience.
    Announcement: allow,
  },
};
