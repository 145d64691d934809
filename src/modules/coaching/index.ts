import type { ModuleDescriptor } from "../../shared/module.js";
import { createCoachingLoaders } from "./coaching.loaders.js";
import { coachingPermissions } from "./coaching.permissions.js";
import { CoachingResolver, MemberCoachingResolver } from "./coaching.resolver.js";

export const coachingModule: ModuleDescriptor = {
  name: "coaching",
  resolvers: [MemberCoachingResolver, CoachingResolver],
  permissions: coachingPermissions,
  loaders: (db) => ({ coaching: createCoachingLoaders(db) }),
};

export { coachingService } from "./coaching.service.js";
export { coachingReads } from "./coaching.repository.js";
