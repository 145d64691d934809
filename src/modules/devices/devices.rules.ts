import { ELIGIBLE_VIP_PLAN_TYPES, type MOBILE_OPERATORS, type VIP_PLAN_TYPES } from "../../../db/schema/devices.js";
import type { VipLineErrorCode } from "./devices.errors.js";

/** DEV-1: protected devices per member, designated and active together. */
export const DEVICE_LIMIT = 20;
export const DEVICE_NAME_MAX = 60;

type PlanType = (typeof VIP_PLAN_TYPES)[number];
type Operator = (typeof MOBILE_OPERATORS)[number];

/** SVC-3's exclusions, as the member would name them. */
export const EXCLUDED_PLAN_LABELS: Partial<Record<PlanType, string>> = {
  SOSH: "Sosh",
  MOBICARTE: "Mobicarte",
  LOCKED_PLAN: "forfait bloqué",
};

/**
 * SVC-3: why a mobile line cannot get Orange VIP, or null when it can: an Orange consumer plan
 * (not Sosh, Mobicarte, a locked plan, nor a professional plan). The holder is checked separately.
 */
export function vipLineRefusal(line: { operator: Operator; planType: PlanType }): VipLineErrorCode | null {
  if (line.operator !== "ORANGE") return "NOT_ORANGE";
  if (line.planType in EXCLUDED_PLAN_LABELS) return "EXCLUDED_PLAN";
  if (!isEligiblePlan(line.planType)) return "NOT_CONSUMER_PLAN";
  return null;
}

export function isEligiblePlan(planType: PlanType): planType is (typeof ELIGIBLE_VIP_PLAN_TYPES)[number] {
  return (ELIGIBLE_VIP_PLAN_TYPES as readonly PlanType[]).includes(planType);
}
