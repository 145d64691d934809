export { quotesResolvers } from "./quotes.resolver.js";
export { quotesPermissions } from "./quotes.permissions.js";
export { quotePolicies } from "./quotes.policies.js";
export { quotesService, QUOTE_LIMITS, type OpenQuoteRequest } from "./quotes.service.js";
export { quoteReads } from "./quotes.reads.js";
export { createQuoteLoaders, type QuoteLoaders } from "./quotes.loaders.js";
export { listAcceptedQuotesToBill, type AcceptedQuoteToBill, type AcceptedQuoteLineToBill } from "./quotes.billing.js";
export { priceLines } from "./quotes.money.js";
export { Quote, QuoteRequest } from "./quotes.types.js";
