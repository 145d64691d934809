import { allow, and } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { policies } from "../../authz/policies.js";
import { isAuthenticated, isDeskAgent } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { coachingService } from "./coaching.service.js";
import type { Coaching } from "./coaching.types.js";

/** Whoever may read the member, or the coach themself (they see their own assignment). */
const canReadCoaching = rule("canReadCoaching", { cache: "no_cache" })(async (parent: Coaching, _args, ctx: Context) =>
  policies.readMember(ctx.actor, parent.memberRawId) || (await coachingService.isCoachOf(ctx, parent.memberRawId)) ? true : forbidden(),
);

export const coachingPermissions: ModulePermissions = {
  Query: {},
  Mutation: { assignCoach: and(isAuthenticated, isDeskAgent) },
  types: {
    Coaching: canReadCoaching,
    // Reached only through Coaching.
    CoachContact: allow,
  },
};
