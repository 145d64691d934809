import { TZDate } from "@date-fns/tz";
import { addDays, getISODay } from "date-fns";
import { BUSINESS_TIME_ZONE } from "../../shared/clock.js";
import { inParis } from "../../shared/paris-time.js";

/** Pure schedule arithmetic over service-hours rows, in Europe/Paris wall-clock time. */

export interface Span {
  isoWeekday: number;
  /** `HH:MM` or `HH:MM:SS`; `24:00` closes at midnight. */
  opens: string;
  closes: string;
  providedBy: string | null;
}

interface Occurrence {
  start: Date;
  end: Date;
  providedBy: string | null;
}

function at(day: TZDate, hhmm: string): Date {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  if (h === 24) return new Date(addDays(new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), BUSINESS_TIME_ZONE), 1).getTime());
  return new Date(new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), h, m, BUSINESS_TIME_ZONE).getTime());
}

/** The opening spans that occur from the Paris day of `from` (offset 0) to `days` later, in time order. */
function occurrences(spans: Span[], from: Date, days: number): Occurrence[] {
  const today = inParis(from);
  const result: Occurrence[] = [];
  for (let offset = -1; offset <= days; offset++) {
    const day = addDays(today, offset);
    const weekday = getISODay(day);
    for (const span of spans.filter((s) => s.isoWeekday === weekday)) {
      result.push({ start: at(day, span.opens), end: at(day, span.closes), providedBy: span.providedBy });
    }
  }
  return result.sort((a, b) => a.start.getTime() - b.start.getTime());
}

export interface Availability {
  openNow: boolean;
  /** When the current opening ends; null when closed, or when the service never closes. */
  closesAt: Date | null;
  /** The next opening after `instant` when closed now; null when open or when the service has no hours. */
  nextOpensAt: Date | null;
  /** Who provides the service now (open) or at the next opening (closed); null for Parnasse itself. */
  providedBy: string | null;
}

export function availabilityAt(spans: Span[], instant: Date): Availability {
  const list = occurrences(spans, instant, 8);
  const current = list.find((o) => o.start <= instant && instant < o.end);
  if (current) {
    // Contiguous spans (24/7, or 00:00 after 24:00) form one opening.
    let end = current.end;
    for (const next of list) if (next.start.getTime() === end.getTime()) end = next.end;
    const neverCloses = end.getTime() - instant.getTime() >= 7 * 24 * 3600 * 1000;
    return { openNow: true, closesAt: neverCloses ? null : end, nextOpensAt: null, providedBy: current.providedBy };
  }
  const next = list.find((o) => o.start > instant);
  return { openNow: false, closesAt: null, nextOpensAt: next?.start ?? null, providedBy: next?.providedBy ?? null };
}

/** True when [start, end) lies inside one opening of the service (e.g. INT-2: Mon–Sat 09:00–19:00). */
export function isWithinHours(spans: Span[], start: Date, end: Date): boolean {
  if (end <= start) return false;
  return occurrences(spans, start, 1).some((o) => o.start <= start && end <= o.end);
}
