import { hasRole, type Actor } from "../../authz/actor.js";
import { invoicingPolicies } from "../invoicing/index.js";

/**
 * Who does what in collections (issue 5, AUT-2/AUT-3). Reading follows the invoice: its member,
 * its payer, billing staff (invoicingPolicies.canReadInvoice). Recording payments, credit notes,
 * rates, resolving disputes and dunning steps: BILLING only.
 */
export const collectionsPolicies = {
  readInvoiceItem(actor: Actor, owner: { memberRawId: string; payerRawId: string | null }): boolean {
    return invoicingPolicies.canReadInvoice(actor, owner);
  },
  /** BIL-7: whoever may read the invoice may dispute it (member, payer, billing on their behalf); never a delegate. */
  disputeInvoice(actor: Actor, owner: { memberRawId: string; payerRawId: string | null }): boolean {
    return invoicingPolicies.canReadInvoice(actor, owner);
  },
  isBilling(actor: Actor): boolean {
    return hasRole(actor, "BILLING");
  },
  /** BIL-6: a member's billing standing (their invoices, whoever pays): the member and billing; never the delegate or the desk. */
  readStanding(actor: Actor, memberId: string): boolean {
    if (actor.kind === "staff") return actor.role === "BILLING";
    return actor.kind === "member-scoped" && actor.role === "MEMBER" && actor.memberId === memberId;
  },
  /** A standing object: a payer's own (the invoices addressed to them) is the payer's; a member's follows readStanding. */
  readStandingOf(actor: Actor, standing: { memberRawId: string; payerRawId: string | null }): boolean {
    if (standing.payerRawId !== null) return actor.kind === "member-scoped" && actor.role === "PAYER" && actor.subjectId === standing.payerRawId;
    return collectionsPolicies.readStanding(actor, standing.memberRawId);
  },
  /** BIL-9: a dunning case: the member, billing, and the desk (read only, for support). */
  readDunning(actor: Actor, memberId: string): boolean {
    if (actor.kind === "staff") return actor.role === "BILLING" || actor.role === "DESK_AGENT";
    return actor.kind === "member-scoped" && actor.role === "MEMBER" && actor.memberId === memberId;
  },
  /** BIL-4: that a guarantee is asked (status, due date): the member, their delegate, billing and the desk. */
  readGuarantees(actor: Actor, memberId: string): boolean {
    if (actor.kind === "staff") return actor.role === "BILLING" || actor.role === "DESK_AGENT";
    return actor.kind === "member-scoped" && (actor.role === "MEMBER" || actor.role === "DELEGATE") && actor.memberId === memberId;
  },
  /** BIL-4: a guarantee's amounts and payment details: the same, without the delegate. */
  readGuaranteeDetails(actor: Actor, memberId: string): boolean {
    return collectionsPolicies.readGuarantees(actor, memberId) && !hasRole(actor, "DELEGATE");
  },
};
