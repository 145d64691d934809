import type { LINE_OFFERS, LINE_OPERATORS, LINE_TECHNOLOGIES } from "../../../db/schema/premises.js";
import { ELIGIBLE_OFFERS, ELIGIBLE_TECHNOLOGIES } from "../options/index.js";

type Offer = (typeof LINE_OFFERS)[number];

/** LIN-2: an Orange internet offer on ADSL, VDSL or fiber. Anything else may be recorded but never counts. */
export function isEligibleLine(line: { operator: (typeof LINE_OPERATORS)[number]; offer: Offer; technology: (typeof LINE_TECHNOLOGIES)[number] }): boolean {
  return line.operator === "ORANGE" && ELIGIBLE_OFFERS.includes(line.offer) && ELIGIBLE_TECHNOLOGIES.includes(line.technology);
}

/** ADR-2 and LIN-3 limits, kept together so the quotas view and the services read the same numbers. */
export const PREMISES_LIMITS = { extraSites: 5, linesPerAddress: 2 } as const;

export const LINE_INELIGIBILITY_REASONS = ["THIRD_PARTY_OPERATOR", "INCOMPATIBLE_OFFER", "INELIGIBLE_TECHNOLOGY"] as const;
export type LineIneligibilityReason = (typeof LINE_INELIGIBILITY_REASONS)[number];

/** LIN-2: why a recorded line never counts for the option; null for an eligible line. Agrees with isEligibleLine. */
export function ineligibilityReason(line: Parameters<typeof isEligibleLine>[0]): LineIneligibilityReason | null {
  if (line.operator !== "ORANGE") return "THIRD_PARTY_OPERATOR";
  if (!ELIGIBLE_OFFERS.includes(line.offer)) return "INCOMPATIBLE_OFFER";
  if (!ELIGIBLE_TECHNOLOGIES.includes(line.technology)) return "INELIGIBLE_TECHNOLOGY";
  return null;
}

/**
 * LIN-3 "in the same name as the member": names compared without case, accents, ligatures,
 * hyphens or extra spaces ("Jean-Noël" = "JEAN NOEL").
 */
export function foldPersonName(name: string): string {
  return name
    .replace(/[Œœ]/g, "OE")
    .replace(/[Ææ]/g, "AE")
    .replace(/ß/g, "SS")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Letters of any script count ("Иванов" ≠ "Петров"); a name with no letter or digit matches nothing. */
export function isSamePerson(a: { lastName: string; firstName: string }, b: { lastName: string; firstName: string }): boolean {
  const [al, af, bl, bf] = [a.lastName, a.firstName, b.lastName, b.firstName].map(foldPersonName);
  return al !== "" && af !== "" && al === bl && af === bf;
}
