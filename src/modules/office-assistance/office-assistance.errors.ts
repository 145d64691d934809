import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

export const officeAssistanceErrors = defineErrors({
  ...commonErrors("SERVICE_SUSPENDED", "MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "INVALID_TEXT"),
  REQUEST_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Demande d'assistance bureautique introuvable, ou vous n'y avez pas accès.",
    en: "Office-assistance request not found, or you do not have access to it.",
  },
  SESSION_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Session de partage d'écran introuvable, ou vous n'y avez pas accès.",
    en: "Screen-sharing session not found, or you do not have access to it.",
  },
  PREREQUISITE_NOT_MET: {
    rule: "BUR-1",
    fr: "L'assistance bureautique nécessite Windows avec le partage d'écran, ou macOS.",
    en: "Office assistance requires Windows with screen sharing, or macOS.",
  },
  DEVICE_OUT_OF_SCOPE: {
    rule: "BUR-1",
    fr: "Cet équipement n'entre pas dans l'assistance bureautique (PC, Mac, tablette, smartphone, clé 4G, périphériques).",
    en: "This device is outside office assistance (PC, Mac, tablet, smartphone, 4G key, peripherals).",
  },
  SOFTWARE_OUT_OF_SCOPE: {
    rule: "BUR-1",
    fr: "Ce logiciel n'entre pas dans l'assistance bureautique : les logiciels métier et spécifiques en sont exclus.",
    en: "This software is outside office assistance: business-specific software is excluded.",
  },
  DEFECTIVE_EQUIPMENT: {
    rule: "BUR-1",
    fr: "Un équipement défectueux relève du fabricant ou du fournisseur, pas de l'assistance bureautique.",
    en: "Defective equipment is a matter for the manufacturer or supplier, not office assistance.",
  },
  BACKUP_NOT_CONFIRMED: {
    rule: "BUR-4",
    fr: "Le membre doit d'abord confirmer avoir sauvegardé ses données.",
    en: "The member must first confirm their data is backed up.",
  },
  BACKUP_ALREADY_CONFIRMED: { rule: "BUR-4", fr: "La sauvegarde est déjà confirmée pour cette demande.", en: "The backup is already confirmed for this request." },
  SESSION_ALREADY_OPEN: {
    rule: "BUR-4",
    fr: "Une session de partage d'écran est déjà ouverte pour cette demande.",
    en: "A screen-sharing session is already open for this request.",
  },
  SESSION_ALREADY_STOPPED: { rule: "BUR-4", fr: "Cette session de partage d'écran est déjà arrêtée.", en: "This screen-sharing session is already stopped." },
  ADDRESS_NOT_FOUND: {
    rule: "BUR-3",
    fr: "La visite a lieu à une adresse déclarée et active du membre.",
    en: "The visit takes place at one of the member's declared, active addresses.",
  },
  INVALID_DURATION: {
    rule: "BUR-3",
    fr: "Une visite dure de {min} à {max} minutes.",
    en: "A visit lasts {min} to {max} minutes.",
  },
  SLOT_IN_PAST: { rule: "BUR-3", fr: "La visite doit être dans le futur.", en: "The visit must be in the future." },
  SLOT_TOO_FAR: { rule: "BUR-3", fr: "La visite se réserve au plus {days} jours à l'avance.", en: "A visit is booked at most {days} days ahead." },
  OUTSIDE_VISIT_HOURS: {
    rule: "BUR-3",
    fr: "Les visites ont lieu du lundi au vendredi, de 9 h à 20 h (heure de Paris).",
    en: "Visits take place Monday to Friday, 09:00–20:00 Paris time.",
  },
  OPTION_REQUIRED: {
    rule: "BUR-2",
    fr: "L'assistance bureautique est un service de l'option Intérieur : l'option doit être en cours.",
    en: "Office assistance is a service of the Option Intérieur: the option must be in force.",
  },
  NO_OPTION_IN_FORCE: {
    rule: "BUR-3",
    fr: "La visite annuelle incluse suppose l'option Intérieur en cours.",
    en: "The included yearly visit requires the Option Intérieur in force.",
  },
  VISIT_QUOTE_REQUIRED: {
    rule: "BUR-3",
    fr: "La visite incluse de l'année contractuelle ({yearStart}) est déjà utilisée : une autre visite nécessite un devis accepté.",
    en: "The included visit of the contract year ({yearStart}) is already used: another visit needs an accepted quote.",
  },
  QUOTE_NOT_ACCEPTED: {
    rule: "BUR-3",
    fr: "Ce devis n'est pas un devis de visite accepté par ce membre.",
    en: "This quote is not an office-assistance visit quote accepted by this member.",
  },
  QUOTE_ALREADY_USED: { rule: "BUR-3", fr: "Ce devis a déjà servi à une visite.", en: "This quote was already used for a visit." },
});

export type OfficeAssistanceErrorCode = keyof typeof officeAssistanceErrors.catalog;
