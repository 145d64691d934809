import { and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isDelegate, isDeskAgent, isMember, isTechnician } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { proPolicies } from "./pro.policies.js";
import type { ProBrick, ProServiceRequest } from "./pro.types.js";

// Object-level rules read the parent: never the contextual cache.
const canReadProServiceRequest = rule("canReadProServiceRequest", { cache: "no_cache" })((parent: ProServiceRequest, _args, ctx: Context) =>
  proPolicies.readService(ctx.actor, { memberId: parent.memberRawId, technicianId: parent.technicianRawId }) ? true : forbidden(),
);
const canReadProBrick = rule("canReadProBrick", { cache: "no_cache" })((parent: ProBrick, _args, ctx: Context) =>
  proPolicies.readBrick(ctx.actor, { memberId: parent.memberRawId, technicianId: parent.technicianRawId }) ? true : forbidden(),
);

const memberDelegateOrDesk = and(isAuthenticated, or(isMember, isDelegate, isDeskAgent));
const deskOrTechnician = and(isAuthenticated, or(isDeskAgent, isTechnician));

/** Member.proServiceRequests and Member.proBricks are covered by Member's "*" rule (members.permissions.ts). */
export const proPermissions: ModulePermissions = {
  Query: {},
  Mutation: {
    requestProService: memberDelegateOrDesk,
    // AUT-3: assigning the technician is the desk's act; the technician then records (service check).
    assignProServiceTechnician: and(isAuthenticated, isDeskAgent),
    assignProBrickTechnician: and(isAuthenticated, isDeskAgent),
    recordProServiceStudy: deskOrTechnician,
    recordProServiceInstallation: and(isAuthenticated, isDeskAgent),
    subscribeProBrick: memberDelegateOrDesk,
    recordProBrickPrerequisite: deskOrTechnician,
    terminateProBrick: memberDelegateOrDesk,
  },
  types: {
    ProServiceRequest: canReadProServiceRequest,
    ProBrick: canReadProBrick,
  },
};
