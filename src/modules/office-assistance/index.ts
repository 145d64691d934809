import type { ModuleDescriptor } from "../../shared/module.js";
import { createOfficeAssistanceLoaders } from "./office-assistance.loaders.js";
import { officeAssistancePermissions } from "./office-assistance.permissions.js";
import { officeAssistanceReads } from "./office-assistance.reads.js";
import { officeAssistanceResolvers } from "./office-assistance.resolver.js";

export const officeAssistanceModule: ModuleDescriptor = {
  name: "office-assistance",
  resolvers: officeAssistanceResolvers,
  permissions: officeAssistancePermissions,
  loaders: (db) => ({ officeAssistance: createOfficeAssistanceLoaders(db) }),
  nodeTypes: {
    OfficeAssistanceRequest: (ctx, id) => officeAssistanceReads.requestNode(ctx, id),
    OfficeAssistanceSession: (ctx, id) => officeAssistanceReads.sessionNode(ctx, id),
    OfficeAssistanceVisit: (ctx, id) => officeAssistanceReads.visitNode(ctx, id),
  },
};

export { OFFICE_ASSISTANCE_SCOPE } from "./office-assistance.rules.js";
export { OfficeAssistanceRequest } from "./office-assistance.types.js";
