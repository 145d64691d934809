import type { InvoiceRow } from "../invoicing/index.js";
import { RECOVERY_FEE_CENTS, lateSurchargePerPeriod } from "../../shared/money.js";

/**
 * Collections rules in one place (SPEC § 10, BIL-4, BIL-7, BIL-8, BIL-9). Pure functions over
 * integer cents and `YYYY-MM-DD` calendar dates (Paris dates), tested without a database.
 */

/** BIL-8: the surcharge is due per indivisible 15-day period, from the first day late. */
export const LATE_PERIOD_DAYS = 15;
/** BIL-9: a formal notice (then a second one) is left without effect for 8 days before the next step. */
export const DUNNING_WAIT_DAYS = 8;
/** BIL-8 interpretation: the legal rate changes each half-year, on 1 January and 1 July only. */
export const LEGAL_RATE_HALF_YEAR_STARTS = ["01-01", "07-01"] as const;
export const REASON_MAX = 1000;
export const REFERENCE_MAX = 140;

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
};
const fromDayNumber = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** `YYYY-MM-DD` + `days` calendar days. */
export const addDays = (date: string, days: number): string => fromDayNumber(dayNumber(date) + days);
/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

type Amounts = Pick<InvoiceRow, "totalTtcCents" | "paidCents" | "creditedCents" | "contestedCents">;

/** What may still be paid or contested: TTC − paid − credited − contested (the balance due, BIL-7). */
export const openAmount = (row: Amounts): number => Math.max(0, row.totalTtcCents - row.paidCents - row.creditedCents - row.contestedCents);

/** What may still be credited: TTC − credited − contested (a credit note never exceeds the invoice). */
export const creditable = (row: Amounts): number => Math.max(0, row.totalTtcCents - row.creditedCents - row.contestedCents);

/**
 * The payment state of an issued invoice after a change of its amounts: DISPUTED while an amount
 * is contested (BIL-7), PAID once nothing remains (paid + credited cover the TTC), PARTIALLY_PAID
 * after a first payment, ISSUED otherwise.
 */
export function statusAfter(row: Amounts): "ISSUED" | "PARTIALLY_PAID" | "PAID" | "DISPUTED" {
  if (row.contestedCents > 0) return "DISPUTED";
  if (row.totalTtcCents - row.paidCents - row.creditedCents <= 0) return "PAID";
  if (row.paidCents > 0) return "PARTIALLY_PAID";
  return "ISSUED";
}

export interface LateChargeHistory {
  dueOn: string;
  totalTtcCents: number;
  /** Successful payments only, by the date the money was received. */
  payments: { amountCents: number; receivedOn: string }[];
  /** Credit notes against the invoice, by their issue date. */
  credits: { amountCents: number; issuedOn: string }[];
  /** Disputes: a CONFIRMED one never suspended anything (BIL-7: due at once, late charges from the original due date). */
  disputes: { contestedCents: number; openedOn: string; resolvedOn: string | null; status: "OPEN" | "UPHELD" | "CONFIRMED" }[];
  /** Legal interest rates, any order. */
  rates: { effectiveOn: string; rateBp: number }[];
}

export interface LateChargePeriodResult {
  startsOn: string;
  /** The half-year the period starts in, "H1 2026" (1 January–30 June) or "H2 2026". */
  halfYear: string;
  unpaidCents: number;
  /** Null when no rate is recorded for `halfYear`: the period's surcharge is then unknown, never guessed. */
  rateBp: number | null;
  surchargeCents: number | null;
}

export interface LateChargesResult {
  asOf: string;
  daysLate: number;
  periods: number;
  /** False when a counted period starts in a half-year with no recorded legal rate. */
  computable: boolean;
  /** Those half-years ("H1 2026"), in order, once each; empty when computable. */
  missingLegalRates: string[];
  /** Null when not computable: a surcharge is never shown without every rate it needs. */
  surchargeCents: number | null;
  /** 40.00 € once the invoice has a counted period: it needs no rate, so it is known even when the surcharge is not. */
  recoveryFeeCents: number;
  totalCents: number | null;
  /** The legal rate of the last period counted (null when no period is counted, or its rate is missing). */
  rateBp: number | null;
  details: LateChargePeriodResult[];
}

/** BIL-8: the half-year `date` falls in: its first day (the only date a rate takes effect) and its label. */
export function halfYearOf(date: string): { startsOn: string; label: string } {
  const year = date.slice(0, 4);
  const first = Number(date.slice(5, 7)) <= 6;
  return { startsOn: `${year}-${first ? "01-01" : "07-01"}`, label: `${first ? "H1" : "H2"} ${year}` };
}

/**
 * The legal rate in force on `date`: the rate recorded for its half-year (the rate changes each
 * half-year, SPEC BIL-8). Null when that half-year has no rate: an older rate is never carried
 * forward, since it is not the rate in force.
 */
export function legalRateOn(rates: LateChargeHistory["rates"], date: string): number | null {
  const { startsOn } = halfYearOf(date);
  return rates.find((r) => r.effectiveOn === startsOn)?.rateBp ?? null;
}

/**
 * The unpaid TTC at the start of `day` (events dated strictly before it count): TTC − payments
 * received − credit notes issued − amounts contested under a dispute open that day. Contested
 * amounts are suspended (BIL-7) and bear no surcharge while the dispute is open; once CONFIRMED the
 * amount is due at once, so it bears surcharges from its resolution day on (never retroactively).
 */
export function unpaidAtStartOf(history: LateChargeHistory, day: string): number {
  const paid = history.payments.filter((p) => p.receivedOn < day).reduce((s, p) => s + p.amountCents, 0);
  const credited = history.credits.filter((c) => c.issuedOn < day).reduce((s, c) => s + c.amountCents, 0);
  const contested = history.disputes.filter((d) => d.openedOn < day && (d.resolvedOn === null || d.resolvedOn >= day)).reduce((s, d) => s + d.contestedCents, 0);
  return Math.max(0, history.totalTtcCents - paid - credited - contested);
}

/**
 * BIL-8: late charges of one invoice as of `asOf`. Periods of 15 days start the day after the due
 * date (day 1 late); a period counts once started, if something was unpaid on its first day. Each
 * counted period costs lateSurchargePerPeriod(unpaid at its start, legal rate in force at its
 * start); 40.00 € of recovery fee once per invoice with at least one counted period. A counted
 * period whose half-year has no recorded rate makes the surcharge (and the total) not computable:
 * null, with the missing half-years listed.
 */
export function computeLateCharges(history: LateChargeHistory, asOf: string): LateChargesResult {
  const daysLate = Math.max(0, daysBetween(history.dueOn, asOf));
  const started = daysLate === 0 ? 0 : Math.ceil(daysLate / LATE_PERIOD_DAYS);
  const details: LateChargePeriodResult[] = [];
  const missing: string[] = [];
  for (let k = 0; k < started; k++) {
    const startsOn = addDays(history.dueOn, 1 + k * LATE_PERIOD_DAYS);
    const unpaidCents = unpaidAtStartOf(history, startsOn);
    if (unpaidCents === 0) continue;
    const halfYear = halfYearOf(startsOn).label;
    const rateBp = legalRateOn(history.rates, startsOn);
    if (rateBp === null && !missing.includes(halfYear)) missing.push(halfYear);
    details.push({ startsOn, halfYear, unpaidCents, rateBp, surchargeCents: rateBp === null ? null : lateSurchargePerPeriod(unpaidCents, rateBp) });
  }
  const computable = missing.length === 0;
  const surchargeCents = computable ? details.reduce((s, d) => s + d.surchargeCents!, 0) : null;
  const recoveryFeeCents = details.length > 0 ? RECOVERY_FEE_CENTS : 0;
  return {
    asOf,
    daysLate,
    periods: details.length,
    computable,
    missingLegalRates: missing,
    surchargeCents,
    recoveryFeeCents,
    totalCents: surchargeCents === null ? null : surchargeCents + recoveryFeeCents,
    rateBp: details.at(-1)?.rateBp ?? null,
    details,
  };
}

/** BIL-8 interpretation: a legal rate takes effect on 1 January or 1 July. */
export const isHalfYearStart = (date: string): boolean => (LEGAL_RATE_HALF_YEAR_STARTS as readonly string[]).includes(date.slice(5));

/** BIL-9: the next step is allowed once `DUNNING_WAIT_DAYS` calendar days (Paris) have passed since the previous one. */
export const waitOver = (previousOn: string, today: string): boolean => daysBetween(previousOn, today) >= DUNNING_WAIT_DAYS;
