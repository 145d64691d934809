import type { ModuleDescriptor } from "../../shared/module.js";
import { createAuditTrailLoaders } from "./audit-trail.loaders.js";
import { auditTrailPermissions } from "./audit-trail.permissions.js";
import { auditTrailResolvers } from "./audit-trail.resolver.js";

/**
 * AUT-2/AUT-4: the audit log, readable. A member's history of changes, and who created the
 * objects a person asks about (devices, concierge and office-assistance requests, delegates).
 */
export const auditTrailModule: ModuleDescriptor = {
  name: "audit-trail",
  resolvers: auditTrailResolvers,
  permissions: auditTrailPermissions,
  loaders: (db) => ({ auditTrail: createAuditTrailLoaders(db) }),
};

export { auditTrailReads } from "./audit-trail.reads.js";
export { AUDITED_OPERATIONS, DELEGATE_VISIBLE_OPERATIONS } from "./audit-trail.rules.js";
export { AuditActor, HistoryEntry } from "./audit-trail.types.js";
