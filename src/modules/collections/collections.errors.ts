import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

export const collectionsErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND", "INVALID_TEXT"),
  INVOICE_NOT_FOUND: { rule: "AUT-2", fr: "Facture introuvable, ou vous n'y avez pas accès.", en: "Invoice not found, or you do not have access to it." },
  DISPUTE_NOT_FOUND: { rule: "BIL-7", fr: "Contestation introuvable.", en: "Dispute not found." },
  INVALID_AMOUNT: {
    rule: "BIL-4",
    fr: "Le montant doit être un nombre entier de centimes, supérieur à 0.",
    en: "The amount must be a whole number of cents, greater than 0.",
  },
  PAYMENT_DATE_IN_FUTURE: {
    rule: "BIL-4",
    fr: "La date de réception du paiement ne peut pas être dans le futur.",
    en: "The payment's received date cannot be in the future.",
  },
  INVOICE_NOT_ISSUED: {
    rule: "BIL-4",
    fr: "Cette facture est un brouillon : elle n'est pas encore émise.",
    en: "This invoice is a draft: it has not been issued yet.",
  },
  CREDIT_NOTE_NOT_PAYABLE: {
    rule: "BIL-4",
    fr: "Un avoir ne se paie pas et ne se conteste pas : indiquez la facture qu'il corrige.",
    en: "A credit note is neither paid nor disputed: name the invoice it corrects.",
  },
  OVERPAYMENT: {
    rule: "BIL-4",
    fr: "Ce paiement dépasse le montant dû ({due} centimes) : le montant contesté est suspendu et ne se paie pas.",
    en: "This payment exceeds the amount due ({due} cents): a contested amount is suspended and not payable.",
  },
  DUPLICATE_REFERENCE: {
    rule: "BIL-4",
    fr: "Un résultat de paiement portant cette référence bancaire est déjà enregistré.",
    en: "A payment result with this bank reference is already recorded.",
  },
  GUARANTEE_METHOD_RESERVED: {
    rule: "BIL-4",
    fr: "Le mode GUARANTEE est réservé à l'utilisation d'une garantie financière (useFinancialGuarantee) : il ne s'enregistre pas à la main.",
    en: "The GUARANTEE method is reserved for using a financial guarantee (useFinancialGuarantee): it is never recorded by hand.",
  },
  GUARANTEE_MEMBER_NOT_FOUND: {
    rule: "BIL-4",
    fr: "Membre introuvable : une garantie financière se demande à un membre existant.",
    en: "Member not found: a financial guarantee is asked of an existing member.",
  },
  GUARANTEE_MEMBERSHIP_CLOSED: {
    rule: "BIL-4",
    fr: "L'adhésion de ce membre est terminée ou refusée : aucune garantie financière ne peut lui être demandée.",
    en: "This member's membership has ended or was rejected: no financial guarantee can be asked of them.",
  },
  GUARANTEE_DUE_IN_PAST: {
    rule: "BIL-4",
    fr: "La date limite de versement de la garantie ne peut pas être passée (aujourd'hui : {today}).",
    en: "The guarantee's due date cannot be in the past (today: {today}).",
  },
  GUARANTEE_INVALID_TEXT: {
    rule: "BIL-4",
    fr: "Ce champ doit contenir entre 1 et {max} caractères.",
    en: "This field must be between 1 and {max} characters long.",
  },
  GUARANTEE_NOT_FOUND: { rule: "BIL-4", fr: "Garantie financière introuvable.", en: "Financial guarantee not found." },
  GUARANTEE_NOT_REQUESTED: {
    rule: "BIL-4",
    fr: "Cette garantie n'est plus en attente de versement (statut {status}) : seule une garantie demandée se verse ou s'annule.",
    en: "This guarantee is no longer awaiting payment (status {status}): only a requested guarantee is paid or cancelled.",
  },
  GUARANTEE_NOT_PAID: {
    rule: "BIL-4",
    fr: "Cette garantie n'est pas versée (statut {status}) : seule une garantie versée s'utilise ou se restitue.",
    en: "This guarantee is not paid (status {status}): only a paid guarantee is used or released.",
  },
  GUARANTEE_INVOICE_NOT_FOUND: {
    rule: "BIL-4",
    fr: "Facture introuvable : une garantie s'utilise sur une facture émise du membre.",
    en: "Invoice not found: a guarantee is used on an issued invoice of the member.",
  },
  GUARANTEE_OTHER_MEMBER: {
    rule: "BIL-4",
    fr: "Cette facture n'est pas celle du membre qui a versé la garantie.",
    en: "This invoice is not the invoice of the member who paid the guarantee.",
  },
  GUARANTEE_EXCEEDS_REMAINING: {
    rule: "BIL-4",
    fr: "Ce montant dépasse ce qui reste de la garantie ({remaining} centimes).",
    en: "This amount exceeds what is left of the guarantee ({remaining} cents).",
  },
  DRAFT_NOT_CREDITABLE: {
    rule: "BIL-1",
    fr: "Un brouillon se corrige directement : un avoir ne corrige qu'une facture émise.",
    en: "A draft is corrected directly: a credit note only corrects an issued invoice.",
  },
  CREDIT_NOTE_NOT_CREDITABLE: { rule: "BIL-1", fr: "Un avoir ne peut pas être corrigé par un autre avoir.", en: "A credit note cannot be corrected by another credit note." },
  CREDIT_EXCEEDS_INVOICE: {
    rule: "BIL-1",
    fr: "L'avoir dépasse ce qui peut encore être crédité ({max} centimes : TTC − avoirs − montant contesté).",
    en: "The credit note exceeds what may still be credited ({max} cents: TTC − credits − contested amount).",
  },
  DRAFT_NOT_DISPUTABLE: { rule: "BIL-7", fr: "Un brouillon ne se conteste pas.", en: "A draft cannot be disputed." },
  DISPUTE_EXCEEDS_UNPAID: {
    rule: "BIL-7",
    fr: "On ne conteste que ce qui reste à payer ({max} centimes).",
    en: "Only what remains to be paid can be disputed ({max} cents).",
  },
  DISPUTE_ALREADY_RESOLVED: { rule: "BIL-7", fr: "Cette contestation est déjà tranchée.", en: "This dispute has already been resolved." },
  RATE_NOT_HALF_YEAR: {
    rule: "BIL-8",
    fr: "Le taux de l'intérêt légal est fixé par semestre : il prend effet un 1er janvier ou un 1er juillet.",
    en: "The legal interest rate is set per half-year: it takes effect on 1 January or 1 July.",
  },
  RATE_OUT_OF_RANGE: { rule: "BIL-8", fr: "Le taux doit être compris entre 0 et 10000 points de base.", en: "The rate must be between 0 and 10000 basis points." },
  RATE_ALREADY_RECORDED: {
    rule: "BIL-8",
    fr: "Un taux est déjà enregistré pour ce semestre ({effectiveOn}).",
    en: "A rate is already recorded for this half-year ({effectiveOn}).",
  },
  LEGAL_RATE_MISSING: {
    rule: "BIL-8",
    fr: "Taux d'intérêt légal manquant pour le {semestre} ({halfYear}) : majoration de retard non calculable tant que le service facturation ne l'a pas enregistré.",
    en: "Legal interest rate missing for {halfYear}: the late charge cannot be computed until billing records it.",
  },
  NOTHING_OVERDUE: {
    rule: "BIL-9",
    fr: "Ce membre n'a aucun montant échu, non contesté, impayé.",
    en: "This member has no overdue, undisputed, unpaid amount.",
  },
  CASE_ALREADY_OPEN: { rule: "BIL-9", fr: "Une procédure de recouvrement est déjà en cours pour ce membre.", en: "A dunning case is already open for this member." },
  NO_OPEN_CASE: { rule: "BIL-9", fr: "Aucune mise en demeure en cours pour ce membre.", en: "No formal notice is pending for this member." },
  STEP_OUT_OF_ORDER: {
    rule: "BIL-9",
    fr: "Étape hors d'ordre : mise en demeure, suspension, seconde mise en demeure, puis résiliation.",
    en: "Step out of order: formal notice, suspension, second notice, then termination.",
  },
  TOO_EARLY: {
    rule: "BIL-9",
    fr: "La mise en demeure doit rester sans effet {days} jours : pas avant le {earliest}.",
    en: "The notice must be left without effect for {days} days: not before {earliest}.",
  },
});

export type CollectionsErrorCode = keyof typeof collectionsErrors.catalog;
