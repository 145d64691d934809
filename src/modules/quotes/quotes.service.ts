import { randomUUID } from "node:crypto";
import { actorRole } from "../../authz/actor.js";
import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import type { Queryable } from "../../shared/db.js";
import { fail, ok, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, memberCommand, textField } from "../../shared/mutation.js";
import { addParisDays, parisDate } from "../../shared/paris-time.js";
import { idOfType } from "../../shared/relay.js";
import { quoteErrors, type QuoteErrorCode } from "./quotes.errors.js";
import type { DecideQuoteInput, IssueQuoteInput, RequestQuoteInput } from "./quotes.inputs.js";
import { toQuote, toQuoteRequest } from "./quotes.mappers.js";
import { priceLines } from "./quotes.money.js";
import { quotePolicies } from "./quotes.policies.js";
import { quotesRepository as repo, type QuoteRow } from "./quotes.repository.js";
import type { Quote, QuotePurposeValue, QuoteRequest } from "./quotes.types.js";

type Errors = DomainError<QuoteErrorCode>[];

/** QUO-1: the purposes opened by another module's own flow, and that flow (named in the refusal). */
const OPENED_ELSEWHERE: Partial<Record<QuotePurposeValue, string>> = {
  MAIL_MIGRATION: "requestMailboxMigration",
  PRO_SERVICE: "requestProService / recordProServiceStudy",
  PRO_MAINTENANCE: "subscribeProBrick",
};

/** QUO-2 limits of an issued quote, in one place. */
export const QUOTE_LIMITS = {
  descriptionMax: 2000,
  maxLines: 50,
  labelMax: 200,
  maxQuantity: 999,
  maxUnitTtcCents: 100_000_000,
  maxTotalTtcCents: 1_000_000_000,
  maxValidityDays: 365,
} as const;

const text = textField<QuoteErrorCode>(quoteErrors);

function checkLines(input: IssueQuoteInput, errors: Errors) {
  const L = QUOTE_LIMITS;
  if (input.lines.length === 0 || input.lines.length > L.maxLines) errors.push(quoteErrors.error("NO_LINES", ["input", "lines"], { max: L.maxLines }));
  const lines = input.lines.slice(0, L.maxLines).map((line, i) => {
    const field = (name: string) => ["input", "lines", String(i), name];
    const label = line.label.trim();
    if (label.length === 0 || label.length > L.labelMax) errors.push(quoteErrors.error("INVALID_LINE_LABEL", field("label"), { max: L.labelMax }));
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > L.maxQuantity) {
      errors.push(quoteErrors.error("INVALID_QUANTITY", field("quantity"), { max: L.maxQuantity }));
    }
    if (!Number.isInteger(line.unitTtcCents) || line.unitTtcCents < 0 || line.unitTtcCents > L.maxUnitTtcCents) {
      errors.push(quoteErrors.error("INVALID_AMOUNT", field("unitTtcCents"), { max: L.maxUnitTtcCents }));
    }
    return { label, quantity: line.quantity, unitTtcCents: line.unitTtcCents };
  });
  if (errors.length) return null;
  const priced = priceLines(lines);
  if (priced.totals.ttcCents < 1 || priced.totals.ttcCents > L.maxTotalTtcCents) {
    errors.push(quoteErrors.error("INVALID_TOTAL", ["input", "lines"], { max: L.maxTotalTtcCents }));
    return null;
  }
  return priced;
}

export interface OpenQuoteRequest {
  memberId: string;
  purpose: QuotePurposeValue;
  description: string;
}

export const quotesService = {
  /**
   * QUO-1: the one way a quote request is created, for other modules' flows (mail migration
   * beyond 5 GB, Univers Pro study and bricks). Runs inside the caller's transaction, which holds
   * the member lock and writes the audit row.
   */
  async openRequest(tx: Queryable, ctx: Context, values: OpenQuoteRequest): Promise<string> {
    const row = await repo.insertRequest(tx, {
      memberId: values.memberId,
      purpose: values.purpose,
      description: values.description.slice(0, QUOTE_LIMITS.descriptionMax),
      requestedAt: ctx.clock.now(),
      requestedByRole: actorRole(ctx.actor),
      requestedById: ctx.actor.kind === "anonymous" ? null : ctx.actor.subjectId,
    });
    return row.id;
  },

  /** QUO-2: a member or delegate (or the desk for them) asks for a quote. */
  async request(ctx: Context, input: RequestQuoteInput): Promise<Result<QuoteRequest, QuoteErrorCode>> {
    const errors: Errors = [];
    const description = text(input.description, QUOTE_LIMITS.descriptionMax, ["input", "description"], errors, true);
    const via = OPENED_ELSEWHERE[input.purpose];
    if (via) errors.push(quoteErrors.error("PURPOSE_HAS_ITS_OWN_REQUEST", ["input", "purpose"], { via }));
    if (errors.length || !description) return fail(...errors);
    const member = { globalId: input.memberId, mayActFor: quotePolicies.request };
    return memberCommand(ctx, { operation: "requestQuote", errors: quoteErrors, member }, async ({ tx, member, audit }) => {
      if (input.purpose === "FIBER_INSTALLATION" && !(await repo.hasOrangeFiberLine(tx, member.id))) {
        return fail(quoteErrors.error("FIBER_OFFER_REQUIRED", ["input", "purpose"]));
      }
      const id = await quotesService.openRequest(tx, ctx, { memberId: member.id, purpose: input.purpose, description });
      await audit({ targetIds: [id], details: { purpose: input.purpose } });
      const row = await repo.requestById(tx, id);
      return ok(toQuoteRequest(row!));
    });
  },

  /**
   * QUO-2/QUO-3: staff issue a quote with its lines and validity date. A quote already issued for
   * the request is not changed: it becomes REPLACED and the new one is the quote in force. Once a
   * quote of the request is accepted, no other may be issued.
   */
  async issue(ctx: Context, input: IssueQuoteInput): Promise<Result<Quote, QuoteErrorCode>> {
    const field = ["input", "requestId"];
    const requestId = idOfType(input.requestId, "QuoteRequest");
    const request = requestId ? await ctx.loaders.quotes.requestById.load(requestId) : null;
    if (!request || !(await quotePolicies.issue(ctx, request.memberId))) return fail(quoteErrors.error("REQUEST_NOT_FOUND", field));
    const errors: Errors = [];
    const priced = checkLines(input, errors);
    const now = ctx.clock.now();
    const today = parisDate(now);
    if (input.validUntil < today) errors.push(quoteErrors.error("VALIDITY_IN_PAST", ["input", "validUntil"]));
    else if (input.validUntil > parisDate(addParisDays(now, QUOTE_LIMITS.maxValidityDays))) {
      errors.push(quoteErrors.error("VALIDITY_TOO_FAR", ["input", "validUntil"], { days: QUOTE_LIMITS.maxValidityDays }));
    }
    if (errors.length || !priced) return fail(...errors);

    // QUO-3: under the member lock, then the live quote's: concurrent issues for one request queue, one stays in force.
    return memberCommand(ctx, { operation: "issueQuote", errors: quoteErrors, member: { id: request.memberId } }, async ({ tx, audit }) => {
      const live = await repo.lockLiveQuote(tx, request.id);
      if (live?.status === "ACCEPTED") return fail(quoteErrors.error("QUOTE_ALREADY_ACCEPTED", field));
      const id = randomUUID();
      if (live) await repo.updateQuote(tx, live.id, { status: "REPLACED", replacedAt: now, replacedByQuoteId: id });
      const row = await repo.insertQuote(
        tx,
        {
          id,
          requestId: request.id,
          memberId: request.memberId,
          status: "ISSUED",
          validUntil: input.validUntil,
          totalTtcCents: priced.totals.ttcCents,
          totalHtCents: priced.totals.htCents,
          totalVatCents: priced.totals.vatCents,
          issuedAt: now,
          issuedByRole: actorRole(ctx.actor),
          issuedById: actorId(ctx),
        },
        priced.lines,
      );
      await audit({
        targetIds: [row.id, request.id, ...(live ? [live.id] : [])],
        details: { totalTtcCents: row.totalTtcCents, validUntil: row.validUntil, replacedQuoteId: live?.id ?? null },
      });
      return ok(toQuote(row, now));
    });
  },

  /** QUO-2/QUO-3: the member or the delegate accepts (billed on the next invoice) or declines. */
  async decide(ctx: Context, input: DecideQuoteInput, decision: "ACCEPTED" | "DECLINED"): Promise<Result<Quote, QuoteErrorCode>> {
    const field = ["input", "quoteId"];
    const quoteId = idOfType(input.quoteId, "Quote");
    const found = quoteId ? await ctx.loaders.quotes.quoteById.load(quoteId) : null;
    if (!found || !quotePolicies.decide(ctx.actor, found.memberId)) return fail(quoteErrors.error("QUOTE_NOT_FOUND", field));
    const now = ctx.clock.now();
    const operation = decision === "ACCEPTED" ? "acceptQuote" : "declineQuote";
    return memberCommand(ctx, { operation, errors: quoteErrors, member: { id: found.memberId } }, async ({ tx, audit }) => {
      const current = await repo.lockQuote(tx, found.id);
      if (!current) return fail(quoteErrors.error("QUOTE_NOT_FOUND", field));
      if (current.status === "REPLACED") return fail(quoteErrors.error("QUOTE_REPLACED", field));
      if (current.status !== "ISSUED") return fail(quoteErrors.error("QUOTE_ALREADY_DECIDED", field));
      if (decision === "ACCEPTED" && current.validUntil < parisDate(now)) {
        return fail(quoteErrors.error("QUOTE_EXPIRED", field, { validUntil: current.validUntil }));
      }
      const row = await repo.updateQuote(tx, current.id, { status: decision, decidedAt: now, decidedByRole: actorRole(ctx.actor), decidedById: actorId(ctx) });
      await audit({ targetIds: [row.id, row.requestId], details: { totalTtcCents: row.totalTtcCents } });
      return ok(toQuote(row, now));
    });
  },

  /** BUR-3 and other consumers: an ACCEPTED quote of this member for this purpose, locked in the caller's transaction. */
  async lockAcceptedQuote(tx: Queryable, quoteId: string, memberId: string, purpose: QuotePurposeValue): Promise<QuoteRow | null> {
    const row = await repo.lockQuote(tx, quoteId);
    if (!row || row.memberId !== memberId || row.status !== "ACCEPTED") return null;
    const request = await repo.requestById(tx, row.requestId);
    return request?.purpose === purpose ? row : null;
  },

  /** Which of these quote requests have an accepted quote (Univers Pro installation, PRO-3). */
  acceptedRequestIds(db: Queryable, requestIds: readonly string[]): Promise<Set<string>> {
    return repo.acceptedRequestIds(db, requestIds);
  },

  async requestNode(ctx: Context, id: string): Promise<QuoteRequest | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.quotes.requestById.load(id);
    return row && (await quotePolicies.read(ctx, row.memberId)) ? toQuoteRequest(row) : null;
  },

  async quoteNode(ctx: Context, id: string): Promise<Quote | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.quotes.quoteById.load(id);
    return row && (await quotePolicies.read(ctx, row.memberId)) ? toQuote(row, ctx.clock.now()) : null;
  },

  /** A linked request (Univers Pro, mailbox migration); the QuoteRequest type's own rule guards who sees it. */
  async linkedRequest(ctx: Context, id: string | null): Promise<QuoteRequest | null> {
    if (!id) return null;
    const row = await ctx.loaders.quotes.requestById.load(id);
    return row && toQuoteRequest(row);
  },
};
