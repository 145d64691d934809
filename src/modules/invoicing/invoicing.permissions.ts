import { allow, and } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isBilling, isPayer } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { invoicingPolicies } from "./invoicing.policies.js";
import type { Invoice } from "./invoicing.types.js";

/**
 * AUT-2: an invoice is seen by its member, the payer it is addressed to and billing staff. A rule
 * for the WHOLE type, reading the parent (no_cache): every field of Invoice, including those other
 * modules add with their own @Resolver(() => Invoice), is covered by it.
 */
export const canReadInvoice = rule("canReadInvoice", { cache: "no_cache" })((parent: Invoice, _args, ctx: Context) =>
  invoicingPolicies.canReadInvoice(ctx.actor, parent) ? true : forbidden(),
);

/** Member.invoices: the member themself and billing staff, never the delegate (AUT-2, issue 5). */
const canListMemberInvoices = rule("canListMemberInvoices", { cache: "no_cache" })((parent: { rawId: string }, _args, ctx: Context) =>
  invoicingPolicies.listMemberInvoices(ctx.actor, parent.rawId) ? true : forbidden(),
);

export const invoicingPermissions: ModulePermissions = {
  Query: {
    invoices: and(isAuthenticated, isBilling),
    payerInvoices: and(isAuthenticated, isPayer),
  },
  Mutation: {
    runMonthlyBilling: and(isAuthenticated, isBilling),
  },
  types: {
    Invoice: canReadInvoice,
    Member: { invoices: canListMemberInvoices },
    // Reachable only through an Invoice, which its own rule guards.
    InvoiceLine: allow,
    BillTo: allow,
    BillingRunSummary: allow,
    BillingRunSkip: allow,
  },
};
