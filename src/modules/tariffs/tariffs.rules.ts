import type { TARIFF_CODES, tariffs } from "../../../db/schema/billing.js";
import { addCalendarMonths } from "../../shared/paris-time.js";

export type TariffCode = (typeof TARIFF_CODES)[number];
export type TariffRow = typeof tariffs.$inferSelect;

/** A tariff table loaded once (one query) and looked up in memory, e.g. for a whole invoice run. */
export class TariffBook {
  private readonly byCode = new Map<TariffCode, TariffRow[]>();

  constructor(rows: readonly TariffRow[]) {
    for (const row of rows) {
      const list = this.byCode.get(row.code) ?? [];
      list.push(row);
      this.byCode.set(row.code, list);
    }
    for (const list of this.byCode.values()) list.sort((a, b) => (a.effectiveOn < b.effectiveOn ? 1 : -1));
  }

  /** The row in force on `date`, or null when no price was in force yet. */
  on(code: TariffCode, date: string): TariffRow | null {
    return this.byCode.get(code)?.find((row) => row.effectiveOn <= date) ?? null;
  }
}

/**
 * BIL-10 / OPT-6: the earliest effective date of a price change announced on `announcedOn` (a Paris
 * calendar date): one calendar month later, date-fns `addMonths` semantics. The day of the month is
 * kept, and clamped to the last day of a shorter month: announced 2026-11-26 → 2026-12-26,
 * 31 January → 28 February (29 in a leap year), 31 March → 30 April.
 */
export function earliestEffectiveOn(announcedOn: string): string {
  return addCalendarMonths(announcedOn, 1);
}

/** How an item is named in announcements, and the unit its price is for. */
export const TARIFF_LABELS: Record<TariffCode, { fr: string; per: string }> = {
  OPTION: { fr: "Option Intérieur", per: "par mois" },
  EXTRA_SITE: { fr: "Site supplémentaire", per: "par mois et par adresse" },
  MAILBOX_PLUS_1: { fr: "Ma Messagerie Mail, boîte +1", per: "par mois" },
  MAILBOX_PACK_5: { fr: "Ma Messagerie Mail, pack 5", per: "par mois" },
  MAILBOX_PACK_10: { fr: "Ma Messagerie Mail, pack 10", per: "par mois" },
  PRIVILEGE: { fr: "Conciergerie John Paul Privilège", per: "par mois" },
  TRAVEL: { fr: "Déplacement (intervention au-delà des 15 incluses)", per: "par déplacement" },
  TECHNICIAN_FIRST_HOUR: { fr: "Technicien, heures ouvrées, première heure", per: "indivisible" },
  TECHNICIAN_EXTRA_HALF_HOUR: { fr: "Technicien, heures ouvrées, demi-heure supplémentaire", per: "par demi-heure commencée" },
  TECHNICIAN_OOH_FIRST_HOUR: { fr: "Technicien, hors heures ouvrées, première heure", per: "indivisible" },
  TECHNICIAN_OOH_EXTRA_HALF_HOUR: { fr: "Technicien, hors heures ouvrées, demi-heure supplémentaire", per: "par demi-heure commencée" },
  COACH_HOUR: { fr: "Coach multimédia", per: "par heure commencée" },
};

/** Upper bound of a price, as a sanity check (10 000 € TTC). */
export const TARIFF_MAX_TTC_CENTS = 1_000_000;
