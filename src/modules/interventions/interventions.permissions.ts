import { allow, and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { canReadMemberOwned, isAuthenticated, isCoach, isDelegate, isDeskAgent, isMember, isTechnician } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { interventionPolicies } from "./interventions.policies.js";
import type { Intervention } from "./interventions.types.js";

/** Object-level rule, reads the parent: the member's readers, plus the technician or coach who performs it. */
const canReadIntervention = rule("canReadIntervention", { cache: "no_cache" })(async (parent: Intervention, _a, ctx: Context) =>
  (await interventionPolicies.read(ctx, { memberId: parent.memberRawId, performerId: parent.performerRawId, kind: parent.kind })) ? true : forbidden(),
);

const memberDelegateOrDesk = and(isAuthenticated, or(isMember, isDelegate, isDeskAgent));
const performer = and(isAuthenticated, or(isTechnician, isCoach));

/** Member.interventions and MemberQuotas.interventions are covered by Member's "*" rule and MemberQuotas' rule. */
export const interventionsPermissions: ModulePermissions = {
  Query: {
    interventionQuote: memberDelegateOrDesk,
    interventions: and(isAuthenticated, or(isDeskAgent, isTechnician, isCoach)),
  },
  Mutation: {
    openAssistanceRequest: memberDelegateOrDesk,
    recordRemoteAssistanceOutcome: and(isAuthenticated, isDeskAgent),
    bookHomeIntervention: and(isAuthenticated, isDeskAgent),
    confirmInterventionBackup: and(isAuthenticated, or(isMember, isDelegate)),
    startIntervention: performer,
    completeIntervention: performer,
    refuseIntervention: and(isAuthenticated, or(isTechnician, isCoach, isDeskAgent)),
    cancelIntervention: and(isAuthenticated, isDeskAgent),
  },
  types: {
    Intervention: canReadIntervention,
    AssistanceRequest: canReadMemberOwned("canReadAssistanceRequest"),
    InterventionsQuota: canReadMemberOwned("canReadInterventionsQuota"),
    // Reached only through a guarded Intervention, or a quote the caller may ask for.
    InterventionSite: allow,
    InterventionPrice: allow,
    InterventionChargeLine: allow,
    InterventionQuote: allow,
  },
};
