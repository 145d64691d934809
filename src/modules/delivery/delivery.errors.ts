import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

export const deliveryErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED"),
  POSTAL_ADDRESS_INVALID: {
    rule: "BIL-5",
    fr: "Sans accès à internet, les factures partent par courrier : l'adresse postale du membre est incomplète ou invalide. Corrigez-la d'abord (updateMemberContact).",
    en: "Without internet access, invoices go by post: the member's postal address is incomplete or invalid. Correct it first (updateMemberContact).",
  },
});

export type DeliveryErrorCode = keyof typeof deliveryErrors.catalog;
