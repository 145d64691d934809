import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";
import { zoneErrors } from "../zone/index.js";

export const memberErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "PROCESSING_RESTRICTED"),
  NOTHING_TO_UPDATE: {
    rule: null,
    fr: "Aucune modification demandée : indiquez au moins un champ.",
    en: "Nothing to change: give at least one field.",
  },
  INVALID_EMAIL: {
    rule: "MEM-1",
    fr: "L'adresse e-mail n'est pas valide.",
    en: "The email address is not valid.",
  },
  EMAIL_TAKEN: {
    rule: "MEM-1",
    fr: "Cette adresse e-mail est déjà utilisée par un autre membre.",
    en: "This email address is already used by another member.",
  },
  INVALID_PHONE: {
    rule: "MEM-1",
    fr: "Le numéro de téléphone doit être un numéro français valide.",
    en: "The phone number must be a valid French number.",
  },
  INVALID_ADDRESS_LINE: {
    rule: "MEM-1",
    fr: "La ligne d'adresse doit contenir entre 1 et {max} caractères.",
    en: "The address line must be between 1 and {max} characters long.",
  },
  INVALID_POSTAL_CODE: {
    rule: "MEM-1",
    fr: "Le code postal doit comporter 5 chiffres et exister en France.",
    en: "The postal code must have 5 digits and exist in France.",
  },
  OUT_OF_ZONE: zoneErrors.catalog.OUT_OF_ZONE,
  MONACO_EXCLUDED: zoneErrors.catalog.MONACO_EXCLUDED,
  COMMUNE_MISMATCH: {
    rule: "MEM-1",
    fr: "La commune « {commune} » ne correspond pas au code postal {postalCode}.",
    en: 'The commune "{commune}" does not match postal code {postalCode}.',
  },
});

export type MemberErrorCode = keyof typeof memberErrors.catalog;
