export { TariffBook, tariffOn, type TariffCode, type TariffRow } from "./tariffs.rules.js";
