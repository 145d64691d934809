import { defineErrors } from "../../shared/errors.js";

export const deliveryErrors = defineErrors({
  MEMBER_NOT_FOUND: { rule: "AUT-2", fr: "Membre introuvable, ou vous n'y avez pas accès.", en: "Member not found, or you do not have access to it." },
  MEMBER_ID_REQUIRED: { rule: null, fr: "Indiquez le membre concerné (memberId).", en: "Say which member this is for (memberId)." },
  POSTAL_ADDRESS_INVALID: {
    rule: "BIL-5",
    fr: "Sans accès à internet, les factures partent par courrier : l'adresse postale du membre est incomplète ou invalide. Corrigez-la d'abord (updateMemberContact).",
    en: "Without internet access, invoices go by post: the member's postal address is incomplete or invalid. Correct it first (updateMemberContact).",
  },
});

export type DeliveryErrorCode = keyof typeof deliveryErrors.catalog;
