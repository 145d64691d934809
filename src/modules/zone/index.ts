import type { ModuleDescriptor } from "../../shared/module.js";
import { zonePermissions } from "./zone.permissions.js";
import { ZoneResolver } from "./zone.resolver.js";

export const zoneModule: ModuleDescriptor = {
  name: "zone",
  resolvers: [ZoneResolver],
  permissions: zonePermissions,
};

export { zoneService } from "./zone.service.js";
export { zoneErrors } from "./zone.errors.js";
