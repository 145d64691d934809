import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

export const proErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "SERVICE_SUSPENDED", "INVALID_TEXT"),
  NOT_A_LEGAL_ENTITY: {
    rule: "PRO-1",
    fr: "L'Univers Pro est réservé aux membres inscrits avec une personne morale (SIREN).",
    en: "Univers Pro is only for members registered with a legal entity (SIREN).",
  },
  MEMBERSHIP_NOT_ACTIVE: { rule: "PRO-1", fr: "L'Univers Pro nécessite une adhésion active.", en: "Univers Pro requires an active membership." },
  // PRO-1, not the shared OPT-2 entry: the refusal names Univers Pro.
  OPTION_NOT_IN_FORCE: {
    rule: "PRO-1",
    fr: "L'Univers Pro est un service de l'option Intérieur : l'option doit être en cours.",
    en: "Univers Pro is a service of the Option Intérieur: the option must be in force.",
  },
  REQUEST_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Demande Univers Pro introuvable, ou vous n'y avez pas accès.",
    en: "Univers Pro request not found, or you do not have access to it.",
  },
  BRICK_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Brique de maintenance introuvable, ou vous n'y avez pas accès.",
    en: "Maintenance brick not found, or you do not have access to it.",
  },
  ADDRESS_NOT_FOUND: {
    rule: "PRO-3",
    fr: "L'adresse de maintenance doit être une adresse déclarée et active du membre.",
    en: "The maintenance address must be one of the member's declared, active addresses.",
  },
  ILLEGAL_TRANSITION: {
    rule: "PRO-1",
    fr: "Impossible de passer cette demande de l'état {from} à l'état {to} : étude technique, puis devis accepté, puis installation.",
    en: "This request cannot go from {from} to {to}: technical study, then an accepted quote, then installation.",
  },
  QUOTE_NOT_ACCEPTED: {
    rule: "PRO-1",
    fr: "L'installation suit l'acceptation du devis de ce service : aucun devis accepté.",
    en: "Installation follows the acceptance of this service's quote: no quote is accepted.",
  },
  INSTALLATION_IN_FUTURE: { rule: "PRO-1", fr: "La date d'installation ne peut pas être dans le futur.", en: "The installation date cannot be in the future." },
  ACCESS_POINTS_LIMIT: {
    rule: "PRO-2",
    fr: "La brique Wi-Fi couvre de 1 à {limit} points d'accès.",
    en: "The Wi-Fi brick covers 1 to {limit} access points.",
  },
  SWITCHES_LIMIT: {
    rule: "PRO-2",
    fr: "La brique LAN & sécurité couvre au plus {limit} switchs.",
    en: "The LAN & security brick covers at most {limit} switches.",
  },
  ROUTERS_LIMIT: {
    rule: "PRO-2",
    fr: "La brique LAN & sécurité couvre au plus {limit} routeurs.",
    en: "The LAN & security brick covers at most {limit} routers.",
  },
  EQUIPMENT_REQUIRED: {
    rule: "PRO-2",
    fr: "Indiquez le nombre d'équipements couverts par la brique {brick}.",
    en: "Give the number of devices the {brick} brick covers.",
  },
  EQUIPMENT_NOT_APPLICABLE: {
    rule: "PRO-2",
    fr: "La brique {brick} ne porte pas sur cet équipement.",
    en: "The {brick} brick does not cover this kind of device.",
  },
  BRICK_ALREADY_SUBSCRIBED: {
    rule: "PRO-3",
    fr: "Cette brique est déjà souscrite à cette adresse.",
    en: "This brick is already subscribed at this address.",
  },
  NOT_A_TECHNICIAN: { rule: "PRO-1", fr: "Indiquez un technicien en activité.", en: "Name an active technician." },
  STUDY_ALREADY_DONE: {
    rule: "PRO-1",
    fr: "L'étude technique de cette demande est déjà enregistrée : plus de technicien à lui attribuer.",
    en: "This request's technical study is already recorded: there is no technician left to assign.",
  },
  PREREQUISITE_NOT_PENDING: {
    rule: "PRO-3",
    fr: "Cette brique n'attend ni étude technique ni revue.",
    en: "This brick is waiting for neither a technical study nor a review.",
  },
  BRICK_ALREADY_TERMINATED: {
    rule: "PRO-4",
    fr: "La résiliation de cette brique est déjà enregistrée : fin le {endsOn}.",
    en: "This brick's termination is already recorded: it ends on {endsOn}.",
  },
});

export type ProErrorCode = keyof typeof proErrors.catalog;
