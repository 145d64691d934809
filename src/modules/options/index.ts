export { OptionsResolver } from "./options.resolver.js";
export { optionsPermissions } from "./options.permissions.js";
export { announcePriceChange, optionsService } from "./options.service.js";
export { createOptionLoaders } from "./options.loaders.js";
export { reconcileOption } from "./options.reconcile.js";
export { optionsRepository } from "./options.repository.js";
