export { conciergeResolvers } from "./concierge.resolver.js";
export { conciergePermissions } from "./concierge.permissions.js";
export { conciergeService } from "./concierge.service.js";
export { privilegeService } from "./concierge.privilege.service.js";
export { createConciergeLoaders, type ConciergeLoaders } from "./concierge.loaders.js";
export { PRIVILEGE_TARIFF_CODE } from "./concierge.rules.js";
