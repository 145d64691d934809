export { ZoneResolver } from "./zone.resolver.js";
export { zonePermissions } from "./zone.permissions.js";
export { zoneService, type CoveredPlace } from "./zone.service.js";
export { zoneErrors, type ZoneErrorCode } from "./zone.errors.js";
