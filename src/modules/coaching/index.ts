export { MemberCoachingResolver, CoachingResolver } from "./coaching.resolver.js";
export { coachingPermissions } from "./coaching.permissions.js";
export { coachingService } from "./coaching.service.js";
export { createCoachingLoaders } from "./coaching.loaders.js";
