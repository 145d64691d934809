import type { ModuleDescriptor, NodeFetcher } from "../../shared/module.js";
import { toGlobalId } from "../../shared/relay.js";
import { createMemberLoaders } from "./members.loaders.js";
import { membersPermissions } from "./members.permissions.js";
import { MembersResolver } from "./members.resolver.js";
import { membersService, namedTechnician } from "./members.service.js";

export const membersModule: ModuleDescriptor = {
  name: "members",
  resolvers: [MembersResolver],
  permissions: membersPermissions,
  loaders: (db) => ({ members: createMemberLoaders(db) }),
  nodeTypes: Object.fromEntries(
    ["Member", "Delegate", "Payer", "StaffUser"].map((type): [string, NodeFetcher] => [type, (ctx, id) => membersService.node(ctx, toGlobalId(type, id))]),
  ),
};

export { membersService, namedTechnician };
export { memberErrors } from "./members.errors.js";
export { PostalAddressInput } from "./members.inputs.js";
export { MAX_FREE_REJOINS, toDelegate, toPayer } from "./members.mappers.js";
export { memberReads, type DelegateRow, type MemberRow, type PayerRow } from "./members.repository.js";
export { Delegate, DelegateNotificationChannel, Member, MemberStatus, Payer, PayerKind, PostalAddress, Role, StaffUser, Viewer } from "./members.types.js";
