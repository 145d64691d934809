import type { ModuleDescriptor } from "../../shared/module.js";
import { createInterventionLoaders } from "./interventions.loaders.js";
import { interventionsPermissions } from "./interventions.permissions.js";
import { interventionsResolvers } from "./interventions.resolver.js";
import { interventionReads } from "./reads.service.js";

export const interventionsModule: ModuleDescriptor = {
  name: "interventions",
  resolvers: interventionsResolvers,
  permissions: interventionsPermissions,
  loaders: (db) => ({ interventions: createInterventionLoaders(db) }),
  nodeTypes: {
    Intervention: (ctx, id) => interventionReads.interventionNode(ctx, id),
    AssistanceRequest: (ctx, id) => interventionReads.assistanceRequestNode(ctx, id),
  },
};

export { listInterventionsToBill, type InterventionToBill } from "./interventions.billing.js";
export { contractYearOf } from "./interventions.pricing.js";
