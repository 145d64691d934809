import type { ModuleDescriptor } from "../../shared/module.js";
import { serviceHoursPermissions } from "./service-hours.permissions.js";
import { ServiceHoursResolver } from "./service-hours.resolver.js";

export const serviceHoursModule: ModuleDescriptor = {
  name: "service-hours",
  resolvers: [ServiceHoursResolver],
  permissions: serviceHoursPermissions,
};

export { serviceHoursService } from "./service-hours.service.js";
export { availabilityAt, isWithinHours, type Span } from "./service-hours.schedule.js";
export { ServiceAvailability } from "./service-hours.types.js";
