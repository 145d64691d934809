import type { ModuleDescriptor } from "../../shared/module.js";
import { createTariffLoaders } from "./tariffs.loaders.js";
import { tariffsPermissions } from "./tariffs.permissions.js";
import { tariffsResolvers } from "./tariffs.resolver.js";

export const tariffsModule: ModuleDescriptor = {
  name: "tariffs",
  resolvers: tariffsResolvers,
  permissions: tariffsPermissions,
  loaders: (db) => ({ tariffs: createTariffLoaders(db) }),
};

export { TariffBook, earliestEffectiveOn, type TariffCode } from "./tariffs.rules.js";
export { tariffsService } from "./tariffs.service.js";
export { Tariff } from "./tariffs.types.js";
