import { defineErrors } from "../../shared/errors.js";

export const zoneErrors = defineErrors({
  INVALID_POSTAL_CODE: {
    rule: "ZON-1",
    fr: "Le code postal doit comporter 5 chiffres et exister en France.",
    en: "The postal code must have 5 digits and exist in France.",
  },
  COMMUNE_MISMATCH: {
    rule: "ZON-1",
    fr: "La commune « {commune} » ne correspond pas au code postal {postalCode}.",
    en: 'The commune "{commune}" does not match postal code {postalCode}.',
  },
  MONACO_EXCLUDED: {
    rule: "ZON-1",
    fr: "Monaco est exclu de la zone de couverture.",
    en: "Monaco is excluded from the coverage zone.",
  },
  OUT_OF_ZONE: {
    rule: "ZON-1",
    fr: "Cette adresse ({commune}, {postalCode}) est hors de la zone de couverture Parnasse.",
    en: "This address ({commune}, {postalCode}) is outside the Parnasse coverage zone.",
  },
});

export type ZoneErrorCode = keyof typeof zoneErrors.catalog;
