import { allow, and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { policies } from "../../authz/policies.js";
import { isAuthenticated, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { interventionPolicies } from "./interventions.policies.js";
import type { AssistanceRequest, Intervention, InterventionsQuota } from "./interventions.types.js";

/** Role-only rules (no parent): the contextual cache is safe. Names are unique to this module. */
const isInterventionTechnician = rule("isInterventionTechnician", { cache: "contextual" })((_p, _a, ctx: Context) =>
  ctx.actor.kind === "staff" && ctx.actor.role === "TECHNICIAN" ? true : forbidden(),
);
const isInterventionCoach = rule("isInterventionCoach", { cache: "contextual" })((_p, _a, ctx: Context) =>
  ctx.actor.kind === "staff" && ctx.actor.role === "COACH" ? true : forbidden(),
);

/** Object-level rules read the parent: the member's readers, plus the technician or coach who performs it. */
const canReadIntervention = rule("canReadIntervention", { cache: "no_cache" })(async (parent: Intervention, _a, ctx: Context) =>
  (await interventionPolicies.read(ctx, { memberId: parent.memberRawId, performerId: parent.performerRawId, kind: parent.kind })) ? true : forbidden(),
);
const canReadAssistanceRequest = rule("canReadAssistanceRequest", { cache: "no_cache" })((parent: AssistanceRequest, _a, ctx: Context) =>
  policies.readMember(ctx.actor, parent.memberRawId) ? true : forbidden(),
);
const canReadInterventionsQuota = rule("canReadInterventionsQuota", { cache: "no_cache" })((parent: InterventionsQuota, _a, ctx: Context) =>
  policies.readMember(ctx.actor, parent.memberRawId) ? true : forbidden(),
);

const memberDelegateOrDesk = and(isAuthenticated, or(isMember, isDelegate, isDeskAgent));
const performer = and(isAuthenticated, or(isInterventionTechnician, isInterventionCoach));

/** Member.interventions and MemberQuotas.interventions are covered by Member's "*" rule and MemberQuotas' rule. */
export const interventionsPermissions: ModulePermissions = {
  Query: {
    interventionQuote: memberDelegateOrDesk,
    interventions: and(isAuthenticated, or(isDeskAgent, isInterventionTechnician, isInterventionCoach)),
  },
  Mutation: {
    openAssistanceRequest: memberDelegateOrDesk,
    recordRemoteAssistanceOutcome: and(isAuthenticated, isDeskAgent),
    bookHomeIntervention: and(isAuthenticated, isDeskAgent),
    confirmInterventionBackup: and(isAuthenticated, or(isMember, isDelegate)),
    startIntervention: performer,
    completeIntervention: performer,
    refuseIntervention: and(isAuthenticated, or(isInterventionTechnician, isInterventionCoach, isDeskAgent)),
    cancelIntervention: and(isAuthenticated, isDeskAgent),
  },
  types: {
    Intervention: canReadIntervention,
    AssistanceRequest: canReadAssistanceRequest,
    InterventionsQuota: canReadInterventionsQuota,
    // Reached only through a guarded Intervention, or a quote the caller may ask for.
    InterventionSite: allow,
    InterventionPrice: allow,
    InterventionChargeLine: allow,
    InterventionQuote: allow,
  },
};
