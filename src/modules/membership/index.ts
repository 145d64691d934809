export { createMembershipLoaders, type MembershipLoaders } from "./membership.loaders.js";
export { membershipPermissions } from "./membership.permissions.js";
export { CommitteeDecisionResolver, CommitteeMeetingResolver, MembershipResolver, MembershipTypeResolver } from "./membership.resolver.js";
export { DelegationResolver, PayerItemKindsResolver } from "./delegation.resolver.js";
export { Membership } from "./membership.types.js";
export { candidacyService } from "./candidacy.service.js";
