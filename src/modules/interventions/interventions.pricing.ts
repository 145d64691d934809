import getJoursFeries from "@socialgouv/jours-feries";
import { getISODay } from "date-fns";
import type { InterventionChargeLine } from "../../../db/schema/interventions.js";
import { addCalendarMonths, inParis, parisDate, parisMidnight } from "../../shared/paris-time.js";
import type { TariffCode } from "../tariffs/index.js";
import { splitTtc } from "../../shared/money.js";

/**
 * Pure pricing and calendar rules of home interventions (INT-3, INT-7, SPEC § 10 Annexe 1).
 * The allowance and device rules live here; the rates are dated data in the tariff table
 * (BIL-10, src/modules/tariffs), read for the order date and passed in as `InterventionRates`.
 */
export const INTERVENTION_TARIFF = {
  /** INT-3: free physical interventions per contract year, all kinds together. */
  freePerContractYear: 15,
  /** INT-7: more personal devices than this in one coach visit makes the coach's time billable. */
  coachPersonalDevicesIncluded: 3,
} as const;

/**
 * The Annexe 1 intervention rates in force on one date, TTC cents. Travel is per trip (technician
 * and coach alike: Annexe 1 says "per trip", whoever makes it). The coach rate is per started hour;
 * Annexe 1 gives only a business-hours coach rate, applied on Saturdays and public holidays too
 * (no surcharge is written in the contract).
 */
export interface InterventionRates {
  travelCents: number;
  technician: {
    /** Mon–Fri 09:00–19:00 except French public holidays. */
    business: { firstHourCents: number; extraHalfHourCents: number };
    /** Saturdays and public holidays (the only other days INT-2 allows). */
    outside: { firstHourCents: number; extraHalfHourCents: number };
  };
  coachHourCents: number;
}

/** The rates from the tariff codes of § 10 (`priceOf` reads the tariff table for one date). */
export function interventionRates(priceOf: (code: InterventionTariffCode) => number): InterventionRates {
  return {
    travelCents: priceOf("TRAVEL"),
    technician: {
      business: { firstHourCents: priceOf("TECHNICIAN_FIRST_HOUR"), extraHalfHourCents: priceOf("TECHNICIAN_EXTRA_HALF_HOUR") },
      outside: { firstHourCents: priceOf("TECHNICIAN_OOH_FIRST_HOUR"), extraHalfHourCents: priceOf("TECHNICIAN_OOH_EXTRA_HALF_HOUR") },
    },
    coachHourCents: priceOf("COACH_HOUR"),
  };
}

export const INTERVENTION_TARIFF_CODES = [
  "TRAVEL",
  "TECHNICIAN_FIRST_HOUR",
  "TECHNICIAN_EXTRA_HALF_HOUR",
  "TECHNICIAN_OOH_FIRST_HOUR",
  "TECHNICIAN_OOH_EXTRA_HALF_HOUR",
  "COACH_HOUR",
] as const satisfies readonly TariffCode[];
export type InterventionTariffCode = (typeof INTERVENTION_TARIFF_CODES)[number];

export const BUSINESS_HOURS = { opens: 9 * 60, closes: 19 * 60 } as const;

export type InterventionKindValue = "TECHNICIAN" | "COACH_VISIT";
export type BillingReason = "BEYOND_ALLOWANCE" | "COACH_PERSONAL_DEVICES";

// --- French public holidays (HOUSE-STYLE: from a maintained library, not a hand-written list) ---

const holidayCache = new Map<number, Set<string>>();

/**
 * Metropolitan French public holidays of a year as `YYYY-MM-DD`. The library builds local-midnight
 * Dates, so the calendar date is read with the local getters (DST-safe: its only arithmetic is
 * Easter + days, which stays within March–June).
 */
export function frenchPublicHolidays(year: number): Set<string> {
  let days = holidayCache.get(year);
  if (!days) {
    days = new Set(Object.values(getJoursFeries(year)).map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`));
    holidayCache.set(year, days);
  }
  return days;
}

export function isFrenchPublicHoliday(instant: Date): boolean {
  const date = parisDate(instant);
  return frenchPublicHolidays(Number(date.slice(0, 4))).has(date);
}

/**
 * SPEC § 10 interpretation: business hours are Mon–Fri 09:00–19:00, Paris time, except French
 * public holidays. A slot is "in business hours" when it lies wholly inside them.
 */
export function isInBusinessHours(start: Date, end: Date): boolean {
  // A slot ending on another Paris day ends after 19:00 anyway.
  if (end <= start || parisDate(start) !== parisDate(end)) return false;
  if (getISODay(inParis(start)) > 5 || isFrenchPublicHoliday(start)) return false;
  return minutesOfDay(start) >= BUSINESS_HOURS.opens && minutesOfDay(end, "up") <= BUSINESS_HOURS.closes;
}

/** Minutes since Paris midnight; `up` rounds a partial minute up. */
function minutesOfDay(instant: Date, round: "down" | "up" = "down"): number {
  const t = inParis(instant);
  const partial = t.getSeconds() > 0 || t.getMilliseconds() > 0;
  return t.getHours() * 60 + t.getMinutes() + (round === "up" && partial ? 1 : 0);
}

// --- INT-3: the contract year ---

export interface ContractYear {
  start: Date;
  end: Date;
}

/**
 * INT-3 interpretation: the option's anniversary year. Year k runs from Paris midnight of the
 * acceptance date + 12k months to the next anniversary (29 February anniversaries fall on 28 February).
 */
export function contractYearOf(acceptedAt: Date, instant: Date): ContractYear {
  const first = parisDate(acceptedAt);
  const target = parisDate(instant);
  let k = Math.max(0, Number(target.slice(0, 4)) - Number(first.slice(0, 4)) - 1);
  while (addCalendarMonths(first, 12 * (k + 1)) <= target) k++;
  while (k > 0 && addCalendarMonths(first, 12 * k) > target) k--;
  return { start: parisMidnight(addCalendarMonths(first, 12 * k)), end: parisMidnight(addCalendarMonths(first, 12 * (k + 1))) };
}

// --- Annexe 1 ---

export interface Slot {
  kind: InterventionKindValue;
  start: Date;
  durationMinutes: number;
  /** INT-7: personal devices in a coach visit (ignored for technicians). */
  personalDeviceCount: number;
}

export interface Quote {
  billingReason: BillingReason | null;
  inBusinessHours: boolean;
  lines: InterventionChargeLine[];
  totalCents: number;
  totalHtCents: number;
  vatCents: number;
}

const line = (code: InterventionChargeLine["code"], quantity: number, unitCents: number): InterventionChargeLine => ({
  code,
  quantity,
  unitCents,
  totalCents: quantity * unitCents,
});

/** Technician: the first hour is indivisible, then each started half-hour. */
export function technicianTimeLines(durationMinutes: number, inBusinessHours: boolean, rates: InterventionRates): InterventionChargeLine[] {
  const rate = inBusinessHours ? rates.technician.business : rates.technician.outside;
  const extraHalfHours = Math.max(0, Math.ceil((durationMinutes - 60) / 30));
  const lines = [line("TECHNICIAN_FIRST_HOUR", 1, rate.firstHourCents)];
  if (extraHalfHours > 0) lines.push(line("TECHNICIAN_EXTRA_HALF_HOUR", extraHalfHours, rate.extraHalfHourCents));
  return lines;
}

/** Coach: each started hour. */
export function coachTimeLines(durationMinutes: number, rates: InterventionRates): InterventionChargeLine[] {
  return [line("COACH_HOUR", Math.ceil(durationMinutes / 60), rates.coachHourCents)];
}

/**
 * The price of one intervention, given how many included interventions (allowance slots held)
 * its contract year already has, and the rates in force on the order date.
 * INT-3: from the 16th on, travel + time. INT-7: within the 15, a coach visit with more than
 * 3 personal devices bills the coach's time only (the trip is one of the free 15).
 */
export function quoteIntervention(slot: Slot, usedInContractYear: number, rates: InterventionRates): Quote {
  const end = new Date(slot.start.getTime() + slot.durationMinutes * 60_000);
  const inBusinessHours = isInBusinessHours(slot.start, end);
  let billingReason: BillingReason | null = null;
  let lines: InterventionChargeLine[] = [];
  const time = () => (slot.kind === "TECHNICIAN" ? technicianTimeLines(slot.durationMinutes, inBusinessHours, rates) : coachTimeLines(slot.durationMinutes, rates));
  if (usedInContractYear >= INTERVENTION_TARIFF.freePerContractYear) {
    billingReason = "BEYOND_ALLOWANCE";
    lines = [line("TRAVEL", 1, rates.travelCents), ...time()];
  } else if (slot.kind === "COACH_VISIT" && slot.personalDeviceCount > INTERVENTION_TARIFF.coachPersonalDevicesIncluded) {
    billingReason = "COACH_PERSONAL_DEVICES";
    lines = time();
  }
  const totalCents = lines.reduce((sum, l) => sum + l.totalCents, 0);
  const { htCents, vatCents } = splitTtc(totalCents);
  return { billingReason, inBusinessHours, lines, totalCents, totalHtCents: htCents, vatCents };
}

/**
 * INT-3: the allowance slot a new included intervention takes: the lowest of 1..15 not held in its
 * contract year; null when all 15 are held (the intervention is then billable, BEYOND_ALLOWANCE).
 */
export function firstFreeAllowanceSlot(taken: readonly number[]): number | null {
  const held = new Set(taken);
  for (let slot = 1; slot <= INTERVENTION_TARIFF.freePerContractYear; slot++) if (!held.has(slot)) return slot;
  return null;
}

/**
 * INT-3: the price of an intervention booked beyond the 15 once it takes a slot freed by a
 * cancellation: what `quoteIntervention` gives within the 15 at the rates it was booked with —
 * nothing, or for a coach visit with more than 3 personal devices (INT-7) the coach's time alone
 * (its booked time lines, without the trip).
 */
export function includedPriceOf(booked: { kind: InterventionKindValue; personalDeviceCount: number; chargeLines: InterventionChargeLine[] }): {
  billingReason: BillingReason | null;
  lines: InterventionChargeLine[];
  totalCents: number;
} {
  if (booked.kind === "COACH_VISIT" && booked.personalDeviceCount > INTERVENTION_TARIFF.coachPersonalDevicesIncluded) {
    const lines = booked.chargeLines.filter((l) => l.code !== "TRAVEL");
    return { billingReason: "COACH_PERSONAL_DEVICES", lines, totalCents: lines.reduce((sum, l) => sum + l.totalCents, 0) };
  }
  return { billingReason: null, lines: [], totalCents: 0 };
}

/** "1 234,56 €" for messages. */
export function formatEuros(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, "0");
  return `${String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${rest} €`;
}
