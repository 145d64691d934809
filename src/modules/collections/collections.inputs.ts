import { Field, ID, InputType, Int } from "type-graphql";
import { GUARANTEE_STATUSES, PAYMENT_METHODS, PAYMENT_OUTCOMES } from "../../../db/schema/billing.js";
import { DateScalar } from "../../shared/scalars.js";
import {
  DISPUTE_OUTCOMES,
  DisputeOutcome,
  FinancialGuaranteeStatus,
  GUARANTEE_PAYMENT_METHODS,
  GuaranteePaymentMethod,
  PaymentMethod,
  PaymentOutcome,
} from "./collections.types.js";

@InputType({ description: "BIL-4: one payment result (a direct-debit file line)." })
export class RecordPaymentInput {
  @Field(() => ID, { description: "The issued invoice paid (not a draft, not a credit note)." })
  invoiceId!: string;

  @Field(() => Int, { description: "Integer cents, > 0; a success may not exceed the balance due." })
  amountCents!: number;

  @Field(() => PaymentMethod, { defaultValue: "DIRECT_DEBIT", description: "GUARANTEE is refused here (GUARANTEE_METHOD_RESERVED): use useFinancialGuarantee." })
  method!: (typeof PAYMENT_METHODS)[number];

  @Field(() => PaymentOutcome, { description: "SUCCEEDED settles the amount; REJECTED records a failed payment and moves nothing." })
  outcome!: (typeof PAYMENT_OUTCOMES)[number];

  @Field(() => String, { description: "The bank's reference, unique: the same result recorded twice is refused." })
  reference!: string;

  @Field(() => DateScalar, { description: "The date the bank settled (or rejected) it; not in the future." })
  receivedOn!: string;
}

@InputType({ description: "A credit note against an issued invoice: the only way to correct one." })
export class IssueCreditNoteInput {
  @Field(() => ID, { description: "The issued invoice to correct." })
  invoiceId!: string;

  @Field(() => Int, { description: "TTC cents, > 0, at most TTC − credited − contested." })
  amountCents!: number;

  @Field(() => String, { description: "1 to 1000 characters; printed on the credit note's line." })
  reason!: string;
}

@InputType({ description: "BIL-7: contest part of an invoice." })
export class DisputeInvoiceInput {
  @Field(() => ID, { description: "The issued invoice contested." })
  invoiceId!: string;

  @Field(() => Int, { description: "TTC cents, > 0, at most what remains to be paid." })
  amountCents!: number;

  @Field(() => String, { description: "1 to 1000 characters." })
  reason!: string;
}

@InputType({ description: "BIL-7: billing decides an open dispute." })
export class ResolveDisputeInput {
  @Field(() => ID, { description: "The InvoiceDispute's ID; it must be OPEN." })
  disputeId!: string;

  @Field(() => DisputeOutcome, { description: "UPHELD (credit note) or CONFIRMED (due at once)." })
  outcome!: (typeof DISPUTE_OUTCOMES)[number];

  @Field(() => String, { description: "1 to 1000 characters; the credit note's reason when UPHELD." })
  note!: string;
}

@InputType({ description: "BIL-8: the legal rate of a new half-year." })
export class RecordLegalInterestRateInput {
  @Field(() => DateScalar, { description: "1 January or 1 July." })
  effectiveOn!: string;

  @Field(() => Int, { description: "Basis points: 3.16 % is 316." })
  rateBp!: number;
}

@InputType({ description: "BIL-9: a dunning step for a member." })
export class DunningStepInput {
  @Field(() => ID, { description: "The member with an overdue, undisputed balance." })
  memberId!: string;
}

@InputType({ description: "BIL-4: ask a member for a financial guarantee (deposit)." })
export class RequestFinancialGuaranteeInput {
  @Field(() => ID, { description: "The member asked for the guarantee." })
  memberId!: string;

  @Field(() => Int, { description: "Integer cents, > 0." })
  amountCents!: number;

  @Field(() => DateScalar, { description: "The date it is to be paid by: today (Paris) or later." })
  dueOn!: string;

  @Field(() => String, { description: "1 to 1000 characters." })
  reason!: string;
}

@InputType({ description: "BIL-4: the member paid the guarantee." })
export class RecordFinancialGuaranteePaymentInput {
  @Field(() => ID, { description: "The FinancialGuarantee's ID; it must be REQUESTED." })
  guaranteeId!: string;

  @Field(() => DateScalar, { description: "The date the bank settled it; not in the future." })
  paidOn!: string;

  @Field(() => GuaranteePaymentMethod, { defaultValue: "DIRECT_DEBIT", description: "How the member paid it (direct debit by default)." })
  method!: (typeof GUARANTEE_PAYMENT_METHODS)[number];

  @Field(() => String, { description: "The bank's reference, unique across guarantees and payments: the same result recorded twice is refused." })
  reference!: string;
}

@InputType({ description: "BIL-4: use part of a paid guarantee against an unpaid invoice of the same member." })
export class UseFinancialGuaranteeInput {
  @Field(() => ID, { description: "The FinancialGuarantee's ID; it must be PAID." })
  guaranteeId!: string;

  @Field(() => ID, { description: "An issued, unpaid invoice of the same member." })
  invoiceId!: string;

  @Field(() => Int, { description: "Integer cents, > 0, at most what is left of the guarantee and the invoice's balance due." })
  amountCents!: number;
}

@InputType({ description: "BIL-4: release (PAID) or cancel (REQUESTED) a guarantee." })
export class CloseFinancialGuaranteeInput {
  @Field(() => ID, { description: "The FinancialGuarantee's ID: PAID to release it, REQUESTED to cancel it." })
  guaranteeId!: string;

  @Field(() => String, { description: "1 to 1000 characters." })
  note!: string;
}

@InputType({ description: "Which guarantees to list; every field is optional." })
export class FinancialGuaranteeFilter {
  @Field(() => FinancialGuaranteeStatus, { nullable: true, description: "Only the guarantees in this status." })
  status?: (typeof GUARANTEE_STATUSES)[number] | null;

  @Field(() => ID, { nullable: true, description: "A Member global ID: that member's guarantees only." })
  memberId?: string | null;
}
