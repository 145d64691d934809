/**
 * Issue 13 § 2: the mutations that book or bill answer 400 IDEMPOTENCY_KEY_REQUIRED without an
 * `Idempotency-Key` header. Declared once, here; test/platform/idempotency/required.test.ts checks
 * that each name is a mutation of the schema, so a rename cannot silently drop the requirement.
 */
export const IDEMPOTENCY_REQUIRED_MUTATIONS = [
  // interventions (INT) and office-assistance visits (BUR)
  "bookHomeIntervention",
  "bookOfficeAssistanceVisit",
  // quotes (QUO)
  "acceptQuote",
  // mailbox packs (MBX) and Privilège (CON)
  "subscribeMailboxPack",
  "subscribeConciergePrivilege",
  // equipment purchases, payments, credit notes, the invoice run (BIL)
  "recordEquipmentPurchase",
  "recordPayment",
  "recordEntryFeePayment",
  "recordFinancialGuaranteePayment",
  "useFinancialGuarantee",
  "issueCreditNote",
  "runMonthlyBilling",
] as const;

const required: ReadonlySet<string> = new Set(IDEMPOTENCY_REQUIRED_MUTATIONS);

export function requiresIdempotencyKey(mutationField: string): boolean {
  return required.has(mutationField);
}
