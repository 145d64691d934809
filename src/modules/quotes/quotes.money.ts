import type { Amounts } from "../../shared/amounts.js";
import { splitTtc } from "../../shared/money.js";

/**
 * QUO-2 and § 10: TTC is the reference price, HT and VAT come from `splitTtc` (src/shared/money.ts,
 * integer arithmetic; the same formula is a CHECK constraint of `quotes` and `quote_lines`).
 *
 * Rounding choice: each line gets its own HT and VAT from its own TTC, and the quote's totals are
 * computed the same way from the total TTC (not summed from the lines). The TTC totals always
 * add up; the HT total may differ from the sum of the lines' HT by a few cents (at most one per
 * line), which is what « TTC is the reference » means (3 lines of 0.02 TTC: each 0.02 HT, total
 * 0.06 TTC = 0.05 HT + 0.01 VAT).
 */
export interface LineInput {
  label: string;
  quantity: number;
  unitTtcCents: number;
}

export interface PricedLine extends LineInput, Amounts {
  position: number;
}

export function priceLines(lines: readonly LineInput[]): { lines: PricedLine[]; totals: Amounts } {
  const priced = lines.map((l, i) => ({ ...l, position: i + 1, ...splitTtc(l.quantity * l.unitTtcCents) }));
  return { lines: priced, totals: splitTtc(priced.reduce((sum, l) => sum + l.ttcCents, 0)) };
}
