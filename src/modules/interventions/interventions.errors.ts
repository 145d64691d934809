import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

export const interventionErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "INVALID_TEXT", "SERVICE_SUSPENDED"),
  OUT_OF_SCOPE: {
    rule: "INT-5",
    fr: "Câblage Ethernet, bornes Wi-Fi et équipements multimédia ne sont couverts que s'ils ont été installés par Parnasse.",
    en: "Ethernet cabling, Wi-Fi access points and multimedia equipment are covered only if Parnasse installed them.",
  },
  TV_VOD_CLOSED: {
    rule: "INT-5",
    fr: "L'assistance bouquets TV / VOD est ouverte du lundi au vendredi de 9 h à 20 h ; prochaine ouverture : {nextOpensAt}.",
    en: "TV bouquet / VOD support is open Monday to Friday 09:00–20:00; it next opens at {nextOpensAt}.",
  },
  TV_VOD_REMOTE_ONLY: {
    rule: "INT-5",
    fr: "Les problèmes de bouquets TV / VOD se traitent uniquement à distance : aucune intervention à domicile.",
    en: "TV bouquet / VOD issues are handled remotely only: no home intervention.",
  },
  ASSISTANCE_REQUEST_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Demande d'assistance introuvable, ou vous n'y avez pas accès.",
    en: "Assistance request not found, or you do not have access to it.",
  },
  OUTCOME_ALREADY_RECORDED: {
    rule: "INT-1",
    fr: "L'issue de l'assistance à distance est déjà enregistrée ({outcome}).",
    en: "The outcome of the remote assistance is already recorded ({outcome}).",
  },
  REMOTE_NOT_FAILED: {
    rule: "INT-1",
    fr: "Une intervention à domicile n'est proposée que si l'assistance à distance a échoué ou est impossible (issue enregistrée).",
    en: "A home intervention is offered only once remote assistance was recorded as failed or impossible.",
  },
  NO_OPTION_IN_FORCE: {
    rule: "INT-3",
    fr: "Le membre n'a pas d'option Intérieur en cours : pas d'intervention à domicile.",
    en: "The member holds no Option Intérieur in force: no home intervention.",
  },
  OPTION_ENDS_BEFORE_SLOT: {
    rule: "INT-3",
    fr: "L'option Intérieur prend fin le {endsAt}, avant ce créneau.",
    en: "The Option Intérieur ends on {endsAt}, before this slot.",
  },
  PRICE_NOT_ACCEPTED: {
    rule: "INT-3",
    fr: "Au-delà des {limit} interventions de l'année contractuelle, celle-ci est facturée {price} TTC : le membre doit accepter ce prix (acceptedPriceCents = {cents}).",
    en: "Beyond the {limit} interventions of the contract year, this one costs {price} incl. VAT: the member must accept that price (acceptedPriceCents = {cents}).",
  },
  COACH_TIME_NOT_ACCEPTED: {
    rule: "INT-7",
    fr: "Plus de {included} appareils personnels : le temps du coach est facturé {price} TTC ; le membre doit accepter ce prix (acceptedPriceCents = {cents}).",
    en: "More than {included} personal devices: the coach's time costs {price} incl. VAT; the member must accept that price (acceptedPriceCents = {cents}).",
  },
  ADDRESS_NOT_FOUND: {
    rule: "ZON-2",
    fr: "Les interventions ont lieu uniquement à une adresse déclarée et active du membre, dans la zone.",
    en: "Interventions take place only at an active address the member declared, inside the zone.",
  },
  INVALID_DURATION: {
    rule: "INT-2",
    fr: "La durée doit être comprise entre {min} et {max} minutes.",
    en: "The duration must be between {min} and {max} minutes.",
  },
  SLOT_IN_PAST: { rule: "INT-2", fr: "Le créneau doit commencer dans le futur.", en: "The slot must start in the future." },
  SLOT_TOO_FAR: {
    rule: "INT-2",
    fr: "Le créneau doit commencer dans les {days} prochains jours.",
    en: "The slot must start within the next {days} days.",
  },
  OUTSIDE_INTERVENTION_HOURS: {
    rule: "INT-2",
    fr: "Les interventions à domicile ont lieu du lundi au samedi, de 9 h à 19 h (heure de Paris).",
    en: "Home interventions take place Monday to Saturday, 09:00–19:00 Paris time.",
  },
  NOT_A_TECHNICIAN: { rule: "INT-2", fr: "La personne désignée n'est pas un technicien en activité.", en: "The person named is not an active technician." },
  NOT_THE_MEMBERS_COACH: {
    rule: "INT-2",
    fr: "Une visite coach est faite par le coach attitré du membre ou son remplaçant.",
    en: "A coach visit is made by the member's assigned coach or their substitute.",
  },
  INVALID_DEVICE_COUNT: {
    rule: "INT-7",
    fr: "Le nombre d'appareils personnels doit être compris entre 0 et {max}.",
    en: "The number of personal devices must be between 0 and {max}.",
  },
  INTERVENTION_NOT_FOUND: {
    rule: "AUT-3",
    fr: "Intervention introuvable, ou vous n'y avez pas accès.",
    en: "Intervention not found, or you do not have access to it.",
  },
  BACKUP_NOT_CONFIRMED: {
    rule: "INT-6",
    fr: "Le membre n'a pas encore confirmé la sauvegarde de ses données : l'intervention ne peut pas commencer.",
    en: "The member has not confirmed their data is backed up yet: the intervention cannot start.",
  },
  BACKUP_ALREADY_CONFIRMED: {
    rule: "INT-6",
    fr: "La sauvegarde des données est déjà confirmée pour cette intervention.",
    en: "The data backup is already confirmed for this intervention.",
  },
  INVALID_STATUS: {
    rule: null,
    fr: "Impossible : l'intervention est à l'état {status}.",
    en: "Not possible: the intervention is {status}.",
  },
});

export type InterventionErrorCode = keyof typeof interventionErrors.catalog;
