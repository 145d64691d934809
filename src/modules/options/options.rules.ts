import type { LINE_OFFERS, LINE_TECHNOLOGIES } from "../../../db/schema/premises.js";

// LIN-1 is what the option accepts, so it lives with the option; premises reads it for LIN-2 (premises.rules.ts).

/** LIN-1: the internet offers the option accepts. */
export const ELIGIBLE_OFFERS: readonly (typeof LINE_OFFERS)[number][] = ["RESIDENTIAL_INTERNET", "PRO_INTERNET"];
/** LIN-1: the technologies of an eligible line (the 4G router is in intervention scope only). */
export const ELIGIBLE_TECHNOLOGIES: readonly (typeof LINE_TECHNOLOGIES)[number][] = ["ADSL", "VDSL", "FIBER"];
