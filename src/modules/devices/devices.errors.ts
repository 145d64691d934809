import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

/** Refusals of the device slots (DEV-1..3). */
export const deviceErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "MEMBERSHIP_CLOSED", "SERVICE_SUSPENDED", "OPTION_NOT_IN_FORCE", "INVALID_TEXT"),
  DEVICE_LIMIT_REACHED: {
    rule: "DEV-1",
    fr: "Au plus {limit} appareils protégés par membre : la limite est atteinte. Retirez un appareil pour libérer une place.",
    en: "At most {limit} protected devices per member: the limit is reached. Remove a device to free a slot.",
  },
  DEVICE_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Appareil introuvable, déjà retiré, ou vous n'y avez pas accès.",
    en: "Device not found, already removed, or you do not have access to it.",
  },
  NOT_THE_MEMBERS_COACH: {
    rule: "DEV-2",
    fr: "Appareil introuvable, ou vous n'êtes pas le coach de ce membre : seul son coach active ses appareils.",
    en: "Device not found, or you are not this member's coach: only their coach activates their devices.",
  },
  ALREADY_ACTIVE: {
    rule: "DEV-2",
    fr: "Cet appareil est déjà activé.",
    en: "This device is already active.",
  },
  NO_INTERNET_CONNECTIVITY: {
    rule: "DEV-2",
    fr: "L'appareil doit disposer d'une connexion internet pour être activé.",
    en: "The device needs internet connectivity to be activated.",
  },
});

export type DeviceErrorCode = keyof typeof deviceErrors.catalog;

/** Refusals of the Orange VIP line declarations (SVC-3). */
export const vipLineErrors = defineErrors({
  ...commonErrors("MEMBERSHIP_CLOSED", "SERVICE_SUSPENDED", "OPTION_NOT_IN_FORCE", "INVALID_TEXT"),
  MEMBER_NOT_FOUND: {
    rule: "AUT-3",
    fr: "Membre introuvable, ou vous n'êtes pas son coach.",
    en: "Member not found, or you are not their coach.",
  },
  INVALID_PHONE_NUMBER: {
    rule: "SVC-3",
    fr: "Indiquez un numéro de mobile français (06 ou 07).",
    en: "Give a French mobile number (06 or 07).",
  },
  NOT_ORANGE: {
    rule: "SVC-3",
    fr: "Seules les lignes mobiles Orange bénéficient d'Orange VIP : les lignes d'un autre opérateur sont exclues.",
    en: "Only Orange mobile lines get Orange VIP: lines of another operator are excluded.",
  },
  EXCLUDED_PLAN: {
    rule: "SVC-3",
    fr: "Les offres {plan} sont exclues d'Orange VIP.",
    en: "{plan} plans are excluded from Orange VIP.",
  },
  NOT_CONSUMER_PLAN: {
    rule: "SVC-3",
    fr: "Seules les lignes mobiles Orange grand public bénéficient d'Orange VIP : les offres professionnelles sont exclues.",
    en: "Only Orange consumer mobile lines get Orange VIP: professional plans are excluded.",
  },
  HOLDER_NOT_MEMBER: {
    rule: "SVC-3",
    fr: "La ligne doit être au nom du membre ({memberName}).",
    en: "The line must be in the member's own name ({memberName}).",
  },
  ALREADY_DECLARED: {
    rule: "SVC-3",
    fr: "Cette ligne est déjà déclarée pour ce membre.",
    en: "This line is already declared for this member.",
  },
  VIP_LINE_NOT_FOUND: {
    rule: "AUT-3",
    fr: "Ligne introuvable, déjà retirée, ou vous n'êtes pas le coach de ce membre.",
    en: "Line not found, already withdrawn, or you are not this member's coach.",
  },
});

export type VipLineErrorCode = keyof typeof vipLineErrors.catalog;
