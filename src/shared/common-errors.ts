import type { ErrorCatalog } from "./errors.js";
import { PROCESSING_RESTRICTED_ERROR } from "./processing-restriction.js";
import { SERVICE_SUSPENDED_ERROR } from "./service-suspension.js";

/**
 * Refusals that many modules share, worded once. A module catalogue picks the ones it uses
 * (so each module's GraphQL `<Module>ErrorCode` enum lists only codes it can return) and adds
 * its own:  defineErrors({ ...commonErrors("MEMBER_NOT_FOUND", "INVALID_TEXT"), DEVICE_LIMIT_REACHED: {…} })
 */
export const COMMON_ERRORS = {
  MEMBER_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Membre introuvable, ou vous n'y avez pas accès.",
    en: "Member not found, or you do not have access to it.",
  },
  MEMBER_ID_REQUIRED: {
    rule: null,
    fr: "Indiquez le membre concerné (memberId).",
    en: "Say which member this is for (memberId).",
  },
  INVALID_TEXT: {
    rule: null,
    fr: "Ce champ doit contenir entre 1 et {max} caractères.",
    en: "This field must be between 1 and {max} characters long.",
  },
  MEMBERSHIP_CLOSED: {
    rule: "MEM-2",
    fr: "L'adhésion de ce membre est terminée ou refusée.",
    en: "This member's membership has ended or was rejected.",
  },
  OPTION_NOT_IN_FORCE: {
    rule: "OPT-2",
    fr: "Ce service fait partie de l'option Intérieur, qui n'est pas en cours pour ce membre.",
    en: "This service is part of the Option Intérieur, which is not in force for this member.",
  },
  SERVICE_SUSPENDED: SERVICE_SUSPENDED_ERROR,
  PROCESSING_RESTRICTED: PROCESSING_RESTRICTED_ERROR,
} satisfies ErrorCatalog<string>;

export type CommonCode = keyof typeof COMMON_ERRORS;

/** The shared entries a module's catalogue uses, spread into its `defineErrors({...})`. */
export function commonErrors<C extends CommonCode>(...codes: C[]): Pick<typeof COMMON_ERRORS, C> {
  return Object.fromEntries(codes.map((code) => [code, COMMON_ERRORS[code]])) as Pick<typeof COMMON_ERRORS, C>;
}
