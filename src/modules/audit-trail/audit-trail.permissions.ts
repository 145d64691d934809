import { allow, and, or } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { rule } from "../../authz/rule.js";
import { isAuthenticated, isDelegate, isDeskAgent, isMember, isPrivacyOfficer } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import type { Member } from "../members/index.js";
import { auditTrailPolicies } from "./audit-trail.policies.js";
import type { HistoryEntry } from "./audit-trail.types.js";

// Object-level rules read the parent: never the contextual cache.
const canReadMemberHistory = rule("canReadMemberHistory", { cache: "no_cache" })((parent: Member, _args, ctx: Context) =>
  auditTrailPolicies.readHistory(ctx.actor, parent.rawId) ? true : forbidden(),
);
const canReadHistoryEntry = rule("canReadHistoryEntry", { cache: "no_cache" })((parent: HistoryEntry, _args, ctx: Context) =>
  auditTrailPolicies.readEntry(ctx.actor, parent) ? true : forbidden(),
);

/**
 * Device.designatedBy, ConciergeRequest.submittedBy, OfficeAssistanceRequest.requestedBy and
 * Delegate.registeredBy are covered by their object's whole-type rule (devices, concierge,
 * office-assistance, members): whoever reads the object reads who created it. `Actor` is reached
 * only through those guarded fields and HistoryEntry.
 */
export const auditTrailPermissions: ModulePermissions = {
  Query: {
    memberHistory: and(isAuthenticated, or(isMember, isDelegate, isDeskAgent, isPrivacyOfficer)),
  },
  Mutation: {},
  types: {
    Member: { history: and(isAuthenticated, canReadMemberHistory) },
    HistoryEntry: canReadHistoryEntry,
    Actor: allow,
  },
};
