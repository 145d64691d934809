import type { LINE_OFFERS, LINE_OPERATORS, LINE_TECHNOLOGIES } from "../../../db/schema/index.js";

type Offer = (typeof LINE_OFFERS)[number];

/** LIN-1: the internet offers the option accepts. */
export const ELIGIBLE_OFFERS: readonly Offer[] = ["RESIDENTIAL_INTERNET", "PRO_INTERNET"];
/** LIN-1: the technologies of an eligible line (the 4G router is in intervention scope only). */
export const ELIGIBLE_TECHNOLOGIES: readonly (typeof LINE_TECHNOLOGIES)[number][] = ["ADSL", "VDSL", "FIBER"];

/** LIN-2: an Orange internet offer on ADSL, VDSL or fiber. Anything else may be recorded but never counts. */
export function isEligibleLine(line: {
  operator: (typeof LINE_OPERATORS)[number];
  offer: Offer;
  technology: (typeof LINE_TECHNOLOGIES)[number];
}): boolean {
  return line.operator === "ORANGE" && ELIGIBLE_OFFERS.includes(line.offer) && ELIGIBLE_TECHNOLOGIES.includes(line.technology);
}

/** ADR-2 and LIN-3 limits, kept together so the quotas view and the services read the same numbers. */
export const PREMISES_LIMITS = { extraSites: 5, linesPerAddress: 2 } as const;
