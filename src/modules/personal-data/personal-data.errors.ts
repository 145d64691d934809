import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

/** Refusals of the erasure (GDP-3): nothing is written when one is returned. */
export const personalDataErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND"),
  MEMBER_ID_REQUIRED: {
    rule: null,
    fr: "Indiquez le membre concerné (memberId).",
    en: "Say which member this is for (memberId).",
  },
  OPTION_IN_FORCE: {
    rule: "GDP-3",
    fr: "L'option Intérieur de ce membre est en cours : la relation contractuelle n'est pas terminée, ses données restent nécessaires à l'exécution du contrat. Effacement possible après la fin de l'option.",
    en: "This member's Option Intérieur is in force: the relationship has not ended and their data is still needed to perform the contract. Erasure is possible once the option has ended.",
  },
  BALANCE_DUE: {
    rule: "GDP-3",
    fr: "Ce membre a des factures émises non réglées : ses données restent nécessaires au recouvrement. Effacement possible une fois le solde réglé.",
    en: "This member has unpaid issued invoices: their data is still needed to recover the debt. Erasure is possible once the balance is settled.",
  },
  DUNNING_OPEN: {
    rule: "GDP-3",
    fr: "Une procédure de relance pour impayé est ouverte pour ce membre : effacement possible après sa clôture.",
    en: "A dunning case for unpaid invoices is open for this member: erasure is possible once it is closed.",
  },
  ERASURE_REQUEST_NOT_FOUND: {
    rule: "GDP-1",
    fr: "Demande introuvable : ce n'est pas une demande d'effacement en cours de ce membre.",
    en: "Request not found: this is not an open erasure request of this member.",
  },
});

export type PersonalDataErrorCode = keyof typeof personalDataErrors.catalog;
