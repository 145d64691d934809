import { formatEuros } from "../../shared/money.js";
import { parisDate } from "../../shared/paris-time.js";
import type { InterventionToBill } from "../interventions/index.js";
import { displayDate } from "./invoicing.rules.js";

/**
 * A DONE intervention to invoice, as the interventions module classified and priced it at booking
 * (`listInterventionsToBill`): INT-3 is decided there, once, never recomputed here.
 */
export type BillableIntervention = InterventionToBill;

export interface PricedIntervention {
  labelFr: string;
  labelEn: string;
  unitTtcCents: number;
  ttcCents: number;
}

type LineCode = InterventionToBill["lines"][number]["code"] | "TECHNICIAN_OOH_FIRST_HOUR" | "TECHNICIAN_OOH_EXTRA_HALF_HOUR";
const LABELS: Record<LineCode, { fr: string; en: string }> = {
  TRAVEL: { fr: "déplacement", en: "travel" },
  TECHNICIAN_FIRST_HOUR: { fr: "1re heure technicien", en: "technician first hour" },
  TECHNICIAN_EXTRA_HALF_HOUR: { fr: "½ h supplémentaire", en: "extra half-hour" },
  TECHNICIAN_OOH_FIRST_HOUR: { fr: "1re heure technicien hors heures ouvrées", en: "technician first hour outside business hours" },
  TECHNICIAN_OOH_EXTRA_HALF_HOUR: { fr: "½ h supplémentaire hors heures ouvrées", en: "extra half-hour outside business hours" },
  COACH_HOUR: { fr: "heure de coach", en: "coach hour" },
};

/**
 * INT-3/INT-7: the invoice line of an intervention, at the price the member was shown and accepted
 * when it was booked (its stored Annexe 1 items, priced with the tariffs in force on the booking
 * date: BIL-10 never applies a price before its effective date, and the member was quoted that one).
 * Null when nothing is due.
 */
export function priceIntervention(i: BillableIntervention): PricedIntervention | null {
  if (i.priceCents <= 0 || i.lines.length === 0) return null;
  const date = parisDate(i.startsAt);
  const partsFr: string[] = [];
  const partsEn: string[] = [];
  for (const l of i.lines) {
    const code: LineCode =
      !i.inBusinessHours && l.code === "TECHNICIAN_FIRST_HOUR"
        ? "TECHNICIAN_OOH_FIRST_HOUR"
        : !i.inBusinessHours && l.code === "TECHNICIAN_EXTRA_HALF_HOUR"
          ? "TECHNICIAN_OOH_EXTRA_HALF_HOUR"
          : l.code;
    partsFr.push(`${l.quantity} × ${LABELS[code].fr} ${formatEuros(l.unitCents, "fr")}`);
    partsEn.push(`${l.quantity} × ${LABELS[code].en} ${formatEuros(l.unitCents, "en")}`);
  }
  const kindFr = i.kind === "TECHNICIAN" ? "Intervention technicien" : "Visite du coach";
  const kindEn = i.kind === "TECHNICIAN" ? "Technician intervention" : "Coach visit";
  const whyFr = i.billingReason === "BEYOND_ALLOWANCE" ? "au-delà des 15 incluses de l'année contractuelle, prix accepté" : "plus de 3 appareils personnels";
  const whyEn = i.billingReason === "BEYOND_ALLOWANCE" ? "beyond the 15 included in the contract year, accepted price" : "more than 3 personal devices";
  return {
    labelFr: `${kindFr} du ${displayDate(date, "fr")} (${whyFr}) : ${partsFr.join(" + ").replace(/[\u202f\u00a0]/g, " ")}`,
    labelEn: `${kindEn} on ${date} (${whyEn}): ${partsEn.join(" + ")}`,
    unitTtcCents: i.priceCents,
    ttcCents: i.priceCents,
  };
}
