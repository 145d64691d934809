import { and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { officeAssistancePolicies } from "./office-assistance.policies.js";

// Object-level rule: reads the parent, never the contextual cache.
const canReadOfficeAssistance = rule("canReadOfficeAssistance", { cache: "no_cache" })((parent: { memberRawId: string }, _args, ctx: Context) =>
  officeAssistancePolicies.actForMember(ctx.actor, parent.memberRawId) ? true : forbidden(),
);

const memberDelegateOrDesk = and(isAuthenticated, or(isMember, isDelegate, isDeskAgent));

/** Member.officeAssistanceRequests is covered by Member's "*" rule (members.permissions.ts). */
export const officeAssistancePermissions: ModulePermissions = {
  Query: {},
  Mutation: {
    requestOfficeAssistance: memberDelegateOrDesk,
    confirmOfficeAssistanceBackup: memberDelegateOrDesk,
    consentToScreenSharing: and(isAuthenticated, or(isMember, isDelegate)),
    stopScreenSharing: memberDelegateOrDesk,
    bookOfficeAssistanceVisit: and(isAuthenticated, isDeskAgent),
  },
  types: {
    OfficeAssistanceRequest: canReadOfficeAssistance,
    OfficeAssistanceSession: canReadOfficeAssistance,
    OfficeAssistanceVisit: canReadOfficeAssistance,
  },
};
