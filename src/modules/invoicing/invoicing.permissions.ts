import { allow, rule } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { invoicingPolicies } from "./invoicing.policies.js";
import type { Invoice } from "./invoicing.types.js";

/**
 * Minimal fragment, added on the tariffs branch only because importing BillableItemKind and
 * DeliveryChannel from this module's index registers Invoice (a Node) in the schema, and the
 * permission-map test requires a rule for every object type. It is exactly the whole-type rule
 * BILLING.md gives the INVOICING branch: at merge, keep the INVOICING branch's file.
 */
const canReadInvoice = rule("canReadInvoice", { cache: "no_cache" })((parent: Invoice, _args, ctx: Context) =>
  invoicingPolicies.canReadInvoice(ctx.actor, parent) ? true : forbidden(),
);

export const invoicingPermissions: ModulePermissions = {
  Query: {},
  Mutation: {},
  types: {
    Invoice: canReadInvoice,
    // Reached only through an Invoice, already guarded.
    BillTo: allow,
    Amounts: allow,
  },
};
