import { formatEuros } from "../../shared/money.js";
import { parisDate } from "../../shared/paris-time.js";
import { INTERVENTION_TARIFF_CODES, interventionRates, quoteIntervention } from "../interventions/index.js";
import type { TariffBook, TariffCode } from "../tariffs/index.js";
import { displayDate } from "./invoicing.rules.js";

/** A DONE intervention not billed yet, with how many interventions count before it in its contract year. */
export interface BillableIntervention {
  id: string;
  kind: "TECHNICIAN" | "COACH_VISIT";
  startsAt: Date;
  durationMinutes: number;
  personalDeviceCount: number;
  /**
   * INT-3, recomputed at invoice time: interventions of the same member and contract year that
   * count (every status but CANCELLED, as booking counts them) and start before this one. A
   * cancelled earlier intervention therefore no longer makes this one the 16th.
   */
  countedBefore: number;
}

export interface PricedIntervention {
  labelFr: string;
  labelEn: string;
  unitTtcCents: number;
  ttcCents: number;
}

const LABELS: Record<TariffCode, { fr: string; en: string }> = {
  TRAVEL: { fr: "déplacement", en: "travel" },
  TECHNICIAN_FIRST_HOUR: { fr: "1re heure technicien", en: "technician first hour" },
  TECHNICIAN_EXTRA_HALF_HOUR: { fr: "½ h supplémentaire", en: "extra half-hour" },
  TECHNICIAN_OOH_FIRST_HOUR: { fr: "1re heure technicien hors heures ouvrées", en: "technician first hour outside business hours" },
  TECHNICIAN_OOH_EXTRA_HALF_HOUR: { fr: "½ h supplémentaire hors heures ouvrées", en: "extra half-hour outside business hours" },
  COACH_HOUR: { fr: "heure de coach", en: "coach hour" },
  OPTION: { fr: "option", en: "option" },
  EXTRA_SITE: { fr: "site", en: "site" },
  MAILBOX_PLUS_1: { fr: "+1", en: "+1" },
  MAILBOX_PACK_5: { fr: "pack 5", en: "pack 5" },
  MAILBOX_PACK_10: { fr: "pack 10", en: "pack 10" },
  PRIVILEGE: { fr: "Privilège", en: "Privilège" },
};

/**
 * INT-3/INT-7 priced AT INVOICE TIME: the interventions module decides what is billable and the
 * quantities (travel, first hour, extra half-hours, coach hours, business hours or not); each
 * quantity is priced here with the tariff in force on the intervention's Paris date (BIL-10).
 * Null when nothing is billable (within the free 15, no INT-7 surcharge).
 */
export function priceIntervention(i: BillableIntervention, tariffs: TariffBook): PricedIntervention | { missing: string } | null {
  const date = parisDate(i.startsAt);
  const missing = INTERVENTION_TARIFF_CODES.find((code) => !tariffs.on(code, date));
  if (missing) return { missing: `${missing} ${date}` };
  const rates = interventionRates((code) => tariffs.on(code, date)!.ttcCents);
  const quote = quoteIntervention(
    { kind: i.kind, start: i.startsAt, durationMinutes: i.durationMinutes, personalDeviceCount: i.personalDeviceCount },
    i.countedBefore,
    rates,
  );
  if (!quote.billingReason || quote.lines.length === 0) return null;
  const partsFr: string[] = [];
  const partsEn: string[] = [];
  let total = 0;
  for (const l of quote.lines) {
    const code: TariffCode =
      !quote.inBusinessHours && l.code === "TECHNICIAN_FIRST_HOUR"
        ? "TECHNICIAN_OOH_FIRST_HOUR"
        : !quote.inBusinessHours && l.code === "TECHNICIAN_EXTRA_HALF_HOUR"
          ? "TECHNICIAN_OOH_EXTRA_HALF_HOUR"
          : l.code;
    total += l.totalCents;
    partsFr.push(`${l.quantity} × ${LABELS[code].fr} ${formatEuros(l.unitCents, "fr")}`);
    partsEn.push(`${l.quantity} × ${LABELS[code].en} ${formatEuros(l.unitCents, "en")}`);
  }
  const kindFr = i.kind === "TECHNICIAN" ? "Intervention technicien" : "Visite du coach";
  const kindEn = i.kind === "TECHNICIAN" ? "Technician intervention" : "Coach visit";
  const whyFr = quote.billingReason === "BEYOND_ALLOWANCE" ? `${i.countedBefore + 1}e de l'année contractuelle, au-delà des 15 incluses` : "plus de 3 appareils personnels";
  const whyEn = quote.billingReason === "BEYOND_ALLOWANCE" ? `no. ${i.countedBefore + 1} of the contract year, beyond the 15 included` : "more than 3 personal devices";
  return {
    labelFr: `${kindFr} du ${displayDate(date, "fr")} (${whyFr}) : ${partsFr.join(" + ").replace(/[\u202f\u00a0]/g, " ")}`,
    labelEn: `${kindEn} on ${date} (${whyEn}): ${partsEn.join(" + ")}`,
    unitTtcCents: total,
    ttcCents: total,
  };
}
