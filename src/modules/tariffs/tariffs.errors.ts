import { defineErrors } from "../../shared/errors.js";

export const tariffErrors = defineErrors({
  NOTICE_TOO_SHORT: {
    rule: "BIL-10",
    fr: "Un changement de prix s'annonce au moins un mois à l'avance : annoncé aujourd'hui, il s'applique au plus tôt le {earliest}.",
    en: "A price change must be announced at least one month ahead: announced today, it applies on {earliest} at the earliest.",
  },
  DUPLICATE_EFFECTIVE_DATE: {
    rule: "BIL-10",
    fr: "Un prix de {code} est déjà prévu à partir du {effectiveOn}.",
    en: "A price of {code} is already set from {effectiveOn}.",
  },
  INVALID_AMOUNT: {
    rule: "BIL-10",
    fr: "Le prix doit être un nombre entier de centimes TTC, supérieur à zéro et au plus {max}.",
    en: "The price must be a whole number of euro cents TTC, above zero and at most {max}.",
  },
});

export type TariffErrorCode = keyof typeof tariffErrors.catalog;
