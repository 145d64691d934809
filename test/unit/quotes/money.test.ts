import { describe, expect, it } from "vitest";
import { priceLines } from "../../../src/modules/quotes/index.js";
import { htFromTtc as htOfTtc, splitTtc as amountsOf } from "../../../src/shared/money.js";

describe("quote amounts (QUO-2, § 10)", () => {
  it("QUO-2: HT = TTC / 1.2 rounded to the cent, VAT = TTC − HT (the contract's examples)", () => {
    expect(amountsOf(9_000)).toEqual({ ttcCents: 9_000, htCents: 7_500, vatCents: 1_500 });
    expect(amountsOf(5_500)).toEqual({ ttcCents: 5_500, htCents: 4_583, vatCents: 917 });
    expect(amountsOf(10_000)).toEqual({ ttcCents: 10_000, htCents: 8_333, vatCents: 1_667 });
    expect(amountsOf(10_500)).toEqual({ ttcCents: 10_500, htCents: 8_750, vatCents: 1_750 });
  });

  it("QUO-2: halves round up, with integer arithmetic only (no floating-point drift)", () => {
    expect(htOfTtc(3)).toBe(3); // 2.5 → 3
    expect(htOfTtc(0)).toBe(0);
    for (let ttc = 0; ttc < 20_000; ttc++) {
      const exact = (ttc * 5) / 6;
      const expected = exact - Math.floor(exact) === 0.5 ? Math.ceil(exact) : Math.round(exact);
      expect(htOfTtc(ttc)).toBe(expected);
    }
    expect(() => htOfTtc(-1)).toThrow();
    expect(() => htOfTtc(1.5)).toThrow();
  });

  it("QUO-2: lines are priced one by one; totals come from the total TTC, so HT may differ from the sum of the lines' HT", () => {
    const { lines, totals } = priceLines([
      { label: "a", quantity: 1, unitTtcCents: 2 },
      { label: "b", quantity: 1, unitTtcCents: 2 },
      { label: "c", quantity: 1, unitTtcCents: 2 },
    ]);
    expect(lines.map((l) => [l.position, l.ttcCents, l.htCents, l.vatCents])).toEqual([
      [1, 2, 2, 0],
      [2, 2, 2, 0],
      [3, 2, 2, 0],
    ]);
    expect(totals).toEqual({ ttcCents: 6, htCents: 5, vatCents: 1 });
    expect(priceLines([{ label: "x", quantity: 3, unitTtcCents: 4_500 }]).totals).toEqual({ ttcCents: 13_500, htCents: 11_250, vatCents: 2_250 });
  });
});
