import type { Amounts } from "./amounts.js";

/**
 * Money is integer euro cents everywhere (SPEC § 10). The TTC price is the reference; HT and VAT
 * are derived from it. Every division here is done on integers and rounded half up (to the
 * nearest cent, a half cent going up), so no amount ever passes through a float.
 *
 *   HT  = round(TTC × 5 / 6)           (TTC / 1.2)   55.00 TTC → 45.83 HT, 90.00 → 75.00, 100.00 → 83.33
 *   VAT = TTC − HT                      so HT + VAT = TTC exactly, on every line and every total
 *   prorata = round(monthly × days / daysInMonth)
 *   late surcharge per period = round(unpaid × 3 × rateBp × 15 / (10 000 × 365))
 */

/** round(numerator / denominator), half up, for non-negative integers (BigInt: no overflow). */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): number {
  if (denominator <= 0n || numerator < 0n) throw new RangeError("divideRoundHalfUp expects a non-negative numerator and a positive denominator");
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

function assertCents(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer number of cents, got ${value}`);
}

/** HT of a TTC amount, VAT 20 %. */
export function htFromTtc(ttcCents: number): number {
  assertCents(ttcCents, "ttcCents");
  return divideRoundHalfUp(BigInt(ttcCents) * 5n, 6n);
}

/** The API's money shape for a TTC amount: HT + VAT = TTC exactly. */
export function splitTtc(ttcCents: number): Amounts {
  const htCents = htFromTtc(ttcCents);
  return { ttcCents, htCents, vatCents: ttcCents - htCents };
}

/** BIL-2: the share of a monthly price for `days` days of a month of `daysInMonth` days. */
export function prorata(monthlyTtcCents: number, days: number, daysInMonth: number): number {
  assertCents(monthlyTtcCents, "monthlyTtcCents");
  if (!Number.isInteger(days) || !Number.isInteger(daysInMonth) || daysInMonth < 28 || daysInMonth > 31 || days < 0 || days > daysInMonth) {
    throw new RangeError(`prorata expects 0 <= days <= daysInMonth in 28..31, got ${days}/${daysInMonth}`);
  }
  return divideRoundHalfUp(BigInt(monthlyTtcCents) * BigInt(days), BigInt(daysInMonth));
}

/** BIL-8: surcharge for one indivisible 15-day period at 3 × the legal rate (basis points, per year). */
export function lateSurchargePerPeriod(unpaidTtcCents: number, legalRateBp: number): number {
  assertCents(unpaidTtcCents, "unpaidTtcCents");
  if (!Number.isInteger(legalRateBp) || legalRateBp < 0) throw new RangeError(`legalRateBp must be a non-negative integer, got ${legalRateBp}`);
  return divideRoundHalfUp(BigInt(unpaidTtcCents) * 3n * BigInt(legalRateBp) * 15n, 10_000n * 365n);
}

/** BIL-8: flat recovery fee per invoice paid late (« indemnité forfaitaire pour frais de recouvrement »). */
export const RECOVERY_FEE_CENTS = 4_000;

/** "1 234,56 €" (fr) or "€1,234.56" (en), from integer cents, without going through a float. */
export function formatEuros(cents: number, locale: "fr" | "en" = "fr"): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`cents must be an integer, got ${cents}`);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const euros = Math.trunc(abs / 100).toString();
  const rest = (abs % 100).toString().padStart(2, "0");
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, locale === "fr" ? "\u202f" : ",");
  return locale === "fr" ? `${sign}${grouped},${rest}\u00a0€` : `${sign}€${grouped}.${rest}`;
}
