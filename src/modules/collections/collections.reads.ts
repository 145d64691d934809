import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { parisDate } from "../../shared/paris-time.js";
import { idOfType } from "../../shared/relay.js";
import { balanceDue, toInvoice, type Invoice, type InvoiceRow } from "../invoicing/index.js";
import { toDispute, toPayment } from "./collections.mappers.js";
import { collectionsPolicies } from "./collections.policies.js";
import { BillingStanding, type InvoiceDispute, type Payment } from "./collections.types.js";

const owner = (invoice: Invoice) => ({ memberId: invoice.memberRawId, payerId: invoice.payerRawId });

/** Reads of the collections module: Invoice fields and the billing standing (BIL-6). */
export const collectionsReads = {
  async payments(ctx: Context, invoice: Invoice): Promise<Payment[]> {
    const rows = await ctx.loaders.collections.paymentsByInvoiceId.load(invoice.rawId);
    return rows.map((row) => toPayment(row, owner(invoice)));
  },

  async disputes(ctx: Context, invoice: Invoice): Promise<InvoiceDispute[]> {
    const rows = await ctx.loaders.collections.disputesByInvoiceId.load(invoice.rawId);
    return rows.map((row) => toDispute(row, owner(invoice)));
  },

  /** Credit notes concern the same member and bill-to as the invoice they correct. */
  async creditNotes(ctx: Context, invoice: Invoice): Promise<Invoice[]> {
    const rows = await ctx.loaders.collections.creditNotesByInvoiceId.load(invoice.rawId);
    return rows.map((row) => toInvoice(row));
  },

  /**
   * BIL-6: the member's standing covers every invoice of their membership, including those
   * addressed to their payer (the member remains liable: a payer's default shows here).
   */
  async standingOfMember(ctx: Context, memberId: string): Promise<BillingStanding | null> {
    if (!collectionsPolicies.readStanding(ctx.actor, memberId)) return null;
    const rows = await ctx.loaders.collections.openInvoicesByMemberId.load(memberId);
    return summarise(rows, parisDate(ctx.clock.now()), { memberRawId: memberId, payerRawId: null });
  },

  /** BILLING names a member; a MEMBER reads their own; a PAYER reads the invoices addressed to them. */
  async standing(ctx: Context, memberGlobalId: string | null): Promise<BillingStanding | null> {
    const actor = ctx.actor;
    if (actor.kind === "member-scoped" && actor.role === "PAYER") {
      const rows = await ctx.loaders.collections.openInvoicesByPayerId.load(actor.subjectId);
      return summarise(rows, parisDate(ctx.clock.now()), { memberRawId: actor.memberId, payerRawId: actor.subjectId });
    }
    if (actor.kind === "member-scoped" && actor.role === "MEMBER") return collectionsReads.standingOfMember(ctx, actor.memberId);
    if (!collectionsPolicies.isBilling(actor)) throw forbidden();
    const memberId = memberGlobalId ? idOfType(memberGlobalId, "Member") : null;
    if (!memberId || !(await ctx.loaders.members.memberById.load(memberId))) return null;
    return collectionsReads.standingOfMember(ctx, memberId);
  },

  async openInvoices(ctx: Context, standing: BillingStanding): Promise<Invoice[]> {
    const rows = await openRows(ctx, standing);
    return rows.map((row) => toInvoice(row));
  },

  async rejectedPayments(ctx: Context, standing: BillingStanding): Promise<Payment[]> {
    const rows = standing.payerRawId
      ? await ctx.loaders.collections.rejectedPaymentsByPayerId.load(standing.payerRawId)
      : await ctx.loaders.collections.rejectedPaymentsByMemberId.load(standing.memberRawId);
    return rows.map((r) => toPayment(r.payment, { memberId: r.memberId, payerId: r.payerId }));
  },
};

function openRows(ctx: Context, standing: BillingStanding): Promise<InvoiceRow[]> {
  return standing.payerRawId ? ctx.loaders.collections.openInvoicesByPayerId.load(standing.payerRawId) : ctx.loaders.collections.openInvoicesByMemberId.load(standing.memberRawId);
}

function summarise(rows: InvoiceRow[], today: string, ids: { memberRawId: string; payerRawId: string | null }): BillingStanding {
  let balanceDueCents = 0;
  let overdueCents = 0;
  let payerOverdueCents = 0;
  let contestedCents = 0;
  for (const row of rows) {
    const due = balanceDue(row);
    balanceDueCents += due;
    contestedCents += row.contestedCents;
    if (row.dueOn !== null && row.dueOn < today) {
      overdueCents += due;
      if (row.payerId !== null) payerOverdueCents += due;
    }
  }
  return Object.assign(new BillingStanding(), { ...ids, balanceDueCents, overdueCents, payerOverdueCents, contestedCents });
}
