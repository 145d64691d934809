export { officeAssistanceResolvers } from "./office-assistance.resolver.js";
export { officeAssistancePermissions } from "./office-assistance.permissions.js";
export { officeAssistanceService } from "./office-assistance.service.js";
export { officeAssistanceReads } from "./office-assistance.reads.js";
export { createOfficeAssistanceLoaders, type OfficeAssistanceLoaders } from "./office-assistance.loaders.js";
export { OFFICE_ASSISTANCE_SCOPE } from "./office-assistance.rules.js";
