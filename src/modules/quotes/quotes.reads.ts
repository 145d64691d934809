import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { parisDate } from "../../shared/paris-time.js";
import { decodeCursor, encodeCursor, idOfType, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import { requestStatus, toQuote, toQuoteLine, toQuoteRequest } from "./quotes.mappers.js";
import { quotePolicies } from "./quotes.policies.js";
import { quotesRepository as repo, type QuoteRequestRow, type QuoteRow, type Scope } from "./quotes.repository.js";
import type { Quote, QuoteLine, QuotePurposeValue, QuoteRequest, QuoteRequestStatusValue, QuoteViewStatus } from "./quotes.types.js";

interface PageArgs {
  first: number;
  after?: string | null;
}

const quoteCursor = (row: QuoteRow) => encodeCursor([row.issuedAt.toISOString(), row.id]);
const requestCursor = (row: QuoteRequestRow) => encodeCursor([row.requestedAt.toISOString(), row.id]);
const empty = <T>(first: number): ConnectionShape<T> =>
  toConnection<never, T>(
    [],
    first,
    (x) => x,
    () => "",
  );

/**
 * The scope of a root list for the actor: their own member (MEMBER, DELEGATE), the members a
 * coach coaches or a technician serves, or every member (desk, billing). null: nothing to list.
 */
function scopeOf(ctx: Context, memberGlobalId: string | null | undefined): Scope | null {
  const { actor } = ctx;
  const named = memberGlobalId == null ? null : idOfType(memberGlobalId, "Member");
  if (memberGlobalId != null && !named) return null;
  if (actor.kind === "member-scoped") {
    if (actor.role === "PAYER" || (named && named !== actor.memberId)) return null;
    return { memberId: actor.memberId, coachId: null };
  }
  if (actor.kind !== "staff") throw forbidden();
  if (quotePolicies.readAnyMember(actor)) return { memberId: named, coachId: null };
  if (quotePolicies.isTechnician(actor)) return { memberId: named, coachId: null, technicianId: actor.subjectId };
  if (quotePolicies.isCoach(actor)) return { memberId: named, coachId: actor.subjectId };
  throw forbidden();
}

export const quoteReads = {
  /** Member.quotes: newest first, one statement for a whole list of members. */
  async memberQuotes(ctx: Context, memberId: string, args: PageArgs & { status?: QuoteViewStatus | null }): Promise<ConnectionShape<Quote>> {
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    if (!(await quotePolicies.read(ctx, memberId))) return empty(first);
    const now = ctx.clock.now();
    const rows = await ctx.loaders.quotes.quotePages.load({ memberId, filter: { status: args.status ?? null, after, limit: first + 1, today: parisDate(now) } });
    return toConnection(rows, first, (row) => toQuote(row, now), quoteCursor);
  },

  async memberRequests(ctx: Context, memberId: string, args: PageArgs): Promise<ConnectionShape<QuoteRequest>> {
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    if (!(await quotePolicies.read(ctx, memberId))) return empty(first);
    const rows = await ctx.loaders.quotes.requestPages.load({ memberId, filter: { after, limit: first + 1 } });
    return toConnection(rows, first, toQuoteRequest, requestCursor);
  },

  /** Query.quotes: billing and the desk read every quote, a coach their members', a member their own. */
  async quotes(ctx: Context, args: PageArgs & { memberId?: string | null; status?: QuoteViewStatus | null }): Promise<ConnectionShape<Quote>> {
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    const scope = scopeOf(ctx, args.memberId);
    if (!scope) return empty(first);
    const now = ctx.clock.now();
    const rows = await repo.quotesPage(ctx.db, scope, { status: args.status ?? null, after, limit: first + 1, today: parisDate(now) });
    for (const row of rows) ctx.loaders.quotes.quoteById.prime(row.id, row);
    return toConnection(rows, first, (row) => toQuote(row, now), quoteCursor);
  },

  /** Query.quoteRequests: what staff may quote (awaitingQuote: those with no quote in force). */
  async quoteRequests(ctx: Context, args: PageArgs & { memberId?: string | null; awaitingQuote?: boolean | null }): Promise<ConnectionShape<QuoteRequest>> {
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    const scope = scopeOf(ctx, args.memberId);
    if (!scope) return empty(first);
    const rows = await repo.requestsPage(ctx.db, scope, { after, limit: first + 1, awaitingOnly: args.awaitingQuote ?? false });
    for (const row of rows) ctx.loaders.quotes.requestById.prime(row.id, row);
    return toConnection(rows, first, toQuoteRequest, requestCursor);
  },

  async purposeOf(ctx: Context, quote: Quote): Promise<QuotePurposeValue> {
    const request = await ctx.loaders.quotes.requestById.load(quote.requestRawId);
    if (!request) throw new Error(`quote ${quote.rawId} has no request`);
    return request.purpose;
  },

  async requestOf(ctx: Context, quote: Quote): Promise<QuoteRequest> {
    const request = await ctx.loaders.quotes.requestById.load(quote.requestRawId);
    if (!request) throw new Error(`quote ${quote.rawId} has no request`);
    return toQuoteRequest(request);
  },

  async linesOf(ctx: Context, quote: Quote): Promise<QuoteLine[]> {
    return (await ctx.loaders.quotes.linesByQuoteId.load(quote.rawId)).map(toQuoteLine);
  },

  /** Every quote of the request, oldest first: the replaced ones stay readable (QUO-3). */
  async quotesOf(ctx: Context, request: QuoteRequest): Promise<Quote[]> {
    const now = ctx.clock.now();
    return (await ctx.loaders.quotes.quotesByRequestId.load(request.rawId)).map((row) => toQuote(row, now));
  },

  async currentQuoteOf(ctx: Context, request: QuoteRequest): Promise<Quote | null> {
    const latest = (await ctx.loaders.quotes.quotesByRequestId.load(request.rawId)).at(-1);
    return latest ? toQuote(latest, ctx.clock.now()) : null;
  },

  async statusOf(ctx: Context, request: QuoteRequest): Promise<QuoteRequestStatusValue> {
    return requestStatus((await ctx.loaders.quotes.quotesByRequestId.load(request.rawId)).at(-1), ctx.clock.now());
  },
};
