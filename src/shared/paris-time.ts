import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, format, startOfDay } from "date-fns";
import { BUSINESS_TIME_ZONE } from "./clock.js";

/** Business time is Europe/Paris wall-clock time (SPEC). Helpers over date-fns + @date-fns/tz. */

export function inParis(instant: Date): TZDate {
  return new TZDate(instant.getTime(), BUSINESS_TIME_ZONE);
}

/** The Paris calendar date of an instant, `YYYY-MM-DD`. */
export function parisDate(instant: Date): string {
  return format(inParis(instant), "yyyy-MM-dd");
}

/** The same Paris wall-clock time `days` later (DST-safe). */
export function addParisDays(instant: Date, days: number): Date {
  return new Date(addDays(inParis(instant), days).getTime());
}

/** Midnight, Paris time, of a `YYYY-MM-DD` date. */
export function parisMidnight(date: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(startOfDay(new TZDate(y, m - 1, d, BUSINESS_TIME_ZONE)).getTime());
}

/** `YYYY-MM-DD` + whole calendar months (end-of-month clamped: 31 Jan + 1 month = 28/29 Feb). */
export function addCalendarMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return format(addMonths(new Date(Date.UTC(y, m - 1, d, 12)), months), "yyyy-MM-dd");
}

/** The same Paris wall-clock time `months` calendar months later (end-of-month clamped, DST-safe): 31 Jan 10:00 + 1 month = 28/29 Feb 10:00. */
export function addParisMonths(instant: Date, months: number): Date {
  return new Date(addMonths(inParis(instant), months).getTime());
}
