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

  /** Member.invoices: the member themself and billing staff; never the delegate (AUT-2). */
  listMemberInvoices(actor: Actor, memberId: string): boolean {
    if (actor.kind === "staff") return actor.role === "BILLING";
    return actor.kind === "member-scoped" && actor.role === "MEMBER" && actor.memberId === memberId;
  },

  /** Query.invoices and the monthly run: billing staff only. */
  listAllInvoices(actor: Actor): boolean {
    return actor.kind === "staff" && actor.role === "BILLING";
  },
};
