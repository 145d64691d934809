import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";
import { memberErrors } from "../members/index.js";
import { zoneErrors } from "../zone/index.js";

/** Refusals of the membership module. Zone refusals (ZON-1) keep the zone module's codes and messages; contact ones, the members module's. */
export const membershipErrors = defineErrors({
  ...zoneErrors.catalog,
  ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "PROCESSING_RESTRICTED"),
  INVALID_NAME: {
    rule: "MEM-1",
    fr: "Le nom et le prénom doivent contenir entre 1 et {max} caractères.",
    en: "Last and first names must be between 1 and {max} characters long.",
  },
  INVALID_BIRTH_DATE: {
    rule: "MEM-1",
    fr: "La date de naissance n'est pas plausible.",
    en: "The birth date is not plausible.",
  },
  NOT_AN_ADULT: {
    rule: "MEM-1",
    fr: "Le candidat doit être majeur (18 ans révolus).",
    en: "The candidate must be an adult (18 or older).",
  },
  INVALID_NATIONALITY: {
    rule: "MEM-1",
    fr: "La nationalité est un code pays ISO à deux lettres (ex. FR).",
    en: "Nationality is a two-letter ISO country code (e.g. FR).",
  },
  INVALID_EMAIL: memberErrors.catalog.INVALID_EMAIL,
  EMAIL_TAKEN: {
    rule: "MEM-1",
    fr: "Cette adresse e-mail est déjà utilisée par un autre membre ou candidat.",
    en: "This email address is already used by another member or candidate.",
  },
  INVALID_PHONE: memberErrors.catalog.INVALID_PHONE,
  INVALID_ADDRESS_LINE: memberErrors.catalog.INVALID_ADDRESS_LINE,
  INVALID_COMPANY_NAME: {
    rule: "MEM-1",
    fr: "La raison sociale doit contenir entre 1 et {max} caractères.",
    en: "The company name must be between 1 and {max} characters long.",
  },
  INVALID_SIREN: {
    rule: "MEM-1",
    fr: "Le SIREN doit comporter 9 chiffres avec une clé de contrôle valide.",
    en: "The SIREN must have 9 digits with a valid check digit.",
  },
  REASON_REQUIRED: {
    rule: "MEM-2",
    fr: "Un motif est obligatoire (1 à {max} caractères).",
    en: "A reason is required (1 to {max} characters).",
  },
  MEETING_WEEK_TAKEN: {
    rule: "MEM-2",
    fr: "Le comité s'est déjà réuni la semaine du {weekStart} : une seule réunion par semaine.",
    en: "The committee already met in the week of {weekStart}: one meeting a week.",
  },
  MEETING_DATE_OUT_OF_RANGE: {
    rule: "MEM-2",
    fr: "La date de réunion doit être comprise entre le {earliest} et le {latest}.",
    en: "The meeting date must be between {earliest} and {latest}.",
  },
  MEETING_TOO_OLD: {
    rule: "MEM-2",
    fr: "La réunion du {heldOn} date de plus de {days} jours : ses décisions ne peuvent plus être enregistrées.",
    en: "The meeting of {heldOn} is more than {days} days old: its decisions can no longer be recorded.",
  },
  MEETING_NOT_FOUND: {
    rule: "MEM-2",
    fr: "Réunion du comité introuvable.",
    en: "Committee meeting not found.",
  },
  MEETING_NOT_HELD_YET: {
    rule: "MEM-2",
    fr: "La réunion du {heldOn} n'a pas encore eu lieu : aucune décision ne peut y être rattachée.",
    en: "The meeting of {heldOn} has not taken place yet: no decision can be recorded for it.",
  },
  CANDIDACY_NOT_FOUND: {
    rule: "MEM-2",
    fr: "Candidature introuvable.",
    en: "Candidacy not found.",
  },
  ALREADY_DECIDED: {
    rule: "MEM-2",
    fr: "Cette candidature a déjà été tranchée par le comité.",
    en: "The committee has already decided this candidacy.",
  },
  NOT_ACCEPTED: {
    rule: "MEM-2",
    fr: "Le droit d'entrée ne peut être réglé que par un candidat accepté (statut actuel : {status}).",
    en: "The entry fee can only be paid by an accepted candidate (current status: {status}).",
  },
  WRONG_ENTRY_FEE: {
    rule: "MEM-2",
    fr: "Le droit d'entrée est de {expected} centimes, pas {actual}.",
    en: "The entry fee is {expected} cents, not {actual}.",
  },
  NOT_ACTIVE: {
    rule: "MEM-2",
    fr: "Seule une adhésion active peut être résiliée (statut actuel : {status}).",
    en: "Only an active membership can be terminated (current status: {status}).",
  },
  NOT_TERMINATED: {
    rule: "MEM-3",
    fr: "Seul un ancien membre peut réadhérer (statut actuel : {status}).",
    en: "Only a former member can rejoin (current status: {status}).",
  },
  NOT_HONORARY: {
    rule: "MEM-3",
    fr: "Seul un membre honoraire peut réadhérer.",
    en: "Only an honorary member can rejoin.",
  },
  NOT_A_MEMBER: {
    rule: "MEM-3",
    fr: "Aucune procédure de recouvrement ne vise un candidat (statut actuel : {status}).",
    en: "A debt-recovery procedure cannot target a candidate (current status: {status}).",
  },
  DEBT_RECOVERY_ALREADY_OPENED: {
    rule: "MEM-3",
    fr: "Une procédure de recouvrement est déjà enregistrée pour ce membre.",
    en: "A debt-recovery procedure is already recorded for this member.",
  },
  DELEGATE_NOT_ALLOWED: {
    rule: "MEM-5",
    fr: "Un délégué ne peut pas résilier, désigner ou remplacer un délégué, ni désigner un payeur : seul le membre le peut.",
    en: "A delegate cannot terminate, designate or replace a delegate, or designate a payer: only the member can.",
  },
  DELEGATE_CONTACT_REQUIRED: {
    rule: "MEM-4",
    fr: "Indiquez un moyen de contact du délégué : e-mail ou téléphone.",
    en: "Give a way to contact the delegate: email or phone.",
  },
  NOTIFICATION_CHANNEL_REQUIRED: {
    rule: "MEM-4",
    fr: "Indiquez comment le Desk a été prévenu : EMAIL ou PHONE.",
    en: "Say how the Desk was notified: EMAIL or PHONE.",
  },
  NOTIFICATION_CHANNEL_INVALID: {
    rule: "MEM-4",
    fr: "Un membre désigne son délégué dans l'application : le canal est APP.",
    en: "A member designates their delegate in the app: the channel is APP.",
  },
  NO_ACTIVE_DELEGATE: {
    rule: "MEM-4",
    fr: "Ce membre n'a pas de délégué actif.",
    en: "This member has no active delegate.",
  },
  PAYER_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Payeur introuvable, ou vous n'y avez pas accès.",
    en: "Payer not found, or you do not have access to it.",
  },
  INVALID_PAYER_FIELD: {
    rule: "BIL-6",
    fr: "Ce champ du payeur doit contenir entre 1 et {max} caractères.",
    en: "This payer field must be between 1 and {max} characters long.",
  },
  PAYER_KIND_TAKEN: {
    rule: "BIL-6",
    fr: "Un payeur actif prend déjà en charge : {kinds}. Révoquez-le d'abord, ou choisissez d'autres postes.",
    en: "An active payer already pays for: {kinds}. Revoke it first, or choose other item kinds.",
  },
  PAYER_OVERLAPS_ALL: {
    rule: "BIL-6",
    fr: "Un payeur de la totalité ne peut coexister avec un autre payeur actif : révoquez d'abord le payeur en place, ou limitez ce payeur à certains postes.",
    en: "A payer of everything cannot coexist with another active payer: revoke the current payer first, or limit this payer to some item kinds.",
  },
});

export type MembershipErrorCode = keyof typeof membershipErrors.catalog;
