import { splitTtc } from "../../shared/money.js";
import type { TariffRow } from "./tariffs.rules.js";
import { Tariff } from "./tariffs.types.js";

export function toTariff(row: TariffRow): Tariff {
  return Object.assign(new Tariff(), {
    rawId: row.id,
    code: row.code,
    price: splitTtc(row.ttcCents),
    effectiveOn: row.effectiveOn,
    announcedAt: row.announcedAt,
  });
}
