import { addParisDays, addParisMonths } from "../../shared/paris-time.js";

/**
 * GDP-1 deadlines (GDPR art. 12(3)): the answer is due one month after receipt; the controller may
 * extend it once, by two further months, telling the member why before the first month ends.
 * Months are Paris calendar months (31 January + 1 month = 28/29 February, same wall-clock time).
 */
export const DEADLINE = { months: 1, extendedMonths: 3 } as const;

export function dueAtOf(receivedAt: Date): Date {
  return addParisMonths(receivedAt, DEADLINE.months);
}

export function extendedDueAtOf(receivedAt: Date): Date {
  return addParisMonths(receivedAt, DEADLINE.extendedMonths);
}

/** A request received by post or email is recorded with its date of receipt: not in the future, at most a year back. */
export const RECEIPT_LIMITS = { maxAgeDays: 365 } as const;

/** "Due soon": still open and due within this many days (default and maximum of the list's window). */
export const DUE_SOON = { defaultDays: 7, maxDays: 31 } as const;

export function dueSoonUntil(now: Date, withinDays: number): Date {
  return addParisDays(now, withinDays);
}

/** Texts: what the member asks, the answer, the reasons of an extension, a rejection or a lift. */
export const TEXT_LIMITS = { details: 2000, answer: 4000, reason: 1000, proofReference: 100 } as const;

/**
 * An identity proof is recorded as a fact with a short reference (a mail reference, the last
 * digits of the document's number); never the document itself. A reference that looks like a
 * document (a data URL, a long base64 run) is refused.
 */
export function looksLikeADocument(reference: string): boolean {
  return /^data:/i.test(reference) || /[A-Za-z0-9+/=]{60,}/.test(reference);
}

export const LIMITED_KINDS = ["OBJECTION", "RESTRICTION"] as const;
export const isLimitKind = (kind: string): kind is (typeof LIMITED_KINDS)[number] => (LIMITED_KINDS as readonly string[]).includes(kind);
