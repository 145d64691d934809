import { and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isBilling, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { deliveryPolicies } from "./delivery.policies.js";
import type { InvoiceDelivery } from "./delivery.types.js";

/** Reads the parent: never the contextual cache. */
const canReadInvoiceDelivery = rule("canReadInvoiceDelivery", { cache: "no_cache" })((parent: InvoiceDelivery, _args, ctx: Context) =>
  deliveryPolicies.read(ctx.actor, parent.memberRawId) ? true : forbidden(),
);

/** Member.invoiceDelivery is covered by Member's rule (member, delegate, desk). */
export const deliveryPermissions: ModulePermissions = {
  Query: {
    memberInvoiceDelivery: and(isAuthenticated, or(isBilling, isDeskAgent)),
  },
  Mutation: {
    updateInvoiceDelivery: and(isAuthenticated, or(isMember, isDelegate, isDeskAgent)),
  },
  types: {
    InvoiceDelivery: canReadInvoiceDelivery,
  },
};
