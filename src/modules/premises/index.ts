import type { ModuleDescriptor } from "../../shared/module.js";
import { createPremisesLoaders } from "./premises.loaders.js";
import { premisesPermissions } from "./premises.permissions.js";
import { premisesResolvers } from "./premises.resolver.js";
import { premisesService } from "./premises.service.js";

export const premisesModule: ModuleDescriptor = {
  name: "premises",
  resolvers: premisesResolvers,
  permissions: premisesPermissions,
  loaders: (db) => ({ premises: createPremisesLoaders(db) }),
  nodeTypes: {
    Address: (ctx, id) => premisesService.addressNode(ctx, id),
    InternetLine: (ctx, id) => premisesService.lineNode(ctx, id),
  },
};

export { premisesService };
export { premisesReads } from "./premises.repository.js";
export { Address, InternetLine, MemberQuotas, Quota } from "./premises.types.js";
export { isSamePerson } from "./premises.rules.js";
