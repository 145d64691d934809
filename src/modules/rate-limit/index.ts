import type { ModuleDescriptor } from "../../shared/module.js";
import { rateLimitPermissions } from "./rate-limit.permissions.js";
import { RateLimitResolver } from "./rate-limit.resolver.js";

/** Issue 14: the caller's query budget (`rateLimit`); the limits themselves are src/platform/limits (docs/limits.md). */
export const rateLimitModule: ModuleDescriptor = {
  name: "rate-limit",
  resolvers: [RateLimitResolver],
  permissions: rateLimitPermissions,
};
