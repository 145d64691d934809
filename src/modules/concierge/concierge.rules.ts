import type { CONCIERGE_STATUSES } from "../../../db/schema/concierge.js";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import type { TariffCode } from "../tariffs/index.js";

export type ConciergeStatus = (typeof CONCIERGE_STATUSES)[number];

/**
 * CON-2 / § 10: the tariff code of « Conciergerie John Paul Privilège » (monthly). The price is
 * dated data in the tariff table (BIL-10, src/modules/tariffs), never a constant here.
 */
export const PRIVILEGE_TARIFF_CODE = "PRIVILEGE" satisfies TariffCode;

/** Who moves a request: the member's side (member, delegate, desk for them) or the concierge partner. */
export type ConciergeSide = "MEMBER_SIDE" | "PARTNER";

/**
 * CON-6: the request lifecycle, as data. Each allowed move names the side that may make it.
 * The member (or delegate, or the desk for them) may cancel only before BOOKED: once booked, the
 * booking is between the member and the provider (CON-3). The partner may reject until BOOKED.
 */
export const CONCIERGE_TRANSITIONS: Readonly<Record<ConciergeStatus, Partial<Record<ConciergeStatus, ConciergeSide>>>> = {
  SUBMITTED: { ACCEPTED: "PARTNER", REJECTED: "PARTNER", CANCELLED: "MEMBER_SIDE" },
  ACCEPTED: { PROPOSED: "PARTNER", REJECTED: "PARTNER", CANCELLED: "MEMBER_SIDE" },
  PROPOSED: { BOOKED: "PARTNER", REJECTED: "PARTNER", CANCELLED: "MEMBER_SIDE" },
  BOOKED: { COMPLETED: "PARTNER" },
  COMPLETED: {},
  CANCELLED: {},
  REJECTED: {},
};

/** The statuses that need a reason (CON-6). */
export const STATUSES_WITH_REASON: readonly ConciergeStatus[] = ["CANCELLED", "REJECTED"];

export function canMove(from: ConciergeStatus, to: ConciergeStatus, side: ConciergeSide): boolean {
  return CONCIERGE_TRANSITIONS[from][to] === side;
}

/** CON-1: the concierge is a service of the Option Intérieur, for active members (checked under the member lock). */
export const CONCIERGE_PREREQUISITES = { active: "MEMBERSHIP_NOT_ACTIVE", optionInForce: "OPTION_NOT_IN_FORCE", notSuspended: "SERVICE_SUSPENDED" } as const;
/** Where a refusal about the member points. */
export const MEMBER_FIELD = ["input", "memberId"];

export const CONTENT_MAX = 2000;
export const REASON_MAX = 500;

/** CON-4: a French number (06…, 01…) or an international one (+…), in E.164; null when invalid. */
export function normaliseCallbackPhone(raw: string): string | null {
  if (raw.length > 40) return null;
  const parsed = parsePhoneNumberFromString(raw.trim(), "FR");
  return parsed?.isValid() ? parsed.number : null;
}

/** Trims a text; null when empty (if required) or longer than `max`. */
export function boundedText(raw: string | null | undefined, max: number, required: boolean): { ok: boolean; value: string | null } {
  const value = raw?.trim() ?? "";
  if ((required && value.length === 0) || value.length > max) return { ok: false, value: null };
  return { ok: true, value: value.length ? value : null };
}
