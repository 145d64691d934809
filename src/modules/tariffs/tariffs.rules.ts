import type { TARIFF_CODES, tariffs } from "../../../db/schema/index.js";

export type TariffCode = (typeof TARIFF_CODES)[number];
export type TariffRow = typeof tariffs.$inferSelect;

/**
 * BIL-10: the tariff of `code` in force on a Paris calendar date: the row with the latest
 * `effective_on` not after `date`. Never a price before its effective date. Rows may be in any order.
 */
export function tariffOn(rows: readonly TariffRow[], code: TariffCode, date: string): TariffRow | null {
  let best: TariffRow | null = null;
  for (const row of rows) {
    if (row.code !== code || row.effectiveOn > date) continue;
    if (!best || row.effectiveOn > best.effectiveOn) best = row;
  }
  return best;
}

/** A tariff table loaded once (one query) and looked up in memory, e.g. for a whole invoice run. */
export class TariffBook {
  private readonly byCode = new Map<TariffCode, TariffRow[]>();

  constructor(rows: readonly TariffRow[]) {
    for (const row of rows) {
      const list = this.byCode.get(row.code) ?? [];
      list.push(row);
      this.byCode.set(row.code, list);
    }
    for (const list of this.byCode.values()) list.sort((a, b) => (a.effectiveOn < b.effectiveOn ? 1 : -1));
  }

  /** The row in force on `date`, or null when no price was in force yet. */
  on(code: TariffCode, date: string): TariffRow | null {
    return this.byCode.get(code)?.find((row) => row.effectiveOn <= date) ?? null;
  }
}
