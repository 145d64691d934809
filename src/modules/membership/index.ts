import type { ModuleDescriptor } from "../../shared/module.js";
import { candidacyService } from "./candidacy.service.js";
import { DelegationResolver, PayerItemKindsResolver } from "./delegation.resolver.js";
import { createMembershipLoaders } from "./membership.loaders.js";
import { membershipPermissions } from "./membership.permissions.js";
import { CommitteeDecisionResolver, CommitteeMeetingResolver, MembershipResolver, MembershipTypeResolver } from "./membership.resolver.js";

export const membershipModule: ModuleDescriptor = {
  name: "membership",
  resolvers: [MembershipResolver, CommitteeMeetingResolver, CommitteeDecisionResolver, MembershipTypeResolver, DelegationResolver, PayerItemKindsResolver],
  permissions: membershipPermissions,
  loaders: (db) => ({ membership: createMembershipLoaders(db) }),
  nodeTypes: {
    Candidacy: (ctx, id) => candidacyService.candidacyNode(ctx, id),
    CommitteeMeeting: (ctx, id) => candidacyService.meetingNode(ctx, id),
  },
};

export { Membership } from "./membership.types.js";
