import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Payload } from "../../shared/payload.js";
import { Connection, idOfType, type ConnectionShape } from "../../shared/relay.js";
import { DateScalar } from "../../shared/scalars.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Invoice } from "../invoicing/index.js";
import { Member } from "../members/index.js";
import { creditNotesService } from "./collections.credit-notes.service.js";
import { disputesService } from "./collections.disputes.service.js";
import { dunningService } from "./collections.dunning.service.js";
import { collectionsErrors } from "./collections.errors.js";
import {
  CloseFinancialGuaranteeInput,
  DisputeInvoiceInput,
  DunningStepInput,
  FinancialGuaranteeFilter,
  IssueCreditNoteInput,
  RecordFinancialGuaranteePaymentInput,
  RecordLegalInterestRateInput,
  RecordPaymentInput,
  RequestFinancialGuaranteeInput,
  ResolveDisputeInput,
  UseFinancialGuaranteeInput,
} from "./collections.inputs.js";
import { guaranteesService } from "./collections.guarantees.service.js";
import { lateChargesService } from "./collections.late-charges.service.js";
import { paymentsService } from "./collections.payments.service.js";
import { collectionsReads } from "./collections.reads.js";
import { BillingStanding, DunningCase, FinancialGuarantee, InvoiceDispute, LateCharges, LegalInterestRate, Payment } from "./collections.types.js";

const collectionsUserErrors = userErrorType("Collections", collectionsErrors);

export const RecordPaymentPayload = Payload("RecordPayment", collectionsUserErrors, {
  payment: () => Payment,
  invoice: { type: () => Invoice, description: "The invoice after the payment." },
});
export const IssueCreditNotePayload = Payload("IssueCreditNote", collectionsUserErrors, {
  creditNote: () => Invoice,
  correctedInvoice: () => Invoice,
});
export const InvoiceDisputePayload = Payload("InvoiceDispute", collectionsUserErrors, {
  dispute: () => InvoiceDispute,
  invoice: () => Invoice,
  creditNote: { type: () => Invoice, description: "The credit note of an UPHELD dispute." },
});
export const RecordLegalInterestRatePayload = Payload("RecordLegalInterestRate", collectionsUserErrors, {
  rate: () => LegalInterestRate,
});
export const DunningPayload = Payload("Dunning", collectionsUserErrors, {
  dunning: () => DunningCase,
});
export const FinancialGuaranteePayload = Payload("FinancialGuarantee", collectionsUserErrors, {
  guarantee: () => FinancialGuarantee,
});
export const UseFinancialGuaranteePayload = Payload("UseFinancialGuarantee", collectionsUserErrors, {
  guarantee: { type: () => FinancialGuarantee, description: "The guarantee after the use (usedCents, remainingCents)." },
  payment: { type: () => Payment, description: "The payment of method GUARANTEE recorded on the invoice." },
  invoice: { type: () => Invoice, description: "The invoice after the payment." },
});
export const { ConnectionType: FinancialGuaranteeConnection } = Connection(FinancialGuarantee, "FinancialGuarantee");

@Resolver()
export class CollectionsResolver {
  @Query(() => BillingStanding, {
    nullable: true,
    description: "BIL-6: payment state of invoices. MEMBER: their own (payer's invoices included); PAYER: invoices addressed to them; BILLING: `memberId`.",
  })
  billingStanding(
    @Ctx() ctx: Context,
    @Arg("memberId", () => ID, {
      nullable: true,
      description: "BILLING: the member to read (the result is null without it, or for an unknown member). Ignored for MEMBER and PAYER, who read their own.",
    })
    memberId: string | null,
  ): Promise<BillingStanding | null> {
    return collectionsReads.standing(ctx, memberId);
  }

  @Query(() => [LegalInterestRate], { description: "BIL-8: the legal interest rate table (BILLING)." })
  legalInterestRates(@Ctx() ctx: Context): Promise<LegalInterestRate[]> {
    return lateChargesService.rates(ctx);
  }

  @Query(() => FinancialGuaranteeConnection, { description: "BIL-4: every financial guarantee, newest request first, by status and member (BILLING)." })
  financialGuarantees(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { description: "Page size, 1 to 100; outside that range the query is refused with BAD_USER_INPUT (INVALID_PAGE_SIZE)." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description:
        "Return the items after this cursor (a previous page's `pageInfo.endCursor`); omit for the first page. A forged cursor is refused with BAD_USER_INPUT (INVALID_CURSOR).",
    })
    after: string | null,
    @Arg("filter", () => FinancialGuaranteeFilter, { nullable: true, description: "Optional: by status and member." }) filter: FinancialGuaranteeFilter | null,
  ): Promise<ConnectionShape<FinancialGuarantee>> {
    const memberId = filter?.memberId ? (idOfType(filter.memberId, "Member") ?? "00000000-0000-0000-0000-000000000000") : null;
    return guaranteesService.list(ctx, { status: filter?.status ?? null, memberId }, { first, after });
  }

  @Mutation(() => FinancialGuaranteePayload, { description: "BIL-4 (art. 6.1): ask a member for a financial guarantee: amount and due date (BILLING)." })
  async requestFinancialGuarantee(
    @Ctx() ctx: Context,
    @Arg("input", () => RequestFinancialGuaranteeInput, {
      description: "All of `requestFinancialGuarantee`'s arguments, as one `RequestFinancialGuaranteeInput` (see its fields).",
    })
    input: RequestFinancialGuaranteeInput,
  ) {
    return FinancialGuaranteePayload.from(ctx, await guaranteesService.request(ctx, input));
  }

  @Mutation(() => FinancialGuaranteePayload, { description: "BIL-4: record the payment of a requested guarantee (BILLING); a bank reference is recorded once." })
  async recordFinancialGuaranteePayment(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordFinancialGuaranteePaymentInput, {
      description: "All of `recordFinancialGuaranteePayment`'s arguments, as one `RecordFinancialGuaranteePaymentInput` (see its fields).",
    })
    input: RecordFinancialGuaranteePaymentInput,
  ) {
    return FinancialGuaranteePayload.from(ctx, await guaranteesService.recordPayment(ctx, input));
  }

  @Mutation(() => UseFinancialGuaranteePayload, {
    description: "BIL-4: use part of a paid guarantee against an unpaid invoice of the same member: a payment of method GUARANTEE (BILLING).",
  })
  async useFinancialGuarantee(
    @Ctx() ctx: Context,
    @Arg("input", () => UseFinancialGuaranteeInput, { description: "All of `useFinancialGuarantee`'s arguments, as one `UseFinancialGuaranteeInput` (see its fields)." })
    input: UseFinancialGuaranteeInput,
  ) {
    return UseFinancialGuaranteePayload.from(ctx, await guaranteesService.use(ctx, input));
  }

  @Mutation(() => FinancialGuaranteePayload, { description: "BIL-4: release a paid guarantee: what was not used is given back (BILLING)." })
  async releaseFinancialGuarantee(
    @Ctx() ctx: Context,
    @Arg("input", () => CloseFinancialGuaranteeInput, { description: "All of `releaseFinancialGuarantee`'s arguments, as one `CloseFinancialGuaranteeInput` (see its fields)." })
    input: CloseFinancialGuaranteeInput,
  ) {
    return FinancialGuaranteePayload.from(ctx, await guaranteesService.release(ctx, input));
  }

  @Mutation(() => FinancialGuaranteePayload, { description: "BIL-4: cancel a guarantee not paid yet (BILLING)." })
  async cancelFinancialGuarantee(
    @Ctx() ctx: Context,
    @Arg("input", () => CloseFinancialGuaranteeInput, { description: "All of `cancelFinancialGuarantee`'s arguments, as one `CloseFinancialGuaranteeInput` (see its fields)." })
    input: CloseFinancialGuaranteeInput,
  ) {
    return FinancialGuaranteePayload.from(ctx, await guaranteesService.cancel(ctx, input));
  }

  @Mutation(() => RecordPaymentPayload, { description: "BIL-4: record a payment result (BILLING)." })
  async recordPayment(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordPaymentInput, { description: "All of `recordPayment`'s arguments, as one `RecordPaymentInput` (see its fields)." }) input: RecordPaymentInput,
  ) {
    return RecordPaymentPayload.from(ctx, await paymentsService.record(ctx, input));
  }

  @Mutation(() => IssueCreditNotePayload, { description: "Correct an issued invoice by a credit note (BILLING): the only correction of an issued invoice." })
  async issueCreditNote(
    @Ctx() ctx: Context,
    @Arg("input", () => IssueCreditNoteInput, { description: "All of `issueCreditNote`'s arguments, as one `IssueCreditNoteInput` (see its fields)." }) input: IssueCreditNoteInput,
  ) {
    return IssueCreditNotePayload.from(ctx, await creditNotesService.issue(ctx, input));
  }

  @Mutation(() => InvoiceDisputePayload, { description: "BIL-7: contest part of an invoice (the member, the payer, or BILLING on their behalf)." })
  async disputeInvoice(
    @Ctx() ctx: Context,
    @Arg("input", () => DisputeInvoiceInput, { description: "All of `disputeInvoice`'s arguments, as one `DisputeInvoiceInput` (see its fields)." }) input: DisputeInvoiceInput,
  ) {
    return InvoiceDisputePayload.from(ctx, await disputesService.open(ctx, input));
  }

  @Mutation(() => InvoiceDisputePayload, { description: "BIL-7: BILLING upholds (credit note) or confirms (due at once) a dispute." })
  async resolveInvoiceDispute(
    @Ctx() ctx: Context,
    @Arg("input", () => ResolveDisputeInput, { description: "All of `resolveInvoiceDispute`'s arguments, as one `ResolveDisputeInput` (see its fields)." })
    input: ResolveDisputeInput,
  ) {
    return InvoiceDisputePayload.from(ctx, await disputesService.resolve(ctx, input));
  }

  @Mutation(() => RecordLegalInterestRatePayload, { description: "BIL-8: add the legal interest rate of a half-year (BILLING)." })
  async recordLegalInterestRate(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordLegalInterestRateInput, { description: "All of `recordLegalInterestRate`'s arguments, as one `RecordLegalInterestRateInput` (see its fields)." })
    input: RecordLegalInterestRateInput,
  ) {
    return RecordLegalInterestRatePayload.from(ctx, await lateChargesService.recordRate(ctx, input));
  }

  @Mutation(() => DunningPayload, { description: "BIL-9 step 1: formal notice on an overdue, undisputed balance (BILLING)." })
  async sendFormalNotice(
    @Ctx() ctx: Context,
    @Arg("input", () => DunningStepInput, { description: "All of `sendFormalNotice`'s arguments, as one `DunningStepInput` (see its fields)." }) input: DunningStepInput,
  ) {
    return DunningPayload.from(ctx, await dunningService.sendFormalNotice(ctx, input));
  }

  @Mutation(() => DunningPayload, { description: "BIL-9 step 2: suspend services 8 days after the notice, still unpaid (BILLING)." })
  async suspendForNonPayment(
    @Ctx() ctx: Context,
    @Arg("input", () => DunningStepInput, { description: "All of `suspendForNonPayment`'s arguments, as one `DunningStepInput` (see its fields)." }) input: DunningStepInput,
  ) {
    return DunningPayload.from(ctx, await dunningService.suspend(ctx, input));
  }

  @Mutation(() => DunningPayload, { description: "BIL-9 step 3: second notice, after the suspension (BILLING)." })
  async sendSecondNotice(
    @Ctx() ctx: Context,
    @Arg("input", () => DunningStepInput, { description: "All of `sendSecondNotice`'s arguments, as one `DunningStepInput` (see its fields)." }) input: DunningStepInput,
  ) {
    return DunningPayload.from(ctx, await dunningService.sendSecondNotice(ctx, input));
  }

  @Mutation(() => DunningPayload, { description: "BIL-9 step 4: terminate 8 days after the second notice, still unpaid (BILLING)." })
  async terminateForNonPayment(
    @Ctx() ctx: Context,
    @Arg("input", () => DunningStepInput, { description: "All of `terminateForNonPayment`'s arguments, as one `DunningStepInput` (see its fields)." }) input: DunningStepInput,
  ) {
    return DunningPayload.from(ctx, await dunningService.terminate(ctx, input));
  }
}

/** Collections fields of Invoice; the Invoice whole-type rule (canReadInvoice) guards them. */
@Resolver(() => Invoice)
export class InvoiceCollectionsResolver {
  @FieldResolver(() => [Payment], { description: "BIL-4: payment results, rejected direct debits included." })
  payments(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<Payment[]> {
    return collectionsReads.payments(ctx, invoice);
  }

  @FieldResolver(() => [InvoiceDispute], { description: "BIL-7: disputes of this invoice." })
  disputes(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<InvoiceDispute[]> {
    return collectionsReads.disputes(ctx, invoice);
  }

  @FieldResolver(() => [Invoice], { description: "Credit notes correcting this invoice." })
  creditNotes(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<Invoice[]> {
    return collectionsReads.creditNotes(ctx, invoice);
  }

  @FieldResolver(() => LateCharges, { nullable: true, description: "BIL-8: late charges as of a date (today, Paris, by default); null for drafts and credit notes." })
  lateCharges(
    @Root() invoice: Invoice,
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "The date to compute for (a Paris calendar date); defaults to today." }) asOf: string | null,
  ): Promise<LateCharges | null> {
    return lateChargesService.forInvoice(ctx, invoice, asOf);
  }
}

@Resolver(() => BillingStanding)
export class BillingStandingResolver {
  @FieldResolver(() => [Invoice], { description: "Issued invoices not fully paid, oldest due first." })
  openInvoices(@Root() standing: BillingStanding, @Ctx() ctx: Context): Promise<Invoice[]> {
    return collectionsReads.openInvoices(ctx, standing);
  }

  @FieldResolver(() => [Payment], { description: "BIL-6: rejected payments (e.g. a payer's direct debit refused by the bank)." })
  rejectedPayments(@Root() standing: BillingStanding, @Ctx() ctx: Context): Promise<Payment[]> {
    return collectionsReads.rejectedPayments(ctx, standing);
  }

  @FieldResolver(() => DunningCase, { nullable: true, description: "BIL-9: the member's dunning case (not shown in a payer's view)." })
  dunning(@Root() standing: BillingStanding, @Ctx() ctx: Context): Promise<DunningCase | null> {
    return standing.payerRawId ? Promise.resolve(null) : dunningService.latestFor(ctx, standing.memberRawId);
  }
}

/** Member fields; Member's "*" rule lets the member, delegate and desk reach them, the types' own rules narrow. */
@Resolver(() => Member)
export class MemberCollectionsResolver {
  @FieldResolver(() => BillingStanding, { nullable: true, description: "BIL-6: the payment state of all the member's invoices, payer's included (member and BILLING)." })
  billingStanding(@Root() member: Member, @Ctx() ctx: Context): Promise<BillingStanding | null> {
    return collectionsReads.standingOfMember(ctx, member.rawId);
  }

  @FieldResolver(() => DunningCase, { nullable: true, description: "BIL-9: the latest dunning case (member, BILLING, DESK_AGENT)." })
  dunning(@Root() member: Member, @Ctx() ctx: Context): Promise<DunningCase | null> {
    return dunningService.latestFor(ctx, member.rawId);
  }

  @FieldResolver(() => [FinancialGuarantee], {
    nullable: true,
    description: "BIL-4: financial guarantees asked of the member, newest first. The member, BILLING and DESK_AGENT read them in full; the delegate sees status and due date only.",
  })
  financialGuarantees(@Root() member: Member, @Ctx() ctx: Context): Promise<FinancialGuarantee[]> {
    return guaranteesService.ofMember(ctx, member.rawId);
  }
}

export const collectionsResolvers = [CollectionsResolver, InvoiceCollectionsResolver, BillingStandingResolver, MemberCollectionsResolver];
