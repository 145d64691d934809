import { and, or } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { canReadMemberOwned, isAuthenticated, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";
import { officeAssistancePolicies } from "./office-assistance.policies.js";

const canReadOfficeAssistance = canReadMemberOwned("canReadOfficeAssistance", officeAssistancePolicies.actForMember);

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
