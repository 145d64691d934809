export { createDeviceLoaders, type DeviceLoaders } from "./devices.loaders.js";
export { devicesResolvers } from "./devices.resolver.js";
export { devicesPermissions } from "./devices.permissions.js";
export { devicesReads } from "./devices.reads.js";
export { Device, VipLine } from "./devices.types.js";
