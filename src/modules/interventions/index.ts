export { interventionsResolvers } from "./interventions.resolver.js";
export { interventionsPermissions } from "./interventions.permissions.js";
export { createInterventionLoaders } from "./interventions.loaders.js";
export { interventionReads } from "./reads.service.js";
export { quoteIntervention, interventionRates, INTERVENTION_TARIFF_CODES, type Quote as InterventionQuote, type Slot as InterventionSlot } from "./interventions.pricing.js";
export { contractYearOf, type ContractYear } from "./interventions.pricing.js";
