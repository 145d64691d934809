import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { DateScalar } from "../../shared/scalars.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Invoice } from "../invoicing/index.js";
import { Member } from "../members/index.js";
import { creditNotesService } from "./collections.credit-notes.service.js";
import { disputesService } from "./collections.disputes.service.js";
import { dunningService } from "./collections.dunning.service.js";
import { collectionsErrors } from "./collections.errors.js";
import {
  DisputeInvoiceInput,
  DunningStepInput,
  IssueCreditNoteInput,
  RecordLegalInterestRateInput,
  RecordPaymentInput,
  ResolveDisputeInput,
} from "./collections.inputs.js";
import { lateChargesService } from "./collections.late-charges.service.js";
import { paymentsService } from "./collections.payments.service.js";
import { collectionsReads } from "./collections.reads.js";
import { BillingStanding, DunningCase, InvoiceDispute, LateCharges, LegalInterestRate, Payment } from "./collections.types.js";

export const { ModuleUserError: CollectionsUserError, toUserErrors } = userErrorType("Collections", collectionsErrors);
type CollectionsUserError = InstanceType<typeof CollectionsUserError>;

@ObjectType()
export class RecordPaymentPayload {
  @Field(() => Payment, { nullable: true })
  payment!: Payment | null;

  @Field(() => Invoice, { nullable: true, description: "The invoice after the payment." })
  invoice!: Invoice | null;

  @Field(() => [CollectionsUserError])
  userErrors!: CollectionsUserError[];
}

@ObjectType()
export class IssueCreditNotePayload {
  @Field(() => Invoice, { nullable: true })
  creditNote!: Invoice | null;

  @Field(() => Invoice, { nullable: true })
  correctedInvoice!: Invoice | null;

  @Field(() => [CollectionsUserError])
  userErrors!: CollectionsUserError[];
}

@ObjectType()
export class InvoiceDisputePayload {
  @Field(() => InvoiceDispute, { nullable: true })
  dispute!: InvoiceDispute | null;

  @Field(() => Invoice, { nullable: true })
  invoice!: Invoice | null;

  @Field(() => Invoice, { nullable: true, description: "The credit note of an UPHELD dispute." })
  creditNote!: Invoice | null;

  @Field(() => [CollectionsUserError])
  userErrors!: CollectionsUserError[];
}

@ObjectType()
export class RecordLegalInterestRatePayload {
  @Field(() => LegalInterestRate, { nullable: true })
  rate!: LegalInterestRate | null;

  @Field(() => [CollectionsUserError])
  userErrors!: CollectionsUserError[];
}

@ObjectType()
export class DunningPayload {
  @Field(() => DunningCase, { nullable: true })
  dunning!: DunningCase | null;

  @Field(() => [CollectionsUserError])
  userErrors!: CollectionsUserError[];
}

const dunningPayload = (ctx: Context, r: Awaited<ReturnType<typeof dunningService.sendFormalNotice>>): DunningPayload =>
  r.ok ? { dunning: r.value, userErrors: [] } : { dunning: null, userErrors: toUserErrors(r.errors, ctx.locale) };

@Resolver()
export class CollectionsResolver {
  @Query(() => BillingStanding, {
    nullable: true,
    description: "BIL-6: payment state of invoices. MEMBER: their own (payer's invoices included); PAYER: invoices addressed to them; BILLING: `memberId`.",
  })
  billingStanding(@Ctx() ctx: Context, @Arg("memberId", () => ID, { nullable: true }) memberId: string | null): Promise<BillingStanding | null> {
    return collectionsReads.standing(ctx, memberId);
  }

  @Query(() => [LegalInterestRate], { description: "BIL-8: the legal interest rate table (BILLING)." })
  legalInterestRates(@Ctx() ctx: Context): Promise<LegalInterestRate[]> {
    return lateChargesService.rates(ctx);
  }

  @Mutation(() => RecordPaymentPayload, { description: "BIL-4: record a payment result (BILLING)." })
  async recordPayment(@Ctx() ctx: Context, @Arg("input", () => RecordPaymentInput) input: RecordPaymentInput): Promise<RecordPaymentPayload> {
    const r = await paymentsService.record(ctx, input);
    return r.ok ? { ...r.value, userErrors: [] } : { payment: null, invoice: null, userErrors: toUserErrors(r.errors, ctx.locale) };
  }

  @Mutation(() => IssueCreditNotePayload, { description: "Correct an issued invoice by a credit note (BILLING): the only correction of an issued invoice." })
  async issueCreditNote(@Ctx() ctx: Context, @Arg("input", () => IssueCreditNoteInput) input: IssueCreditNoteInput): Promise<IssueCreditNotePayload> {
    const r = await creditNotesService.issue(ctx, input);
    return r.ok ? { ...r.value, userErrors: [] } : { creditNote: null, correctedInvoice: null, userErrors: toUserErrors(r.errors, ctx.locale) };
  }

  @Mutation(() => InvoiceDisputePayload, { description: "BIL-7: contest part of an invoice (the member, the payer, or BILLING on their behalf)." })
  async disputeInvoice(@Ctx() ctx: Context, @Arg("input", () => DisputeInvoiceInput) input: DisputeInvoiceInput): Promise<InvoiceDisputePayload> {
    const r = await disputesService.open(ctx, input);
    return r.ok ? { ...r.value, userErrors: [] } : { dispute: null, invoice: null, creditNote: null, userErrors: toUserErrors(r.errors, ctx.locale) };
  }

  @Mutation(() => InvoiceDisputePayload, { description: "BIL-7: BILLING upholds (credit note) or confirms (due at once) a dispute." })
  async resolveInvoiceDispute(@Ctx() ctx: Context, @Arg("input", () => ResolveDisputeInput) input: ResolveDisputeInput): Promise<InvoiceDisputePayload> {
    const r = await disputesService.resolve(ctx, input);
    return r.ok ? { ...r.value, userErrors: [] } : { dispute: null, invoice: null, creditNote: null, userErrors: toUserErrors(r.errors, ctx.locale) };
  }

  @Mutation(() => RecordLegalInterestRatePayload, { description: "BIL-8: add the legal interest rate of a half-year (BILLING)." })
  async recordLegalInterestRate(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordLegalInterestRateInput) input: RecordLegalInterestRateInput,
  ): Promise<RecordLegalInterestRatePayload> {
    const r = await lateChargesService.recordRate(ctx, input);
    return r.ok ? { rate: r.value, userErrors: [] } : { rate: null, userErrors: toUserErrors(r.errors, ctx.locale) };
  }

  @Mutation(() => DunningPayload, { description: "BIL-9 step 1: formal notice on an overdue, undisputed balance (BILLING)." })
  async sendFormalNotice(@Ctx() ctx: Context, @Arg("input", () => DunningStepInput) input: DunningStepInput): Promise<DunningPayload> {
    return dunningPayload(ctx, await dunningService.sendFormalNotice(ctx, input));
  }

  @Mutation(() => DunningPayload, { description: "BIL-9 step 2: suspend services 8 days after the notice, still unpaid (BILLING)." })
  async suspendForNonPayment(@Ctx() ctx: Context, @Arg("input", () => DunningStepInput) input: DunningStepInput): Promise<DunningPayload> {
    return dunningPayload(ctx, await dunningService.suspend(ctx, input));
  }

  @Mutation(() => DunningPayload, { description: "BIL-9 step 3: second notice, after the suspension (BILLING)." })
  async sendSecondNotice(@Ctx() ctx: Context, @Arg("input", () => DunningStepInput) input: DunningStepInput): Promise<DunningPayload> {
    return dunningPayload(ctx, await dunningService.sendSecondNotice(ctx, input));
  }

  @Mutation(() => DunningPayload, { description: "BIL-9 step 4: terminate 8 days after the second notice, still unpaid (BILLING)." })
  async terminateForNonPayment(@Ctx() ctx: Context, @Arg("input", () => DunningStepInput) input: DunningStepInput): Promise<DunningPayload> {
    return dunningPayload(ctx, await dunningService.terminate(ctx, input));
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
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
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
}

export const collectionsResolvers = [CollectionsResolver, InvoiceCollectionsResolver, BillingStandingResolver, MemberCollectionsResolver];
