import type { ModuleDescriptor, NodeFetcher } from "../../shared/module.js";
import { createAirboxLoaders } from "./airbox.loaders.js";
import { airboxPermissions } from "./airbox.permissions.js";
import { AIRBOX_NODE_TYPES, airboxReads } from "./airbox.reads.js";
import { airboxResolvers } from "./airbox.resolver.js";

export const airboxModule: ModuleDescriptor = {
  name: "airbox",
  resolvers: airboxResolvers,
  permissions: airboxPermissions,
  loaders: (db) => ({ airbox: createAirboxLoaders(db) }),
  nodeTypes: Object.fromEntries(AIRBOX_NODE_TYPES.map((type): [string, NodeFetcher] => [type, (ctx, id) => airboxReads.node(ctx, type, id)])),
};

export { Airbox, AirboxIncident, AirboxRepair } from "./airbox.types.js";
