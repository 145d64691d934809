import { allow, and, or } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { canReadMemberOwned, isAuthenticated, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";
import { salonPolicies } from "./salon.policies.js";

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
    SalonAppointment: canReadMemberOwned("canReadSalonAppointment", salonPolicies.actForMember),
    CircleEventRegistration: canReadMemberOwned("canReadCircleEventRegistration", salonPolicies.actForMember),
    // Events are not member data: members, delegates and the desk (role-only, contextual is safe).
    CircleEvent: or(isMember, isDelegate, isDeskAgent),
    Salon: allow,
  },
};
