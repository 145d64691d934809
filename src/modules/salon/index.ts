import type { ModuleDescriptor } from "../../shared/module.js";
import { salonAppointmentsService } from "./salon.appointments.service.js";
import { circleEventsService } from "./salon.events.service.js";
import { createSalonLoaders } from "./salon.loaders.js";
import { salonPermissions } from "./salon.permissions.js";
import { salonResolvers } from "./salon.resolver.js";

export const salonModule: ModuleDescriptor = {
  name: "salon",
  resolvers: salonResolvers,
  permissions: salonPermissions,
  loaders: (db) => ({ salon: createSalonLoaders(db) }),
  nodeTypes: {
    SalonAppointment: (ctx, id) => salonAppointmentsService.node(ctx, id),
    CircleEvent: (ctx, id) => circleEventsService.eventNode(ctx, id),
    CircleEventRegistration: (ctx, id) => circleEventsService.registrationNode(ctx, id),
  },
};
