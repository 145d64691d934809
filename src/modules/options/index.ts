import type { ModuleDescriptor } from "../../shared/module.js";
import { createOptionLoaders } from "./options.loaders.js";
import { optionsPermissions } from "./options.permissions.js";
import { OptionsResolver } from "./options.resolver.js";
import { optionsService } from "./options.service.js";

export const optionsModule: ModuleDescriptor = {
  name: "options",
  resolvers: [OptionsResolver],
  permissions: optionsPermissions,
  loaders: (db) => ({ options: createOptionLoaders(db) }),
  nodeTypes: { OptionSubscription: (ctx, id) => optionsService.node(ctx, id) },
};

export { optionsService };
export { announcePriceChange } from "./options.service.js";
export { reconcileOption } from "./options.reconcile.js";
export { optionsRepository } from "./options.repository.js";
export { ELIGIBLE_OFFERS, ELIGIBLE_TECHNOLOGIES } from "./options.rules.js";
