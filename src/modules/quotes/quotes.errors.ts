import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

export const quoteErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "INVALID_TEXT"),
  REQUEST_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Demande de devis introuvable, ou vous n'y avez pas accès.",
    en: "Quote request not found, or you do not have access to it.",
  },
  QUOTE_NOT_FOUND: { rule: "AUT-2", fr: "Devis introuvable, ou vous n'y avez pas accès.", en: "Quote not found, or you do not have access to it." },
  PURPOSE_HAS_ITS_OWN_REQUEST: {
    rule: "QUO-1",
    fr: "Ce devis se demande par son parcours : {via}.",
    en: "This quote is requested through its own flow: {via}.",
  },
  FIBER_OFFER_REQUIRED: {
    rule: "QUO-1",
    fr: "L'installation sur devis accompagne une offre fibre Orange : aucune ligne fibre Orange n'est déclarée.",
    en: "Installation on quote comes with an Orange fiber offer: no Orange fiber line is declared.",
  },
  NO_LINES: { rule: "QUO-2", fr: "Un devis comporte de 1 à {max} lignes.", en: "A quote has 1 to {max} lines." },
  INVALID_LINE_LABEL: { rule: "QUO-2", fr: "Le libellé d'une ligne contient de 1 à {max} caractères.", en: "A line label is 1 to {max} characters long." },
  INVALID_QUANTITY: { rule: "QUO-2", fr: "La quantité est un nombre entier de 1 à {max}.", en: "The quantity is a whole number from 1 to {max}." },
  INVALID_AMOUNT: {
    rule: "QUO-2",
    fr: "Le prix unitaire TTC est un nombre entier de centimes de 0 à {max}.",
    en: "The TTC unit price is a whole number of cents from 0 to {max}.",
  },
  INVALID_TOTAL: {
    rule: "QUO-2",
    fr: "Le total TTC du devis doit être compris entre 1 et {max} centimes.",
    en: "The quote's TTC total must be between 1 and {max} cents.",
  },
  VALIDITY_IN_PAST: { rule: "QUO-2", fr: "La date de validité du devis est déjà passée.", en: "The quote's validity date is already past." },
  VALIDITY_TOO_FAR: {
    rule: "QUO-2",
    fr: "La date de validité ne peut dépasser {days} jours.",
    en: "The validity date cannot be more than {days} days ahead.",
  },
  QUOTE_ALREADY_ACCEPTED: {
    rule: "QUO-3",
    fr: "Un devis de cette demande est déjà accepté : il ne peut plus être remplacé.",
    en: "A quote of this request is already accepted: it can no longer be replaced.",
  },
  QUOTE_EXPIRED: {
    rule: "QUO-2",
    fr: "Ce devis a expiré le {validUntil} : il ne peut plus être accepté.",
    en: "This quote expired on {validUntil}: it can no longer be accepted.",
  },
  QUOTE_REPLACED: {
    rule: "QUO-3",
    fr: "Ce devis a été remplacé par un nouveau devis : seul le dernier peut être accepté ou refusé.",
    en: "This quote was replaced by a new one: only the latest may be accepted or declined.",
  },
  QUOTE_ALREADY_DECIDED: {
    rule: "QUO-2",
    fr: "Ce devis a déjà été accepté ou refusé.",
    en: "This quote was already accepted or declined.",
  },
});

export type QuoteErrorCode = keyof typeof quoteErrors.catalog;
