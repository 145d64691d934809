export { interventionsResolvers } from "./interventions.resolver.js";
export { interventionsPermissions } from "./interventions.permissions.js";
export { createInterventionLoaders } from "./interventions.loaders.js";
export { interventionReads } from "./reads.service.js";
export { listInterventionsToBill, type InterventionToBill } from "./interventions.billing.js";
export { contractYearOf, type ContractYear } from "./interventions.pricing.js";
