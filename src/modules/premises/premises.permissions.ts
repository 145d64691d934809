import { allow, and, or } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { canReadMemberOwned, isAuthenticated, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";

// Object-level rules read the member id the object carries: guarded whatever the path to it.
export const canReadAddress = canReadMemberOwned("canReadAddress");
export const canReadInternetLine = canReadMemberOwned("canReadInternetLine");
export const canReadMemberQuotas = canReadMemberOwned("canReadMemberQuotas");
const canReadAddressLinesQuota = canReadMemberOwned("canReadAddressLinesQuota");

const memberDelegateOrDesk = and(isAuthenticated, or(isMember, isDelegate, isDeskAgent));

/** Member.addresses and Member.quotas are covered by Member's "*" rule (members.permissions.ts). */
export const premisesPermissions: ModulePermissions = {
  Query: {},
  Mutation: {
    addAddress: memberDelegateOrDesk,
    removeAddress: memberDelegateOrDesk,
    updateAddressEligibility: and(isAuthenticated, isDeskAgent),
    addInternetLine: memberDelegateOrDesk,
    removeInternetLine: memberDelegateOrDesk,
  },
  types: {
    Address: canReadAddress,
    InternetLine: canReadInternetLine,
    MemberQuotas: canReadMemberQuotas,
    AddressLinesQuota: canReadAddressLinesQuota,
    Quota: allow,
  },
};
