import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

export const conciergeErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "SERVICE_SUSPENDED"),
  REQUEST_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Demande de conciergerie introuvable, ou vous n'y avez pas accès.",
    en: "Concierge request not found, or you do not have access to it.",
  },
  MEMBERSHIP_NOT_ACTIVE: {
    rule: "CON-1",
    fr: "La conciergerie est réservée aux membres dont l'adhésion est active.",
    en: "The concierge is for members with an active membership only.",
  },
  // Not the shared entry: the concierge refuses under its own rule (CON-1).
  OPTION_NOT_IN_FORCE: {
    rule: "CON-1",
    fr: "La conciergerie est un service de l'option Intérieur : l'option doit être en cours.",
    en: "The concierge is a service of the Option Intérieur: the option must be in force.",
  },
  UNKNOWN_CATEGORY: {
    rule: "CON-1",
    fr: "Catégorie inconnue : choisissez-en une dans la liste des services de la conciergerie.",
    en: "Unknown category: choose one from the concierge's list of services.",
  },
  PRIVILEGE_REQUIRED: {
    rule: "CON-2",
    fr: "La catégorie « {category} » nécessite l'option Privilège.",
    en: 'The category "{category}" requires the Privilège option.',
  },
  PRIVILEGE_ALREADY_SUBSCRIBED: {
    rule: "CON-2",
    fr: "L'option Privilège est déjà souscrite pour ce membre.",
    en: "The Privilège option is already subscribed for this member.",
  },
  NO_PRIVILEGE_IN_FORCE: {
    rule: "CON-2",
    fr: "Aucune option Privilège en cours, ou sa résiliation est déjà demandée.",
    en: "No Privilège option in force, or its cancellation was already requested.",
  },
  INVALID_CONTENT: {
    rule: null,
    fr: "La demande doit contenir entre 1 et {max} caractères.",
    en: "The request must be between 1 and {max} characters long.",
  },
  INVALID_CALLBACK_PHONE: {
    rule: "CON-4",
    fr: "Numéro de rappel invalide : indiquez un numéro français ou international (+…).",
    en: "Invalid callback number: give a French or an international (+…) number.",
  },
  REASON_REQUIRED: {
    rule: "CON-6",
    fr: "Indiquez le motif (entre 1 et {max} caractères).",
    en: "Give the reason (between 1 and {max} characters).",
  },
  NOTE_TOO_LONG: { rule: null, fr: "La note ne peut dépasser {max} caractères.", en: "The note cannot be longer than {max} characters." },
  ILLEGAL_TRANSITION: {
    rule: "CON-6",
    fr: "Impossible de passer une demande de l'état {from} à l'état {to}.",
    en: "A request cannot go from {from} to {to}.",
  },
});

export type ConciergeErrorCode = keyof typeof conciergeErrors.catalog;
