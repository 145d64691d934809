import type { SellerLegalIdentity } from "../../config.js";
import type { Locale } from "../../shared/i18n.js";

/**
 * The seller's name and address printed on every invoice, taken from the contract (art. 8.3 and the
 * data-protection notice: « Orange / Parnasse, 111, quai du Président Roosevelt, 92130
 * Issy-les-Moulineaux », desk@parnasse.fr). The contract gives no legal form, share capital,
 * SIREN/RCS or VAT number: they are configuration (`SELLER_*`, src/config.ts), required in
 * production, and reach the document through the request context.
 */
export const SELLER = {
  name: "Orange / Parnasse",
  addressLines: ["111, quai du Président Roosevelt", "92130 Issy-les-Moulineaux"],
  email: "desk@parnasse.fr",
} as const;

export type { SellerLegalIdentity };

/** "123456782" → "123 456 782", as a SIREN is printed. */
export const formatSiren = (siren: string): string => siren.replace(/^(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3");

/**
 * Legal mentions of an invoice (French invoicing rules: Code de commerce L441-9 and L441-10, CGI
 * art. 242 nonies A; contract art. 6.7 and 6.9), French and English. One payment wording: the due
 * date is the issue date + 10 days (BIL-3), printed as a date.
 */
export function legalMentions(locale: Locale, invoice: { kind: "INVOICE" | "CREDIT_NOTE"; dueOnText: string }): string[] {
  if (locale === "en") {
    const vat = "VAT at 20%. Amounts are set including VAT: excl. VAT = incl. VAT / 1.20, rounded to the cent, per line and on the total.";
    if (invoice.kind === "CREDIT_NOTE") return [vat, "Credit note: the amount is deducted from the invoice it corrects; nothing is to be paid."];
    return [
      vat,
      `Payable no later than ${invoice.dueOnText} (10 days after the issue date).`,
      "No discount for early payment.",
      "Any late payment bears a surcharge of 3 times the French legal interest rate on the unpaid amount including VAT, per indivisible 15-day period from the first day late.",
      "Flat recovery fee: €40 per invoice concerned (French Commercial Code, art. L441-10).",
    ];
  }
  const vat = "TVA au taux de 20 %. Montants établis TTC : HT = TTC / 1,20 arrondi au centime, par ligne et sur le total.";
  if (invoice.kind === "CREDIT_NOTE") return [vat, "Avoir : son montant vient en déduction de la facture qu'il corrige ; il n'y a rien à payer."];
  return [
    vat,
    `Facture payable au plus tard le ${invoice.dueOnText} (10 jours après sa date d'émission).`,
    "Pas d'escompte pour paiement anticipé.",
    "Tout retard de paiement entraîne une majoration égale à 3 fois le taux d'intérêt légal, appliquée au montant TTC restant dû, par période indivisible de 15 jours à compter du premier jour de retard.",
    "Indemnité forfaitaire pour frais de recouvrement : 40 € par facture concernée (art. L441-10 du Code de commerce).",
  ];
}
