export { createEquipmentLoaders, type EquipmentLoaders } from "./equipment.loaders.js";
export { equipmentResolvers } from "./equipment.resolver.js";
export { equipmentPermissions } from "./equipment.permissions.js";
export { equipmentService } from "./equipment.service.js";
export { EquipmentPurchase } from "./equipment.types.js";
export type { EquipmentPurchaseRow } from "./equipment.repository.js";
