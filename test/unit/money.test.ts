import { describe, expect, it } from "vitest";
import { divideRoundHalfUp, formatEuros, htFromTtc, lateSurchargePerPeriod, prorata, splitTtc } from "../../src/shared/money.js";

describe("money (integer cents, TTC the reference)", () => {
  it("BIL-1: HT is TTC / 1.2 rounded to the cent, as the Annexe 1 table gives it", () => {
    expect(htFromTtc(5_500)).toBe(4_583); // 55.00 TTC → 45.83 HT
    expect(htFromTtc(9_000)).toBe(7_500); // 90.00 → 75.00
    expect(htFromTtc(10_000)).toBe(8_333); // 100.00 → 83.33
    expect(htFromTtc(1_200)).toBe(1_000); // 12.00 → 10.00
    expect(htFromTtc(10_500)).toBe(8_750); // 105.00 → 87.50
  });

  it("BIL-1: VAT is TTC − HT, so HT + VAT = TTC on every amount", () => {
    expect(splitTtc(5_500)).toEqual({ ttcCents: 5_500, htCents: 4_583, vatCents: 917 });
    for (let ttc = 0; ttc < 5_000; ttc += 7) {
      const { htCents, vatCents } = splitTtc(ttc);
      expect(htCents + vatCents).toBe(ttc);
      expect(Number.isInteger(htCents)).toBe(true);
    }
  });

  it("BIL-1: half cents round up (1 cent TTC → 1 cent HT: 0.8333 rounds to 1; 3 cents → 2.5 → 3)", () => {
    expect(htFromTtc(1)).toBe(1);
    expect(htFromTtc(3)).toBe(3);
    expect(divideRoundHalfUp(5n, 2n)).toBe(3);
    expect(divideRoundHalfUp(4n, 3n)).toBe(1);
  });

  it("BIL-2: the first month is prorated by day (examples)", () => {
    // Option from 16 November (30-day month): 15 days of 90.00 = 45.00.
    expect(prorata(9_000, 15, 30)).toBe(4_500);
    // From 10 February 2027 (28 days): 19 days of 90.00 = 61.0714… → 61.07.
    expect(prorata(9_000, 19, 28)).toBe(6_107);
    // Pack 5 from 31 January: 1 day of 55.00 / 31 = 1.774… → 1.77.
    expect(prorata(5_500, 1, 31)).toBe(177);
    // A full month is the monthly price.
    expect(prorata(10_000, 31, 31)).toBe(10_000);
  });

  it("BIL-2: prorata refuses impossible day counts instead of billing them", () => {
    expect(() => prorata(9_000, 32, 31)).toThrow(RangeError);
    expect(() => prorata(9_000, 1, 27)).toThrow(RangeError);
    expect(() => prorata(90.5, 1, 30)).toThrow(RangeError);
  });

  it("BIL-8: surcharge per 15-day period = unpaid × 3 × legal rate × 15/365, rounded to the cent", () => {
    // 90.00 unpaid at 2.76 %: 9000 × 3 × 0.0276 × 15 / 365 = 30.62… cents → 31.
    expect(lateSurchargePerPeriod(9_000, 276)).toBe(31);
    // 1 000.00 at 3.71 %: 100000 × 3 × 0.0371 × 15/365 = 457.397… → 457.
    expect(lateSurchargePerPeriod(100_000, 371)).toBe(457);
    expect(lateSurchargePerPeriod(0, 371)).toBe(0);
  });

  it("formats euros from cents without floats", () => {
    expect(formatEuros(123_456)).toBe("1\u202f234,56\u00a0€");
    expect(formatEuros(123_456, "en")).toBe("€1,234.56");
    expect(formatEuros(-5)).toBe("-0,05\u00a0€");
  });
});
