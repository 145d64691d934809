import type { ModuleDescriptor } from "../../shared/module.js";
import { eventsPermissions } from "./events.permissions.js";
import { eventsResolvers } from "./events.resolver.js";

/** Issue 13: the event feed (`events`), read from the transactional outbox in src/platform/events. */
export const eventsModule: ModuleDescriptor = {
  name: "events",
  resolvers: eventsResolvers,
  permissions: eventsPermissions,
};

export { Event } from "./events.types.js";
