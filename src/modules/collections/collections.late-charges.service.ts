import type { Context } from "../../context.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { runCommand } from "../../shared/mutation.js";
import { parisDate } from "../../shared/paris-time.js";
import type { Invoice } from "../invoicing/index.js";
import { collectionsErrors, type CollectionsErrorCode } from "./collections.errors.js";
import type { RecordLegalInterestRateInput } from "./collections.inputs.js";
import { toLateCharges, toRate } from "./collections.mappers.js";
import { collectionsPolicies } from "./collections.policies.js";
import { collectionsRepository as repo } from "./collections.repository.js";
import { computeLateCharges, isHalfYearStart, type LateChargeHistory } from "./collections.rules.js";
import type { LateCharges, LegalInterestRate } from "./collections.types.js";

export const lateChargesService = {
  /**
   * BIL-8, computed (never stored): from the invoice, its successful payments, credit notes and
   * disputes, and the legal rate table, all through per-request DataLoaders. Null for a draft or a
   * credit note (nothing is due on them). A period in a half-year with no recorded rate makes the
   * charges not computable (null amounts and a LEGAL_RATE_MISSING problem), never an older rate.
   */
  async forInvoice(ctx: Context, invoice: Invoice, asOf: string | null): Promise<LateCharges | null> {
    if (invoice.kind !== "INVOICE" || invoice.dueOn === null) return null;
    const [payments, credits, disputes, rates] = await Promise.all([
      ctx.loaders.collections.paymentsByInvoiceId.load(invoice.rawId),
      ctx.loaders.collections.creditNotesByInvoiceId.load(invoice.rawId),
      ctx.loaders.collections.disputesByInvoiceId.load(invoice.rawId),
      ctx.loaders.collections.rates.load("all"),
    ]);
    const history: LateChargeHistory = {
      dueOn: invoice.dueOn,
      totalTtcCents: invoice.totals.ttcCents,
      payments: payments.filter((p) => p.outcome === "SUCCEEDED").map((p) => ({ amountCents: p.amountCents, receivedOn: p.receivedOn })),
      credits: credits.filter((c) => c.issuedOn !== null).map((c) => ({ amountCents: c.totalTtcCents, issuedOn: c.issuedOn! })),
      disputes: disputes.map((d) => ({
        contestedCents: d.contestedCents,
        openedOn: parisDate(d.openedAt),
        resolvedOn: d.resolvedAt ? parisDate(d.resolvedAt) : null,
        status: d.status,
      })),
      rates,
    };
    const result = computeLateCharges(history, asOf ?? parisDate(ctx.clock.now()));
    return toLateCharges(result, { id: invoice.rawId, memberId: invoice.memberRawId, payerId: invoice.payerRawId }, ctx.locale);
  },

  async rates(ctx: Context): Promise<LegalInterestRate[]> {
    if (!collectionsPolicies.isBilling(ctx.actor)) throw forbidden();
    return (await ctx.loaders.collections.rates.load("all")).map(toRate);
  },

  /** BIL-8: billing adds the legal rate of a half-year (1 January or 1 July); a half-year has one rate. */
  async recordRate(ctx: Context, input: RecordLegalInterestRateInput): Promise<Result<LegalInterestRate, CollectionsErrorCode>> {
    if (!collectionsPolicies.isBilling(ctx.actor)) throw forbidden();
    const errors: DomainError<CollectionsErrorCode>[] = [];
    if (!isHalfYearStart(input.effectiveOn)) errors.push(collectionsErrors.error("RATE_NOT_HALF_YEAR", ["input", "effectiveOn"]));
    if (!Number.isSafeInteger(input.rateBp) || input.rateBp < 0 || input.rateBp > 10_000) errors.push(collectionsErrors.error("RATE_OUT_OF_RANGE", ["input", "rateBp"]));
    if (errors.length) return fail(...errors);
    return runCommand(ctx, { operation: "recordLegalInterestRate" }, async ({ tx, audit }) => {
      const row = await repo.insertRate(tx, { effectiveOn: input.effectiveOn, rateBp: input.rateBp });
      if (!row) return fail(collectionsErrors.error("RATE_ALREADY_RECORDED", ["input", "effectiveOn"], { effectiveOn: input.effectiveOn }));
      await audit({ onBehalfOfMemberId: null, targetIds: [], details: { effectiveOn: row.effectiveOn, rateBp: row.rateBp } });
      return ok(toRate(row));
    });
  },
};
