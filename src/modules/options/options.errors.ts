import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

export const optionErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "INVALID_TEXT"),
  MEMBERSHIP_NOT_ACTIVE: {
    rule: "OPT-1",
    fr: "L'option nécessite une adhésion Parnasse active.",
    en: "The option requires an active Parnasse membership.",
  },
  NO_ELIGIBLE_ADDRESS: {
    rule: "OPT-1",
    fr: "L'option nécessite une adresse de la zone éligible à la fibre ou à l'ADSL.",
    en: "The option requires an address in the zone that is eligible for fiber or ADSL.",
  },
  NO_ELIGIBLE_LINE: {
    rule: "OPT-1",
    fr: "L'option nécessite au moins une ligne internet Orange éligible.",
    en: "The option requires at least one eligible Orange internet line.",
  },
  ALREADY_SUBSCRIBED: {
    rule: "OPT-1",
    fr: "L'option Intérieur est déjà souscrite pour ce membre.",
    en: "The Option Intérieur is already subscribed for this member.",
  },
  ACCEPTANCE_IN_FUTURE: {
    rule: "OPT-2",
    fr: "La date d'acceptation écrite ne peut pas être dans le futur.",
    en: "The date of written acceptance cannot be in the future.",
  },
  DATE_TOO_OLD: {
    rule: "OPT-2",
    fr: "Cette date est trop ancienne : au plus {days} jours en arrière.",
    en: "This date is too far in the past: at most {days} days back.",
  },
  RECEIPT_TOO_OLD: {
    rule: "OPT-4",
    fr: "Cette date de réception est trop ancienne : au plus {days} jours en arrière.",
    en: "This date of receipt is too far in the past: at most {days} days back.",
  },
  OVERLAPS_PREVIOUS: {
    rule: "OPT-2",
    fr: "La souscription ne peut pas commencer avant la fin de la précédente ({endsAt}).",
    en: "The subscription cannot start before the previous one ended ({endsAt}).",
  },
  NO_OPTION_IN_FORCE: { rule: "OPT-4", fr: "Aucune option Intérieur en cours pour ce membre.", en: "No Option Intérieur in force for this member." },
  TERMINATION_ALREADY_REQUESTED: {
    rule: "OPT-4",
    fr: "Une résiliation est déjà en cours : elle prendra effet le {endsAt}.",
    en: "A termination is already under way: it takes effect on {endsAt}.",
  },
  RECEIPT_IN_FUTURE: { rule: "OPT-4", fr: "La date de réception ne peut pas être dans le futur.", en: "The date of receipt cannot be in the future." },
  RECEIPT_BEFORE_SUBSCRIPTION: {
    rule: "OPT-4",
    fr: "La date de réception précède la souscription de l'option ({acceptedAt}).",
    en: "The date of receipt is before the option was subscribed ({acceptedAt}).",
  },
  DELEGATE_CANNOT_TERMINATE: {
    rule: "MEM-5",
    fr: "Le délégué ne peut jamais résilier l'option : seul le membre le peut.",
    en: "The delegate can never terminate the option: only the member can.",
  },
  DETAIL_REQUIRED: {
    rule: "OPT-5",
    fr: "Indiquez le manquement ou l'impayé qui motive la résiliation.",
    en: "Give the breach or non-payment that justifies the termination.",
  },
  NOTICE_TOO_SHORT: {
    rule: "OPT-6",
    fr: "Préavis insuffisant : une {kind} doit être annoncée au moins {months} mois à l'avance (au plus tôt le {earliest}).",
    en: "Notice too short: a {kind} must be announced at least {months} month(s) ahead (effective {earliest} at the earliest).",
  },
});

export type OptionErrorCode = keyof typeof optionErrors.catalog;
