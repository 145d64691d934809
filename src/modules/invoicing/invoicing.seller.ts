/**
 * The seller's identity printed on every invoice: the one place it lives. Taken from the contract
 * (art. 8.3 and the data-protection notice: « Orange / Parnasse, 111, quai du Président Roosevelt,
 * 92130 Issy-les-Moulineaux », desk@parnasse.fr). The contract gives no registration number, share
 * capital or VAT number: they are left null (and not printed) until the legal department supplies them.
 */
export const SELLER = {
  name: "Orange / Parnasse",
  addressLines: ["111, quai du Président Roosevelt", "92130 Issy-les-Moulineaux"],
  email: "desk@parnasse.fr",
  registration: null as string | null,
  vatNumber: null as string | null,
} as const;

/** Legal mentions (art. 6.7, 6.9; Code de commerce L441-10), French and English. */
export const LEGAL_MENTIONS = {
  fr: [
    "TVA au taux de 20 %.",
    "Facture payable à réception : le paiement doit parvenir à Parnasse dans les 10 jours suivant la date d'émission (date d'échéance ci-dessus).",
    "Pas d'escompte pour paiement anticipé.",
    "Tout retard de paiement entraîne une majoration égale à 3 fois le taux d'intérêt légal, appliquée au montant TTC restant dû, par période indivisible de 15 jours à compter du premier jour de retard.",
    "Indemnité forfaitaire pour frais de recouvrement : 40 € par facture concernée (art. L441-10 du Code de commerce).",
  ],
  en: [
    "VAT at 20%.",
    "Payable on receipt: payment must reach Parnasse within 10 days of the issue date (due date above).",
    "No discount for early payment.",
    "Any late payment bears a surcharge of 3 times the French legal interest rate on the unpaid amount including VAT, per indivisible 15-day period from the first day late.",
    "Flat recovery fee: €40 per invoice concerned (French Commercial Code, art. L441-10).",
  ],
} as const;
