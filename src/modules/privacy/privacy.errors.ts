import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

/** Refusals of the data-subject requests (GDP-1, with MEM-5 and GDP-3): nothing is written when one is returned. */
export const privacyErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "INVALID_TEXT"),
  DELEGATE_MAY_NOT_EXERCISE: {
    rule: "MEM-5",
    fr: "Un délégué ne peut pas exercer les droits du membre sur ses données personnelles : seul le membre dépose une demande.",
    en: "A delegate cannot exercise the member's rights over their personal data: only the member files a request.",
  },
  PAYER_MAY_NOT_EXERCISE: {
    rule: "GDP-1",
    fr: "Un payeur ne peut pas exercer les droits du membre sur ses données personnelles : seul le membre dépose une demande.",
    en: "A payer cannot exercise the member's rights over their personal data: only the member files a request.",
  },
  CHANNEL_NOT_ALLOWED: {
    rule: "GDP-1",
    fr: "Le membre dépose sa demande dans l'application (APP) ; le Desk et le DPO enregistrent celles reçues par courrier (POST) ou e-mail (EMAIL).",
    en: "The member files their request in the app (APP); the desk and the privacy officer record those received by post (POST) or email (EMAIL).",
  },
  IDENTITY_PROOF_REQUIRED: {
    rule: "GDP-1",
    fr: "Une demande reçue par courrier ou e-mail s'enregistre avec le justificatif d'identité vu : son type (pièce d'identité, passeport…) et une référence.",
    en: "A request received by post or email is recorded with the identity proof seen: its kind (identity card, passport…) and a reference.",
  },
  IDENTITY_PROOF_INVALID: {
    rule: "GDP-1",
    fr: "La référence du justificatif fait de 1 à {max} caractères (par ex. les derniers chiffres du numéro) ; le document lui-même n'est jamais enregistré.",
    en: "The proof's reference is 1 to {max} characters (e.g. the last digits of its number); the document itself is never stored.",
  },
  RECEIVED_AT_REQUIRED: {
    rule: "GDP-1",
    fr: "Indiquez la date de réception du courrier ou de l'e-mail (receivedAt) : le délai d'un mois court à partir d'elle.",
    en: "Give the date the letter or email was received (receivedAt): the one-month deadline runs from it.",
  },
  RECEIVED_AT_INVALID: {
    rule: "GDP-1",
    fr: "La date de réception ne peut être ni dans le futur, ni il y a plus de {days} jours ; une demande déposée dans l'application est reçue à l'instant.",
    en: "The date of receipt can be neither in the future nor more than {days} days ago; a request filed in the app is received now.",
  },
  PURPOSE_REQUIRED: {
    rule: "GDP-1",
    fr: "Une opposition ou une limitation porte sur une finalité de traitement : indiquez-la (purpose).",
    en: "An objection or a restriction concerns one purpose of processing: give it (purpose).",
  },
  PURPOSE_NOT_APPLICABLE: {
    rule: "GDP-1",
    fr: "Seules l'opposition et la limitation portent sur une finalité : retirez purpose.",
    en: "Only objection and restriction concern a purpose: leave purpose out.",
  },
  LIMIT_ALREADY_IN_FORCE: {
    rule: "GDP-1",
    fr: "Une demande du même type (opposition ou limitation) est déjà en vigueur pour cette finalité.",
    en: "An objection or restriction of this kind is already in force for this purpose.",
  },
  MEMBER_ERASED: {
    rule: "GDP-3",
    fr: "Les données personnelles de ce membre ont été effacées : il n'y a plus de données sur lesquelles exercer un droit.",
    en: "This member's personal data was erased: there is no data left to exercise a right on.",
  },
  REQUEST_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Demande RGPD introuvable, ou vous n'y avez pas accès.",
    en: "Data-protection request not found, or you do not have access to it.",
  },
  REQUEST_CLOSED: {
    rule: "GDP-1",
    fr: "Cette demande est déjà close ({status}).",
    en: "This request is already closed ({status}).",
  },
  ALREADY_EXTENDED: {
    rule: "GDP-1",
    fr: "Le délai de cette demande a déjà été prolongé : il ne se prolonge qu'une fois, de deux mois.",
    en: "This request's deadline was already extended: it may be extended only once, by two months.",
  },
  EXTENSION_TOO_LATE: {
    rule: "GDP-1",
    fr: "La prolongation se décide et se motive avant la fin du premier mois ({dueAt}).",
    en: "The extension must be decided, with its reason, before the first month ends ({dueAt}).",
  },
  ERASURE_ANSWERED_BY_ERASURE: {
    rule: "GDP-3",
    fr: "Une demande d'effacement se répond par erasePersonalData (qui joint le registre de conservation), ou se rejette.",
    en: "An erasure request is answered by erasePersonalData (which attaches the retention ledger), or rejected.",
  },
  LIMIT_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Opposition ou limitation introuvable, ou vous n'y avez pas accès.",
    en: "Objection or restriction not found, or you do not have access to it.",
  },
  LIMIT_ALREADY_LIFTED: {
    rule: "GDP-1",
    fr: "Cette opposition ou limitation est déjà levée.",
    en: "This objection or restriction is already lifted.",
  },
});

export type PrivacyErrorCode = keyof typeof privacyErrors.catalog;
