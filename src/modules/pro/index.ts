export { proResolvers } from "./pro.resolver.js";
export { proPermissions } from "./pro.permissions.js";
export { proService } from "./pro.service.js";
export { createProLoaders, type ProLoaders } from "./pro.loaders.js";
export { PRO_BRICK_LIMITS, brickPath, brickTermination } from "./pro.rules.js";
