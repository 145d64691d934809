import { addDays, addYears, differenceInYears, format, isValid, parseISO, startOfISOWeek } from "date-fns";

/** Calendar arithmetic in Europe/Paris, through date-fns: no hand-written offsets. Pure functions. */

export { parisDate } from "../../shared/paris-time.js";

/** `YYYY-MM-DD` plus (or minus) whole days. */
export function addCalendarDays(date: string, days: number): string {
  return format(addDays(parseISO(date), days), "yyyy-MM-dd");
}

/** Monday of the ISO week that contains a calendar date. */
export function isoWeekStart(date: string): string {
  return format(startOfISOWeek(parseISO(date)), "yyyy-MM-dd");
}

export function isCalendarDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && isValid(parseISO(date));
}

/** Age in whole years on `today` (both calendar dates). */
export function ageOn(birthDate: string, today: string): number {
  return differenceInYears(parseISO(today), parseISO(birthDate));
}

/** MEM-1: 18 or older on `today`. Someone born on 29 February comes of age on 28 February. */
export function isAdultOn(birthDate: string, today: string): boolean {
  return format(addYears(parseISO(birthDate), 18), "yyyy-MM-dd") <= today;
}
