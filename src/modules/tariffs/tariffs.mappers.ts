import { splitTtc } from "../../shared/money.js";
import type { TariffRow } from "./tariffs.rules.js";
import { Tariff } from "./tariffs.types.js";

export function toTariff(row: TariffRow): Tariff {
  const { ttcCents, htCents, vatCents } = splitTtc(row.ttcCents);
  return Object.assign(new Tariff(), {
    rawId: row.id,
    code: row.code,
    ttcCents,
    htCents,
    vatCents,
    effectiveOn: row.effectiveOn,
    announcedAt: row.announcedAt,
  });
}
