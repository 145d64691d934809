import type { PRO_BRICKS, PRO_SERVICE_STATUSES } from "../../../db/schema/pro.js";
import { textField } from "../../shared/mutation.js";
import { addCalendarMonths, parisDate } from "../../shared/paris-time.js";
import { proErrors, type ProErrorCode } from "./pro.errors.js";

export type ProServiceStatus = (typeof PRO_SERVICE_STATUSES)[number];
export type ProBrickKind = (typeof PRO_BRICKS)[number];

/** PRO-2: equipment limits of the maintenance bricks (also CHECK constraints of pro_bricks). */
export const PRO_BRICK_LIMITS = {
  WIFI: { accessPoints: 3 },
  LAN_SECURITY: { switches: 2, routers: 2 },
} as const;

/** PRO-3: a brick is subscribed directly within this many months of a service's installation. */
export const RECENT_INSTALLATION_MONTHS = 3;

/**
 * PRO-1: study, then the installation once the service's quote is accepted. The quote itself
 * (issue, acceptance, decline, replacement) is the shared workflow's (QUO-1..3): recording the
 * study opens its quote request. Who makes each move is checked by the service.
 */
export const PRO_SERVICE_TRANSITIONS: Readonly<Record<ProServiceStatus, readonly ProServiceStatus[]>> = {
  STUDY_REQUESTED: ["STUDY_DONE"],
  STUDY_DONE: ["INSTALLED"],
  INSTALLED: [],
};

export function canMoveService(from: ProServiceStatus, to: ProServiceStatus): boolean {
  return PRO_SERVICE_TRANSITIONS[from].includes(to);
}

export type BrickPath = "DIRECT" | "REVIEW_REQUIRED" | "STUDY_REQUIRED";

/**
 * PRO-3. Interpretation: « with a service » = a Univers Pro service whose quote is accepted and being installed,
 * or installed less than 3 calendar months ago (Paris dates) → the brick is active at once;
 * only services installed longer ago → a review with the client and a technician first;
 * no accepted or installed service at all → a technical study at the maintenance address first.
 */
export function brickPath(services: readonly { status: ProServiceStatus; installedOn: string | null; quoteAccepted: boolean }[], now: Date): BrickPath {
  const recentFrom = addCalendarMonths(parisDate(now), -RECENT_INSTALLATION_MONTHS);
  const beingInstalled = (s: (typeof services)[number]) => s.status === "STUDY_DONE" && s.quoteAccepted;
  if (services.some((s) => beingInstalled(s) || (s.status === "INSTALLED" && s.installedOn! >= recentFrom))) return "DIRECT";
  if (services.some((s) => s.status === "INSTALLED")) return "REVIEW_REQUIRED";
  return "STUDY_REQUIRED";
}

/**
 * PRO-4: a termination takes effect on the first day of the following month (Paris time); the
 * month in which it is requested has started, so it is due in full.
 */
export function brickTermination(now: Date): { endsOn: string; lastDueMonth: string } {
  const month = parisDate(now).slice(0, 7);
  return { endsOn: addCalendarMonths(`${month}-01`, 1), lastDueMonth: month };
}

export const TEXT_MAX = 2000;

/** Trimmed text of 1 to `max` characters, or INVALID_TEXT (with `required`). */
export const text = textField<ProErrorCode>(proErrors);
