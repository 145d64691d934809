export { createPremisesLoaders, type PremisesLoaders } from "./premises.loaders.js";
export { premisesResolvers } from "./premises.resolver.js";
export { premisesPermissions } from "./premises.permissions.js";
export { premisesService } from "./premises.service.js";
export { Address, InternetLine, MemberQuotas, Quota } from "./premises.types.js";
export { ELIGIBLE_OFFERS, ELIGIBLE_TECHNOLOGIES, PREMISES_LIMITS, isEligibleLine, isSamePerson } from "./premises.rules.js";
