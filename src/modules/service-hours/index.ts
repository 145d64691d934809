export { ServiceHoursResolver } from "./service-hours.resolver.js";
export { serviceHoursPermissions } from "./service-hours.permissions.js";
export { serviceHoursService } from "./service-hours.service.js";
export { availabilityAt, isWithinHours, type Span } from "./service-hours.schedule.js";
export { SERVICE_KEYS, type ServiceKeyValue } from "./service-hours.types.js";
export { ServiceAvailability } from "./service-hours.types.js";
