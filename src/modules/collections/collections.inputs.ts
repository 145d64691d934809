import { Field, ID, InputType, Int } from "type-graphql";
import { PAYMENT_METHODS, PAYMENT_OUTCOMES } from "../../../db/schema/billing.js";
import { DateScalar } from "../../shared/scalars.js";
import { DISPUTE_OUTCOMES, DisputeOutcome, PaymentMethod, PaymentOutcome } from "./collections.types.js";

@InputType({ description: "BIL-4: one payment result (a direct-debit file line)." })
export class RecordPaymentInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => Int, { description: "Integer cents, > 0; a success may not exceed the balance due." })
  amountCents!: number;

  @Field(() => PaymentMethod, { defaultValue: "DIRECT_DEBIT" })
  method!: (typeof PAYMENT_METHODS)[number];

  @Field(() => PaymentOutcome)
  outcome!: (typeof PAYMENT_OUTCOMES)[number];

  @Field(() => String, { description: "The bank's reference, unique: the same result recorded twice is refused." })
  reference!: string;

  @Field(() => DateScalar, { description: "The date the bank settled (or rejected) it; not in the future." })
  receivedOn!: string;
}

@InputType({ description: "A credit note against an issued invoice: the only way to correct one." })
export class IssueCreditNoteInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => Int, { description: "TTC cents, > 0, at most TTC − credited − contested." })
  amountCents!: number;

  @Field(() => String, { description: "1 to 1000 characters; printed on the credit note's line." })
  reason!: string;
}

@InputType({ description: "BIL-7: contest part of an invoice." })
export class DisputeInvoiceInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => Int, { description: "TTC cents, > 0, at most what remains to be paid." })
  amountCents!: number;

  @Field(() => String, { description: "1 to 1000 characters." })
  reason!: string;
}

@InputType()
export class ResolveDisputeInput {
  @Field(() => ID)
  disputeId!: string;

  @Field(() => DisputeOutcome)
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
  @Field(() => ID)
  memberId!: string;
}
