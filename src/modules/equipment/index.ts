import type { ModuleDescriptor } from "../../shared/module.js";
import { createEquipmentLoaders } from "./equipment.loaders.js";
import { equipmentPermissions } from "./equipment.permissions.js";
import { equipmentResolvers } from "./equipment.resolver.js";
import { equipmentService } from "./equipment.service.js";

export const equipmentModule: ModuleDescriptor = {
  name: "equipment",
  resolvers: equipmentResolvers,
  permissions: equipmentPermissions,
  loaders: (db) => ({ equipment: createEquipmentLoaders(db) }),
  nodeTypes: { EquipmentPurchase: (ctx, id) => equipmentService.node(ctx, id) },
};

export { EquipmentPurchase } from "./equipment.types.js";
