import type { ModuleDescriptor } from "../../shared/module.js";
import { createProLoaders } from "./pro.loaders.js";
import { proPermissions } from "./pro.permissions.js";
import { proResolvers } from "./pro.resolver.js";
import { proService } from "./pro.service.js";

export const proModule: ModuleDescriptor = {
  name: "pro",
  resolvers: proResolvers,
  permissions: proPermissions,
  loaders: (db) => ({ pro: createProLoaders(db) }),
  nodeTypes: {
    ProServiceRequest: (ctx, id) => proService.serviceRequestNode(ctx, id),
    ProBrick: (ctx, id) => proService.brickNode(ctx, id),
  },
};

export { PRO_BRICK_LIMITS, brickPath, brickTermination } from "./pro.rules.js";
