export { salonResolvers } from "./salon.resolver.js";
export { salonPermissions } from "./salon.permissions.js";
export { salonAppointmentsService } from "./salon.appointments.service.js";
export { circleEventsService } from "./salon.events.service.js";
export { createSalonLoaders, type SalonLoaders } from "./salon.loaders.js";
