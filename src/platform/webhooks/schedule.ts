/**
 * When the next attempt of a failed delivery happens. The Standard Webhooks schedule: an attempt at
 * once, then retries 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h after each failure
 * (10 attempts over about 75 h), each delay ±10 % so that a receiver coming back is not hit by every
 * queued delivery at the same second. After the 10th failed attempt the delivery is FAILED.
 */
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const RETRY_DELAYS_MS: readonly number[] = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 14 * HOUR, 20 * HOUR, 24 * HOUR];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
export const JITTER = 0.1;
/** A Retry-After longer than this is capped: the receiver still gets its retries within the schedule's span. */
export const RETRY_AFTER_CAP_MS = 24 * HOUR;

/**
 * The delay before the attempt after `attempt` (1-based) failed, or null when it was the last.
 * `random` in [0, 1): 0.5 gives the exact schedule.
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number | null {
  if (attempt >= MAX_ATTEMPTS) return null;
  const base = RETRY_DELAYS_MS[Math.max(attempt, 1) - 1]!;
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}

/**
 * A `Retry-After` header (RFC 9110: delay-seconds or an HTTP date), as a delay in milliseconds,
 * capped; null when absent or unreadable (the schedule applies). A date in the past is "now".
 */
export function retryAfterDelay(header: string | undefined, wallNow: number): number | null {
  if (!header) return null;
  const value = header.trim();
  let delay: number;
  if (/^\d+$/.test(value)) delay = Number(value) * SECOND;
  else {
    const at = Date.parse(value);
    if (Number.isNaN(at)) return null;
    delay = at - wallNow;
  }
  return Math.min(Math.max(delay, 0), RETRY_AFTER_CAP_MS);
}
