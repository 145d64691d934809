import { allow, and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isBilling, isCoach, isDelegate, isDeskAgent, isMember, isTechnician } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { quotePolicies } from "./quotes.policies.js";

// Object-level rules read the parent: never the contextual cache.
const canReadQuoteOwner = rule("canReadQuoteOwner", { cache: "no_cache" })(async (parent: { memberRawId: string }, _args, ctx: Context) =>
  (await quotePolicies.read(ctx, parent.memberRawId)) ? true : forbidden(),
);

const memberOrDelegate = and(isAuthenticated, or(isMember, isDelegate));
const quoteReaders = and(isAuthenticated, or(isMember, isDelegate, isDeskAgent, isCoach, isTechnician, isBilling));

/** Member.quotes and Member.quoteRequests are covered by Member's "*" rule (members.permissions.ts). */
export const quotesPermissions: ModulePermissions = {
  Query: {
    quotes: quoteReaders,
    quoteRequests: quoteReaders,
  },
  Mutation: {
    requestQuote: and(isAuthenticated, or(isMember, isDelegate, isDeskAgent)),
    issueQuote: and(isAuthenticated, or(isDeskAgent, isCoach, isTechnician)),
    acceptQuote: memberOrDelegate,
    declineQuote: memberOrDelegate,
  },
  types: {
    Quote: canReadQuoteOwner,
    QuoteRequest: canReadQuoteOwner,
    // Reached only through a Quote.
    QuoteLine: allow,
  },
};
