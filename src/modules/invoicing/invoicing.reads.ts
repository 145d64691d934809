import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { decodeCursor, encodeCursor, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import { toInvoice, toInvoiceLine, type InvoiceRow } from "./invoicing.mappers.js";
import { invoicingPolicies } from "./invoicing.policies.js";
import { invoicesRepository as repo, type InvoiceListFilter } from "./invoicing.repository.js";
import { billingMonth } from "./invoicing.rules.js";
import type { Invoice, InvoiceLine } from "./invoicing.types.js";

export interface PageArgs {
  first: number;
  after?: string | null;
}

const cursorOf = (row: InvoiceRow) => encodeCursor([row.createdAt.toISOString(), row.id]);

/** `memberName` is filled by its field resolver (DataLoader): the mapper gets a placeholder. */
const toNode = (row: InvoiceRow): Invoice => toInvoice(row);

async function page(ctx: Context, filter: InvoiceListFilter, args: PageArgs): Promise<ConnectionShape<Invoice>> {
  const first = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
  const rows = await repo.page(ctx.db, filter, after, first + 1);
  for (const row of rows) ctx.loaders.invoicing.invoiceById.prime(row.id, row);
  return toConnection(rows, first, toNode, cursorOf);
}

/** Reads of invoices (AUT-2): every path checks invoicingPolicies, whatever shield already did. */
export const invoiceReads = {
  /** Member.invoices: the member's own invoices (those addressed to their payer included), or billing staff. */
  memberInvoices(ctx: Context, memberId: string, args: PageArgs): Promise<ConnectionShape<Invoice>> {
    if (!invoicingPolicies.listMemberInvoices(ctx.actor, memberId)) throw forbidden();
    return page(ctx, { memberId, issuedOnly: ctx.actor.kind !== "staff" }, args);
  },

  /** Query.payerInvoices: only the invoices addressed to the calling payer. */
  payerInvoices(ctx: Context, args: PageArgs): Promise<ConnectionShape<Invoice>> {
    const { actor } = ctx;
    if (actor.kind !== "member-scoped" || actor.role !== "PAYER") throw forbidden();
    return page(ctx, { payerId: actor.subjectId, issuedOnly: true }, args);
  },

  /** Query.invoices: billing staff, filtered by status, month (YYYY-MM) and member. */
  invoices(ctx: Context, filter: { status?: InvoiceRow["status"] | null; month?: string | null; memberId?: string | null }, args: PageArgs) {
    if (!invoicingPolicies.listAllInvoices(ctx.actor)) throw forbidden();
    const month = filter.month ? billingMonth(filter.month) : null;
    if (filter.month && !month) return Promise.resolve(toConnection([], 1, toNode, cursorOf));
    return page(ctx, { status: filter.status ?? null, month: month?.first ?? null, memberId: filter.memberId ?? null, issuedOnly: false }, args);
  },

  /** node(id:) and the PDF route: null when unknown or not visible (no existence leak). */
  async invoiceRow(ctx: Context, rawId: string): Promise<InvoiceRow | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.invoicing.invoiceById.load(rawId);
    if (!row || !invoicingPolicies.canReadInvoice(ctx.actor, { memberRawId: row.memberId, payerRawId: row.payerId })) return null;
    if (row.status === "DRAFT" && ctx.actor.kind !== "staff") return null;
    return row;
  },

  async node(ctx: Context, rawId: string): Promise<Invoice | null> {
    const row = await invoiceReads.invoiceRow(ctx, rawId);
    return row && toNode(row);
  },

  async lines(ctx: Context, invoice: Invoice): Promise<InvoiceLine[]> {
    const rows = await ctx.loaders.invoicing.linesByInvoiceId.load(invoice.rawId);
    return rows.map((row) => toInvoiceLine(row, ctx.locale));
  },
};
