import { allow, and } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isBilling, roleRule } from "../../authz/rules.js";

/**
 * Who reads the price list: members and delegates (they see a price before ordering, BIL-10) and
 * Parnasse staff. Not a PAYER (AUT-2: their own invoices only) nor the concierge partner (CON-5).
 */
const canReadPriceList = roleRule("canReadPriceList", ["MEMBER", "DELEGATE", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING"]);

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
