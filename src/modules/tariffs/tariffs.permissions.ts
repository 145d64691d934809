import { allow, and } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import type { Role } from "../../authz/actor.js";
import { isAuthenticated, isBilling } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";

/**
 * Who reads the price list: members and delegates (they see a price before ordering, BIL-10) and
 * Parnasse staff. Not a PAYER (AUT-2: their own invoices only) nor the concierge partner (CON-5).
 * Role-only: the contextual cache is safe.
 */
const PRICE_LIST_READERS: readonly Role[] = ["MEMBER", "DELEGATE", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING"];
const canReadPriceList = rule("canReadPriceList", { cache: "contextual" })((_parent, _args, ctx: Context) =>
  ctx.actor.kind !== "anonymous" && PRICE_LIST_READERS.includes(ctx.actor.role) ? true : forbidden(),
);

export const tariffsPermissions: ModulePermissions = {
  Query: {
    tariffs: and(isAuthenticated, canReadPriceList),
    tariffHistory: and(isAuthenticated, isBilling),
  },
  Mutation: {
    scheduleTariffChange: and(isAuthenticated, isBilling),
  },
  types: {
    // Reached only through the fields above and the payload, all guarded.
    Tariff: allow,
  },
};
