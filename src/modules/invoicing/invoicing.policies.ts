import type { Actor } from "../../authz/actor.js";

/**
 * Who sees an invoice (issue 5, AUT-2): the member it concerns (their own account, whoever pays),
 * the payer it is addressed to, and billing staff. Never a delegate, never other staff.
 */
export const invoicingPolicies = {
  canReadInvoice(actor: Actor, invoice: { memberRawId: string; payerRawId: string | null }): boolean {
    if (actor.kind === "staff") return actor.role === "BILLING";
    if (actor.kind !== "member-scoped") return false;
    if (actor.role === "MEMBER") return actor.memberId === invoice.memberRawId;
    if (actor.role === "PAYER") return invoice.payerRawId !== null && actor.subjectId === invoice.payerRawId;
    return false;
  },
};
