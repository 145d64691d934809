import type { ModuleDescriptor } from "../../shared/module.js";
import { createQuoteLoaders } from "./quotes.loaders.js";
import { quotesPermissions } from "./quotes.permissions.js";
import { quotesResolvers } from "./quotes.resolver.js";
import { quotesService } from "./quotes.service.js";

export const quotesModule: ModuleDescriptor = {
  name: "quotes",
  resolvers: quotesResolvers,
  permissions: quotesPermissions,
  loaders: (db) => ({ quotes: createQuoteLoaders(db) }),
  nodeTypes: {
    Quote: (ctx, id) => quotesService.quoteNode(ctx, id),
    QuoteRequest: (ctx, id) => quotesService.requestNode(ctx, id),
  },
};

export { quotesService };
export { listAcceptedQuotesToBill } from "./quotes.billing.js";
export { quotePolicies } from "./quotes.policies.js";
export { priceLines } from "./quotes.money.js";
export { Quote, QuoteRequest } from "./quotes.types.js";
