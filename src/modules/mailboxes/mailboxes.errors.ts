import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

export const mailboxErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "SERVICE_SUSPENDED", "INVALID_TEXT"),
  // MBX-2, not the shared OPT-2 entry: the refusal names the mailbox service.
  OPTION_NOT_IN_FORCE: {
    rule: "MBX-2",
    fr: "« Ma Messagerie Mail » est un service de l'option Intérieur : ce membre n'a pas d'option en cours.",
    en: "« Ma Messagerie Mail » is a service of the Option Intérieur: this member has no option in force.",
  },
  MAILBOX_CAPACITY_REACHED: {
    rule: "MBX-2",
    fr: "Toutes les boîtes mail disponibles sont utilisées ({limit}). Souscrivez un pack (+1, 5 ou 10) pour en créer d'autres.",
    en: "Every available mailbox is in use ({limit}). Subscribe a pack (+1, 5 or 10) to create more.",
  },
  PACK_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Pack introuvable, déjà résilié, ou vous n'y avez pas accès.",
    en: "Pack not found, already cancelled, or you do not have access to it.",
  },
  PACK_IN_USE: {
    rule: "MBX-2",
    fr: "Résilier ce pack laisserait {used} boîtes mail pour {capacity} autorisées : supprimez d'abord {excess} boîte(s).",
    en: "Cancelling this pack would leave {used} mailboxes for {capacity} allowed: delete {excess} mailbox(es) first.",
  },
  MAILBOX_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Boîte mail introuvable, déjà supprimée, ou vous n'y avez pas accès.",
    en: "Mailbox not found, already deleted, or you do not have access to it.",
  },
  INVALID_LOCAL_PART: {
    rule: "MBX-1",
    fr: "La partie avant le @ doit contenir de 1 à 64 lettres, chiffres ou caractères . _ + - (sans point au début, à la fin ni double).",
    en: "The part before the @ must have 1 to 64 letters, digits or . _ + - characters (no dot at either end, no double dot).",
  },
  INVALID_DOMAIN: {
    rule: "MBX-1",
    fr: "Le nom de domaine doit être un nom DNS valide, par exemple « famille-dupont.fr ».",
    en: 'The domain name must be a valid DNS name, e.g. "famille-dupont.fr".',
  },
  DOMAIN_TAKEN: {
    rule: "MBX-1",
    fr: "Le domaine {domain} est déjà utilisé par un autre membre.",
    en: "The domain {domain} is already used by another member.",
  },
  ADDRESS_TAKEN: {
    rule: "MBX-1",
    fr: "L'adresse {address} est déjà utilisée.",
    en: "The address {address} is already in use.",
  },
  INVALID_MIGRATION_SIZE: {
    rule: "MBX-3",
    fr: "Indiquez la taille des données à migrer, en mégaoctets (au moins 1).",
    en: "Give the size of the data to migrate, in megabytes (at least 1).",
  },
});

export type MailboxErrorCode = keyof typeof mailboxErrors.catalog;
