import { allow, and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { salonPolicies } from "./salon.guards.js";

/** Objects that carry their member's id: the member, the delegate and the desk. Reads the parent: never contextual. */
const canReadSalonOfMember = (name: string) =>
  rule(name, { cache: "no_cache" })((parent: { memberRawId: string }, _args, ctx: Context) =>
    salonPolicies.actForMember(ctx.actor, parent.memberRawId) ? true : forbidden(),
  );

const memberDelegateOrDesk = and(isAuthenticated, or(isMember, isDelegate, isDeskAgent));

/** Member.salonAppointments and Member.eventRegistrations are covered by Member's "*" rule (members.permissions.ts). */
export const salonPermissions: ModulePermissions = {
  Query: {
    salon: memberDelegateOrDesk,
    salonAppointments: and(isAuthenticated, isDeskAgent),
    upcomingEvents: memberDelegateOrDesk,
  },
  Mutation: {
    bookSalonAppointment: memberDelegateOrDesk,
    cancelSalonAppointment: memberDelegateOrDesk,
    publishCircleEvent: and(isAuthenticated, isDeskAgent),
    // The delegate reaches the service, which refuses with SVC-4 (members only) as a userError.
    registerForCircleEvent: and(isAuthenticated, or(isMember, isDelegate)),
    unregisterFromCircleEvent: and(isAuthenticated, or(isMember, isDelegate)),
  },
  types: {
    SalonAppointment: canReadSalonOfMember("canReadSalonAppointment"),
    CircleEventRegistration: canReadSalonOfMember("canReadCircleEventRegistration"),
    // Events are not member data: members, delegates and the desk (role-only, contextual is safe).
    CircleEvent: or(isMember, isDelegate, isDeskAgent),
    Salon: allow,
  },
};
