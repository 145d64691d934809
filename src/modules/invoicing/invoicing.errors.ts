import { defineErrors } from "../../shared/errors.js";

export const invoicingErrors = defineErrors({
  INVALID_MONTH: { rule: null, fr: "Le mois doit être au format AAAA-MM, par exemple 2026-11.", en: "The month must be YYYY-MM, e.g. 2026-11." },
  MONTH_NOT_STARTED: {
    rule: "BIL-1",
    fr: "Le mois {month} n'a pas commencé : la facturation d'un mois n'est possible qu'à partir de son premier jour.",
    en: "The month {month} has not started: a month can be billed from its first day only.",
  },
});

export type InvoicingErrorCode = keyof typeof invoicingErrors.catalog;

/** Why a member's invoice was not created by a run (reported in the run summary, not a refusal of the run). */
export const billingSkipMessages = {
  POSTAL_ADDRESS_REQUIRED: {
    fr: "BIL-5 : le membre n'a pas d'accès à internet et son adresse postale n'est pas valide ({detail}) : facture non émise, corrigez l'adresse puis relancez le mois.",
    en: "BIL-5: the member has no internet access and their postal address is not valid ({detail}): invoice not issued; fix the address and run the month again.",
  },
  AMOUNT_TOO_LARGE: {
    fr: "BIL-1 : la facture du membre dépasserait le plafond d'une facture ({detail}) : aucune facture émise, à traiter manuellement.",
    en: "BIL-1: the member's invoice would exceed the invoice ceiling ({detail}): no invoice issued, to be handled manually.",
  },
  TARIFF_MISSING: {
    fr: "BIL-10 : aucun tarif en vigueur pour {detail} : aucune facture émise pour ce membre.",
    en: "BIL-10: no tariff in force for {detail}: no invoice issued for this member.",
  },
} as const;
