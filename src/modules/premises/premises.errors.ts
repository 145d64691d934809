import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

/**
 * Refusals of the premises module. Zone refusals carry ZON-2 here (home services only at a declared
 * address inside the zone), where the public eligibility check carries ZON-1: same checks, other rule.
 */
export const premisesErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "MEMBERSHIP_CLOSED", "INVALID_TEXT", "PROCESSING_RESTRICTED"),
  ADDRESS_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Adresse introuvable, déjà retirée, ou vous n'y avez pas accès.",
    en: "Address not found, already removed, or you do not have access to it.",
  },
  LINE_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Ligne internet introuvable, déjà retirée, ou vous n'y avez pas accès.",
    en: "Internet line not found, already removed, or you do not have access to it.",
  },
  NOTHING_TO_UPDATE: {
    rule: null,
    fr: "Aucune modification demandée : indiquez au moins un champ.",
    en: "Nothing to change: give at least one field.",
  },
  INVALID_POSTAL_CODE: {
    rule: "ZON-2",
    fr: "Le code postal doit comporter 5 chiffres et exister en France.",
    en: "The postal code must have 5 digits and exist in France.",
  },
  COMMUNE_MISMATCH: {
    rule: "ZON-2",
    fr: "La commune « {commune} » ne correspond pas au code postal {postalCode}.",
    en: 'The commune "{commune}" does not match postal code {postalCode}.',
  },
  MONACO_EXCLUDED: {
    rule: "ZON-2",
    fr: "Monaco est exclu de la zone de couverture : aucun service à domicile n'y est possible.",
    en: "Monaco is excluded from the coverage zone: no home service is possible there.",
  },
  OUT_OF_ZONE: {
    rule: "ZON-2",
    fr: "Cette adresse ({commune}, {postalCode}) est hors de la zone de couverture : les services à domicile n'y sont pas possibles.",
    en: "This address ({commune}, {postalCode}) is outside the coverage zone: home services are not possible there.",
  },
  MAIN_ADDRESS_EXISTS: {
    rule: "ADR-1",
    fr: "Ce membre a déjà une adresse principale. Retirez-la avant d'en déclarer une autre.",
    en: "This member already has a main address. Remove it before declaring another one.",
  },
  EXTRA_SITES_LIMIT: {
    rule: "ADR-2",
    fr: "Au plus {limit} sites supplémentaires par membre : la limite est atteinte.",
    en: "At most {limit} extra sites per member: the limit is reached.",
  },
  LINES_PER_ADDRESS_LIMIT: {
    rule: "LIN-3",
    fr: "Au plus {limit} abonnements internet par adresse : la limite est atteinte pour cette adresse.",
    en: "At most {limit} internet subscriptions per address: this address has reached the limit.",
  },
  HOLDER_NOT_MEMBER: {
    rule: "LIN-3",
    fr: "La ligne doit être au nom du membre ({memberName}).",
    en: "The line must be in the member's name ({memberName}).",
  },
});

export type PremisesErrorCode = keyof typeof premisesErrors.catalog;
