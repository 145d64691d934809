import { allow, and, or } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { canReadMemberOwned, isAuthenticated, isConciergePartner, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";
import { conciergePolicies } from "./concierge.policies.js";

const memberDelegateOrDesk = and(isAuthenticated, or(isMember, isDelegate, isDeskAgent));

/** Member.conciergeRequests and Member.conciergePrivilege are covered by Member's "*" rule (members.permissions.ts). */
export const conciergePermissions: ModulePermissions = {
  Query: {
    conciergeCategories: and(isAuthenticated, or(isMember, isDelegate, isDeskAgent, isConciergePartner)),
    partnerConciergeRequests: and(isAuthenticated, isConciergePartner),
  },
  Mutation: {
    submitConciergeRequest: memberDelegateOrDesk,
    cancelConciergeRequest: memberDelegateOrDesk,
    updateConciergeRequestStatus: and(isAuthenticated, isConciergePartner),
    subscribeConciergePrivilege: memberDelegateOrDesk,
    cancelConciergePrivilege: memberDelegateOrDesk,
  },
  types: {
    ConciergeRequest: canReadMemberOwned("canReadConciergeRequest", conciergePolicies.actForMember),
    ConciergePrivilege: canReadMemberOwned("canReadConciergePrivilege", conciergePolicies.actForMember),
    // Reached only through ConciergeRequest (guarded above) and the service's own check.
    ConciergeStatusChange: allow,
    // CON-5: the partner's view exists for the partner only.
    PartnerConciergeRequest: isConciergePartner,
    PartnerConciergeRequestConnection: isConciergePartner,
    PartnerConciergeRequestEdge: isConciergePartner,
    ConciergeCategory: allow,
  },
};
