import type { ModuleDescriptor } from "../../shared/module.js";
import { createDeviceLoaders } from "./devices.loaders.js";
import { devicesPermissions } from "./devices.permissions.js";
import { devicesReads } from "./devices.reads.js";
import { devicesResolvers } from "./devices.resolver.js";

export const devicesModule: ModuleDescriptor = {
  name: "devices",
  resolvers: devicesResolvers,
  permissions: devicesPermissions,
  loaders: (db) => ({ devices: createDeviceLoaders(db) }),
  nodeTypes: {
    Device: (ctx, id) => devicesReads.deviceNode(ctx, id),
    VipLine: (ctx, id) => devicesReads.vipLineNode(ctx, id),
  },
};

export { Device, VipLine } from "./devices.types.js";
