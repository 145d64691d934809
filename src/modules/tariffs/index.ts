export { TariffBook, earliestEffectiveOn, tariffOn, type TariffCode, type TariffRow } from "./tariffs.rules.js";
export { createTariffLoaders, type TariffLoaders } from "./tariffs.loaders.js";
export { tariffsService } from "./tariffs.service.js";
export { tariffsResolvers } from "./tariffs.resolver.js";
export { tariffsPermissions } from "./tariffs.permissions.js";
export { Tariff, TariffCode as TariffCodeEnum } from "./tariffs.types.js";
