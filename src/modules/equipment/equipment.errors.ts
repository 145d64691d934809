import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

export const equipmentErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND"),
  MEMBER_NOT_ACTIVE: {
    rule: "BIL-1",
    fr: "Seul un membre actif peut acheter du matériel par Parnasse (statut actuel : {status}).",
    en: "Only an active member can buy equipment through Parnasse (current status: {status}).",
  },
  INVALID_LABEL: { rule: "BIL-1", fr: "Le libellé doit contenir entre 1 et {max} caractères.", en: "The label must be between 1 and {max} characters long." },
  INVALID_QUANTITY: { rule: "BIL-1", fr: "La quantité doit être un entier entre 1 et {max}.", en: "The quantity must be a whole number between 1 and {max}." },
  INVALID_AMOUNT: {
    rule: "BIL-1",
    fr: "Le prix unitaire doit être un nombre entier de centimes TTC, supérieur à zéro et au plus {max}.",
    en: "The unit price must be a whole number of euro cents TTC, above zero and at most {max}.",
  },
  TOTAL_TOO_LARGE: {
    rule: "BIL-1",
    fr: "Le montant de l'achat (quantité × prix unitaire) dépasse {max} centimes TTC : enregistrez-le en plusieurs achats ou sur devis.",
    en: "The purchase amount (quantity × unit price) exceeds {max} cents TTC: record it as several purchases or on a quote.",
  },
  ORDERED_IN_FUTURE: { rule: "BIL-1", fr: "La date de commande ne peut pas être dans le futur.", en: "The order date cannot be in the future." },
  ORDER_TOO_OLD: {
    rule: "BIL-1",
    fr: "Un achat s'enregistre au plus {days} jours après la commande.",
    en: "A purchase is recorded at most {days} days after the order.",
  },
});

export type EquipmentErrorCode = keyof typeof equipmentErrors.catalog;
