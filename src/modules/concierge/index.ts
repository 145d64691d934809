import type { ModuleDescriptor } from "../../shared/module.js";
import { createConciergeLoaders } from "./concierge.loaders.js";
import { conciergePermissions } from "./concierge.permissions.js";
import { privilegeService } from "./concierge.privilege.service.js";
import { conciergeResolvers } from "./concierge.resolver.js";
import { conciergeService } from "./concierge.service.js";

export const conciergeModule: ModuleDescriptor = {
  name: "concierge",
  resolvers: conciergeResolvers,
  permissions: conciergePermissions,
  loaders: (db) => ({ concierge: createConciergeLoaders(db) }),
  nodeTypes: {
    ConciergeRequest: (ctx, id) => conciergeService.requestNode(ctx, id),
    ConciergePrivilege: (ctx, id) => privilegeService.node(ctx, id),
  },
};

export { PRIVILEGE_TARIFF_CODE } from "./concierge.rules.js";
export { ConciergeRequest } from "./concierge.types.js";
