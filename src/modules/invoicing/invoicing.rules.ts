import { addDays, format } from "date-fns";
import { prorata } from "../../shared/money.js";
import { addCalendarMonths, parisDate, parisMidnight } from "../../shared/paris-time.js";

/**
 * The invoice run's period semantics (BIL-1, BIL-2, BIL-10), in one place.
 *
 * - The run for month M (`YYYY-MM`) may start once M has started (Paris date); it bills monthly items
 *   for the whole of M in advance (every started month is due, BIL-2), plus the one-off items
 *   (billable interventions, equipment) dated up to the last day of M and not billed yet.
 * - Monthly items also catch up the CATCH_UP_MONTHS months before M when they were not billed then
 *   (an item that started after the previous run, or a member skipped for BIL-5): the source unique
 *   index (source, first day billed) keeps every month billed at most once.
 * - First month prorated by day (BIL-2): from the item's Paris start date to the month's end, over
 *   the days of the month (src/shared/money.ts prorata, half up). The last month is billed in full.
 * - BIL-10: the price of a monthly line is the tariff in force on the FIRST DAY BILLED of that month
 *   (TariffBook.on). A change effective mid-month applies from the next month: the new price is never
 *   used before its effective date. Interventions are priced with the tariffs in force on their date.
 */
export const RUN_SETTINGS = {
  /** Months before M that a monthly item may still be billed for when it was missed. */
  catchUpMonths: 1,
  /** Members per transaction: each batch commits whole or not at all (no partial member). */
  batchSize: 1000,
  /** BIL-3: payment due this many days after the issue date. */
  paymentTermDays: 10,
  /** The largest invoice a run issues (10 000 000.00 €): above, the member is reported, not billed. */
  maxInvoiceTtcCents: 1_000_000_000,
} as const;

export interface BillingMonth {
  /** `YYYY-MM` */
  month: string;
  first: string;
  last: string;
  days: number;
  /** Paris midnight of the first day. */
  start: Date;
  /** Paris midnight of the next month's first day (exclusive end). */
  end: Date;
}

/** `YYYY-MM` → the month's dates, or null when malformed (years 1900–2999, as the date scalars). */
export function billingMonth(month: string): BillingMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const m = Number(match[2]);
  if (year < 1900 || year > 2999 || m < 1 || m > 12) return null;
  const first = `${match[1]}-${match[2]}-01`;
  const next = addCalendarMonths(first, 1);
  const last = shiftDate(next, -1);
  return { month, first, last, days: Number(last.slice(8, 10)), start: parisMidnight(first), end: parisMidnight(next) };
}

export function previousMonth(m: BillingMonth, by = 1): BillingMonth {
  return billingMonth(addCalendarMonths(m.first, -by).slice(0, 7))!;
}

/** `YYYY-MM-DD` + days (calendar arithmetic, no time zone involved). */
export function shiftDate(date: string, days: number): string {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  return format(addDays(new Date(Date.UTC(y, mo - 1, d, 12)), days), "yyyy-MM-dd");
}

export interface MonthlyPeriod {
  periodStart: string;
  periodEnd: string;
  days: number;
  prorated: boolean;
}

/**
 * BIL-2: the part of month `m` billed for an item live from `start` until `end` (exclusive; null:
 * open). Null when the item is not live at any time of the month. The first month runs from the
 * Paris start date to the month's end; any later month, including the last, is billed in full.
 */
export function monthlyPeriod(start: Date, end: Date | null, m: BillingMonth): MonthlyPeriod | null {
  if (start >= m.end) return null;
  if (end && (end <= m.start || end <= start)) return null;
  const startDate = parisDate(start);
  const periodStart = startDate > m.first ? startDate : m.first;
  const days = Number(m.last.slice(8, 10)) - Number(periodStart.slice(8, 10)) + 1;
  return { periodStart, periodEnd: m.last, days, prorated: days < m.days };
}

/** BIL-2: the amount of a monthly price for a period (prorata temporis, half up, integer cents). */
export function monthlyAmount(monthlyTtcCents: number, period: MonthlyPeriod, m: BillingMonth): number {
  return period.prorated ? prorata(monthlyTtcCents, period.days, m.days) : monthlyTtcCents;
}

/** BIL-3: issue date (Paris) and due date. */
export function issueDates(now: Date): { issuedOn: string; dueOn: string } {
  const issuedOn = parisDate(now);
  return { issuedOn, dueOn: shiftDate(issuedOn, RUN_SETTINGS.paymentTermDays) };
}

const MONTHS = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
} as const;

export function monthName(first: string, locale: "fr" | "en"): string {
  return `${MONTHS[locale][Number(first.slice(5, 7)) - 1]} ${first.slice(0, 4)}`;
}

/** `2026-11-16` → `16/11/2026` (fr) or `16 Nov 2026`-free ISO for en. */
export function displayDate(date: string, locale: "fr" | "en"): string {
  return locale === "fr" ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : date;
}
