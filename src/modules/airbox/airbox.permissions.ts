import { allow, and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { airboxPolicies } from "./airbox.guards.js";

/** Role-only (no parent): the contextual cache is safe. */
const isDeskOrTechnician = rule("airboxIsDeskOrTechnician", { cache: "contextual" })((_parent, _args, ctx: Context) =>
  airboxPolicies.serve(ctx.actor) ? true : forbidden(),
);

/** Object-level: reads the parent's member, never cached per request. */
function canReadAirboxData(name: string) {
  return rule(name, { cache: "no_cache" })((parent: { memberRawId: string }, _args, ctx: Context) =>
    airboxPolicies.read(ctx.actor, parent.memberRawId) ? true : forbidden(),
  );
}

const memberDelegateOrDesk = and(isAuthenticated, or(isMember, isDelegate, isDeskAgent));
const deskOrTechnician = and(isAuthenticated, isDeskOrTechnician);

/** Member.airbox is covered by Member's "*" rule. */
export const airboxPermissions: ModulePermissions = {
  Query: {},
  Mutation: {
    recordAirboxHandover: deskOrTechnician,
    recordAirboxInadequateUse: deskOrTechnician,
    declareAirboxIncident: memberDelegateOrDesk,
    activateAirboxSim: deskOrTechnician,
    closeAirboxIncident: deskOrTechnician,
    reportAirboxFault: memberDelegateOrDesk,
    recordAirboxDiagnosis: deskOrTechnician,
    scheduleAirboxTechnician: deskOrTechnician,
    completeAirboxRepair: deskOrTechnician,
  },
  types: {
    Airbox: canReadAirboxData("canReadAirbox"),
    AirboxIncident: canReadAirboxData("canReadAirboxIncident"),
    AirboxRepair: canReadAirboxData("canReadAirboxRepair"),
    // Reached only through Airbox.inadequateUse.
    AirboxInadequateUse: allow,
    AirboxPayload: allow,
    AirboxIncidentPayload: allow,
    AirboxRepairPayload: allow,
    AirboxUserError: allow,
  },
};
