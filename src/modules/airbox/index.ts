export { createAirboxLoaders, type AirboxLoaders } from "./airbox.loaders.js";
export { airboxResolvers } from "./airbox.resolver.js";
export { airboxPermissions } from "./airbox.permissions.js";
export { airboxReads, AIRBOX_NODE_TYPES } from "./airbox.reads.js";
export { AIRBOX_OFFER } from "./airbox.rules.js";
export { Airbox, AirboxIncident, AirboxRepair } from "./airbox.types.js";
