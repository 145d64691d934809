import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../shared/relay.js";
import type { Context } from "../../context.js";
import { Member } from "../members/index.js";
import { DecideQuoteInput, IssueQuoteInput, RequestQuoteInput } from "./quotes.inputs.js";
import { QuotePayload, QuoteRequestPayload } from "./quotes.payloads.js";
import { quoteReads } from "./quotes.reads.js";
import { quotesService } from "./quotes.service.js";
import {
  Quote,
  QuoteConnection,
  QuoteLine,
  QuotePurpose,
  QuoteRequest,
  QuoteRequestConnection,
  QuoteRequestStatus,
  QuoteStatus,
  type QuotePurposeValue,
  type QuoteRequestStatusValue,
  type QuoteViewStatus,
} from "./quotes.types.js";

@Resolver()
export class QuotesResolver {
  @Query(() => QuoteConnection, { description: "QUO-2: quotes newest first: all for billing, the desk and technicians; a coach's members'; a member's own." })
  quotes(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("memberId", () => ID, {
      nullable: true,
      description: "Only this member's quotes (global ID of a Member). MEMBER and DELEGATE see only their own: another member's ID gives an empty page.",
    })
    memberId: string | null,
    @Arg("status", () => QuoteStatus, { nullable: true, description: "Only quotes in this state." }) status: QuoteViewStatus | null,
  ) {
    return quoteReads.quotes(ctx, { ...page, memberId, status });
  }

  @Query(() => QuoteRequestConnection, { description: "QUO-2: quote requests newest first, for the staff who issue quotes (and a member's own)." })
  quoteRequests(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("memberId", () => ID, {
      nullable: true,
      description: "Only this member's requests (global ID of a Member). MEMBER and DELEGATE see only their own: another member's ID gives an empty page.",
    })
    memberId: string | null,
    @Arg("awaitingQuote", () => Boolean, { nullable: true, description: "Only requests with no quote in force." }) awaitingQuote: boolean | null,
  ) {
    return quoteReads.quoteRequests(ctx, { ...page, memberId, awaitingQuote });
  }

  @Mutation(() => QuoteRequestPayload, { description: "QUO-1/QUO-2: ask for a quote (member, delegate, or the desk for them)." })
  async requestQuote(@Ctx() ctx: Context, @Arg("input", () => RequestQuoteInput, { description: "The member (desk only), the purpose and the need." }) input: RequestQuoteInput) {
    return QuoteRequestPayload.from(ctx, await quotesService.request(ctx, input));
  }

  @Mutation(() => QuotePayload, { description: "QUO-2/QUO-3: issue a quote (lines, TTC/HT/VAT, validity); replaces the request's issued quote." })
  async issueQuote(
    @Ctx() ctx: Context,
    @Arg("input", () => IssueQuoteInput, { description: "The request answered, the lines and the last day of validity." }) input: IssueQuoteInput,
  ) {
    return QuotePayload.from(ctx, await quotesService.issue(ctx, input));
  }

  @Mutation(() => QuotePayload, { description: "QUO-2/QUO-3: accept a quote (member or delegate); an expired or replaced quote cannot be accepted." })
  async acceptQuote(@Ctx() ctx: Context, @Arg("input", () => DecideQuoteInput, { description: "The quote to accept: ISSUED and validUntil not past." }) input: DecideQuoteInput) {
    return QuotePayload.from(ctx, await quotesService.decide(ctx, input, "ACCEPTED"));
  }

  @Mutation(() => QuotePayload, { description: "QUO-2: decline a quote (member or delegate)." })
  async declineQuote(@Ctx() ctx: Context, @Arg("input", () => DecideQuoteInput, { description: "The quote to decline: ISSUED." }) input: DecideQuoteInput) {
    return QuotePayload.from(ctx, await quotesService.decide(ctx, input, "DECLINED"));
  }
}

@Resolver(() => Quote)
export class QuoteFieldsResolver {
  @FieldResolver(() => QuotePurpose, { description: "QUO-1: what the quote is for (its request's purpose)." })
  purpose(@Root() quote: Quote, @Ctx() ctx: Context): Promise<QuotePurposeValue> {
    return quoteReads.purposeOf(ctx, quote);
  }

  @FieldResolver(() => [QuoteLine], { description: "QUO-2: the lines, in position order." })
  lines(@Root() quote: Quote, @Ctx() ctx: Context): Promise<QuoteLine[]> {
    return quoteReads.linesOf(ctx, quote);
  }

  @FieldResolver(() => QuoteRequest, { description: "The request this quote answers." })
  request(@Root() quote: Quote, @Ctx() ctx: Context): Promise<QuoteRequest> {
    return quoteReads.requestOf(ctx, quote);
  }
}

@Resolver(() => QuoteRequest)
export class QuoteRequestFieldsResolver {
  @FieldResolver(() => QuoteRequestStatus, { description: "The state of the request's latest quote; AWAITING_QUOTE before the first." })
  status(@Root() request: QuoteRequest, @Ctx() ctx: Context): Promise<QuoteRequestStatusValue> {
    return quoteReads.statusOf(ctx, request);
  }

  @FieldResolver(() => Quote, { nullable: true, description: "The latest quote (the one in force unless declined or expired)." })
  currentQuote(@Root() request: QuoteRequest, @Ctx() ctx: Context): Promise<Quote | null> {
    return quoteReads.currentQuoteOf(ctx, request);
  }

  @FieldResolver(() => [Quote], { description: "Every quote issued for the request, oldest first (replaced ones included)." })
  quotes(@Root() request: QuoteRequest, @Ctx() ctx: Context): Promise<Quote[]> {
    return quoteReads.quotesOf(ctx, request);
  }
}

/** Quote fields of Member; guarded by Member's own rule (canReadMember) and by the quotes policy. */
@Resolver(() => Member)
export class MemberQuotesResolver {
  @FieldResolver(() => QuoteConnection, { description: "QUO-2: the member's quotes, newest first." })
  quotes(
    @Root() member: Member,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("status", () => QuoteStatus, { nullable: true, description: "Only quotes in this state." }) status: QuoteViewStatus | null,
  ) {
    return quoteReads.memberQuotes(ctx, member.rawId, { ...page, status });
  }

  @FieldResolver(() => QuoteRequestConnection, { description: "QUO-2: the member's quote requests, newest first." })
  quoteRequests(@Root() member: Member, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return quoteReads.memberRequests(ctx, member.rawId, page);
  }
}

export const quotesResolvers = [QuotesResolver, QuoteFieldsResolver, QuoteRequestFieldsResolver, MemberQuotesResolver];
