import { allow, and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isDelegate, isDeskAgent, isMember, isTechnician } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { airboxPolicies } from "./airbox.policies.js";

/**
 * Object-level: reads the parent's member, never cached per request. The technician check may
 * query (batched by the served-members loader); `rule()` reports an outage as one, not as a refusal.
 */
function canReadAirboxData(name: string) {
  return rule(name, { cache: "no_cache" })(async (parent: { memberRawId: string }, _args, ctx: Context) =>
    (await airboxPolicies.read(ctx, parent.memberRawId)) ? true : forbidden(),
  );
}

const memberDelegateOrDesk = and(isAuthenticated, or(isMember, isDelegate, isDeskAgent));
/** airboxPolicies.serve: the roles that may call the staff mutations at all. */
const deskOrTechnician = and(isAuthenticated, or(isDeskAgent, isTechnician));
/** AUT-3: assigning a technician (and the remote diagnosis before it) is the desk's act. */
const desk = and(isAuthenticated, isDeskAgent);

/**
 * Member.airbox is covered by Member's "*" rule. A technician passes deskOrTechnician, then the
 * service lets him act only on a case assigned to him, or on a member he serves (AUT-3).
 */
export const airboxPermissions: ModulePermissions = {
  Query: {},
  Mutation: {
    recordAirboxHandover: deskOrTechnician,
    recordAirboxInadequateUse: deskOrTechnician,
    declareAirboxIncident: memberDelegateOrDesk,
    activateAirboxSim: deskOrTechnician,
    closeAirboxIncident: deskOrTechnician,
    reportAirboxFault: memberDelegateOrDesk,
    assignAirboxIncidentTechnician: desk,
    recordAirboxDiagnosis: desk,
    scheduleAirboxTechnician: desk,
    completeAirboxRepair: deskOrTechnician,
  },
  types: {
    Airbox: canReadAirboxData("canReadAirbox"),
    AirboxIncident: canReadAirboxData("canReadAirboxIncident"),
    AirboxRepair: canReadAirboxData("canReadAirboxRepair"),
    // Reached only through Airbox.inadequateUse.
    AirboxInadequateUse: allow,
  },
};
