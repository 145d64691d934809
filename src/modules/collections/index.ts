import type { ModuleDescriptor } from "../../shared/module.js";
import { createCollectionsLoaders } from "./collections.loaders.js";
import { collectionsPermissions } from "./collections.permissions.js";
import { collectionsResolvers } from "./collections.resolver.js";

export const collectionsModule: ModuleDescriptor = {
  name: "collections",
  resolvers: collectionsResolvers,
  permissions: collectionsPermissions,
  loaders: (db) => ({ collections: createCollectionsLoaders(db) }),
};

export { computeLateCharges, statusAfter, unpaidAtStartOf, type LateChargeHistory } from "./collections.rules.js";
