import { allow, and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { conciergePolicies } from "./concierge.guards.js";

/** Role-only (no parent): the contextual cache is safe. */
const isConciergePartner = rule("isConciergePartner", { cache: "contextual" })((_parent, _args, ctx: Context) =>
  conciergePolicies.isPartner(ctx.actor) ? true : forbidden(),
);

/** Objects that carry their member's id: the member, the delegate and the desk. Reads the parent: never contextual. */
const canReadConciergeOfMember = (name: string) =>
  rule(name, { cache: "no_cache" })((parent: { memberRawId: string }, _args, ctx: Context) =>
    conciergePolicies.actForMember(ctx.actor, parent.memberRawId) ? true : forbidden(),
  );

const memberDelegateOrDesk = and(isAuthenticated, or(isMember, isDelegate, isDeskAgent));

/** Member.conciergeRequests and Member.conciergePrivilege are covered by Member's "*" rule (members.permissions.ts). */
export const conciergePermissions: ModulePermissions = {
  Query: {
    conciergeCategories: and(isAuthenticated, or(isMember, isDelegate, isDeskAgent, isConciergePartner)),
    partnerConciergeRequests: and(isAuthenticated, isConciergePartner),
  },
  Mutation: {
    submitConciergeRequest: memberDelegateOrDesk,
    cancelConciergeRequest: memberDelegateOrDesk,
    updateConciergeRequestStatus: and(isAuthenticated, isConciergePartner),
    subscribeConciergePrivilege: memberDelegateOrDesk,
    cancelConciergePrivilege: memberDelegateOrDesk,
  },
  types: {
    ConciergeRequest: canReadConciergeOfMember("canReadConciergeRequest"),
    ConciergePrivilege: canReadConciergeOfMember("canReadConciergePrivilege"),
    // Reached only through ConciergeRequest (guarded above) and the service's own check.
    ConciergeStatusChange: allow,
    // CON-5: the partner's view exists for the partner only.
    PartnerConciergeRequest: isConciergePartner,
    PartnerConciergeRequestConnection: isConciergePartner,
    PartnerConciergeRequestEdge: isConciergePartner,
    ConciergeCategory: allow,
  },
};
