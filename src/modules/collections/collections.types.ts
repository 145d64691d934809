import { Field, ID, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { DISPUTE_STATUSES, GUARANTEE_STATUSES, PAYMENT_METHODS, PAYMENT_OUTCOMES } from "../../../db/schema/billing.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";

export const PaymentMethod = graphqlEnum(PAYMENT_METHODS, {
  name: "PaymentMethod",
  description:
    "BIL-4: direct debit is the contract's method; transfers and cheques are recorded too. GUARANTEE: part of a financial guarantee used against the invoice (useFinancialGuarantee only).",
  values: {
    DIRECT_DEBIT: "Direct debit (BIL-4: the contract's method).",
    TRANSFER: "Bank transfer.",
    CHEQUE: "Cheque.",
    GUARANTEE: "Part of a paid financial guarantee used against the invoice (useFinancialGuarantee only).",
  },
});

export const PaymentOutcome = graphqlEnum(PAYMENT_OUTCOMES, {
  name: "PaymentOutcome",
  description: "BIL-4: a REJECTED direct debit moves no amount but stays visible.",
  values: {
    SUCCEEDED: "The amount was received: it is deducted from the balance due.",
    REJECTED: "Refused by the bank: nothing is deducted.",
  },
});

export const DisputeStatus = graphqlEnum(DISPUTE_STATUSES, {
  name: "DisputeStatus",
  description: "BIL-7: OPEN (amount suspended), UPHELD (credit note), CONFIRMED (due at once).",
  values: {
    OPEN: "Awaiting billing's decision: the contested amount is suspended.",
    UPHELD: "The contest was upheld: the contested amount was cancelled by a credit note.",
    CONFIRMED: "Parnasse confirmed the amount: it is due at once.",
  },
});

export const DISPUTE_OUTCOMES = ["UPHELD", "CONFIRMED"] as const;
export const DisputeOutcome = graphqlEnum(DISPUTE_OUTCOMES, {
  name: "DisputeOutcome",
  description: "BIL-7: UPHELD cancels the contested amount by a credit note; CONFIRMED makes it due at once.",
  values: {
    UPHELD: "The contest is upheld: a credit note cancels the contested amount.",
    CONFIRMED: "The amount is confirmed: it is due at once.",
  },
});

export const DUNNING_STAGES = ["FORMAL_NOTICE", "SUSPENDED", "SECOND_NOTICE", "TERMINATED", "CLOSED"] as const;
export const DunningStage = graphqlEnum(DUNNING_STAGES, {
  name: "DunningStage",
  description: "BIL-9: where a non-payment case stands.",
  values: {
    FORMAL_NOTICE: "A formal notice was sent; services may be suspended once it is left without effect for 8 days.",
    SUSPENDED: "Services are suspended; the subscription stays due. A second notice may follow.",
    SECOND_NOTICE: "A second notice was sent; Parnasse may terminate once it is left without effect for 8 days.",
    TERMINATED: "Parnasse terminated the option for non-payment; the case stays open until the debt is paid.",
    CLOSED: "Nothing overdue and undisputed remains: the case is over.",
  },
});

/** Owner ids of the invoice an object belongs to: the shield rules read them (never contextual-cached). */
abstract class OfInvoice {
  invoiceRawId!: string;
  memberRawId!: string;
  payerRawId!: string | null;
}

@ObjectType({ description: "BIL-4: a payment result recorded by billing staff (a direct-debit file line, mostly)." })
export class Payment extends OfInvoice {
  rawId!: string;

  @Field(() => ID, { description: "The payment's ID." })
  id!: string;

  @Field(() => Int, { description: "The amount, in euro cents (TTC); a REJECTED result moves nothing." })
  amountCents!: number;

  @Field(() => PaymentMethod, { description: "How it was paid." })
  method!: (typeof PAYMENT_METHODS)[number];

  @Field(() => PaymentOutcome, { description: "Whether the payment went through." })
  outcome!: (typeof PAYMENT_OUTCOMES)[number];

  @Field(() => String, { description: "The bank's reference: a result is recorded once." })
  reference!: string;

  @Field(() => DateScalar, { description: "The date the bank settled (or rejected) it." })
  receivedOn!: string;

  @Field(() => DateTimeScalar, { description: "When billing recorded the result." })
  recordedAt!: Date;
}

@ObjectType({ description: "BIL-7: a dispute of part of an invoice: only the contested amount is suspended." })
export class InvoiceDispute extends OfInvoice {
  rawId!: string;
  creditNoteRawId!: string | null;

  @Field(() => ID, { description: "The dispute's ID." })
  id!: string;

  @Field(() => Int, { description: "BIL-7: the contested amount, TTC euro cents: suspended while OPEN." })
  contestedCents!: number;

  @Field(() => String, { description: "Why the amount is contested." })
  reason!: string;

  @Field(() => DisputeStatus, { description: "Where the dispute stands." })
  status!: (typeof DISPUTE_STATUSES)[number];

  @Field(() => DateTimeScalar, { description: "When the dispute was opened." })
  openedAt!: Date;

  @Field(() => String, { description: "MEMBER, PAYER or BILLING (on their behalf)." })
  openedByRole!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "When billing resolved it; null while OPEN." })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Billing's note on the decision; null while OPEN." })
  resolutionNote!: string | null;
}

export const LATE_CHARGE_PROBLEM_CODES = ["LEGAL_RATE_MISSING"] as const;
export const LateChargeProblemCode = graphqlEnum(LATE_CHARGE_PROBLEM_CODES, {
  name: "LateChargeProblemCode",
  description: "BIL-8: why late charges are not computable. LEGAL_RATE_MISSING: a period starts in a half-year with no recorded legal rate.",
  values: { LEGAL_RATE_MISSING: "A counted period starts in a half-year with no recorded legal rate." },
});

@ObjectType({ description: "BIL-8: one started 15-day period of lateness." })
export class LateChargePeriod {
  @Field(() => DateScalar, { description: "First day of the period (the day after the due date for the first one)." })
  startsOn!: string;

  @Field(() => String, { description: 'The half-year the period starts in: "H1 2026" (January–June) or "H2 2026" (July–December).' })
  halfYear!: string;

  @Field(() => Int, { description: "Unpaid TTC at the start of the period: payments received before it deducted, contested amounts excluded." })
  unpaidCents!: number;

  @Field(() => Int, {
    nullable: true,
    description: "French legal interest rate in force at the start of the period (the rate of its half-year), in basis points; null when that half-year has no recorded rate.",
  })
  rateBp!: number | null;

  @Field(() => Int, { nullable: true, description: "unpaid × 3 × rate × 15 / 365, rounded half up to the cent; null when the rate is missing." })
  surchargeCents!: number | null;
}

@ObjectType({ description: "BIL-8: why late charges cannot be computed, for the person reading them." })
export class LateChargeProblem {
  @Field(() => LateChargeProblemCode, { description: "What is wrong." })
  code!: (typeof LATE_CHARGE_PROBLEM_CODES)[number];

  @Field(() => String, { description: "The SPEC rule: BIL-8." })
  rule!: string;

  @Field(() => String, { description: 'The half-year without a recorded legal rate, e.g. "H1 2026".' })
  halfYear!: string;

  @Field(() => String, { description: "For a person: French by default, English with `Accept-Language: en`." })
  message!: string;
}

@ObjectType({ description: "BIL-8: late charges of an invoice as of a date (computed, never stored)." })
export class LateCharges extends OfInvoice {
  @Field(() => DateScalar, { description: "The date the late charges are computed for (Paris calendar date)." })
  asOf!: string;

  @Field(() => Int, { description: "Calendar days since the due date (0 when not late)." })
  daysLate!: number;

  @Field(() => Int, { description: "Started 15-day periods with something unpaid on their first day." })
  periods!: number;

  @Field(() => Boolean, {
    description: "False when a counted period starts in a half-year with no recorded legal rate: the surcharge and the total are then null, never an estimate.",
  })
  computable!: boolean;

  @Field(() => [String], { description: 'Half-years ("H1 2026") of counted periods with no recorded legal rate, in order; empty when computable.' })
  missingLegalRates!: string[];

  @Field(() => [LateChargeProblem], { description: "Why the charges are not computable (one per missing half-year); empty when computable." })
  problems!: LateChargeProblem[];

  @Field(() => Int, { nullable: true, description: "Sum of the periods' surcharges; null when not computable." })
  surchargeCents!: number | null;

  @Field(() => Int, { description: "40.00 € once per late invoice (it needs no rate: known even when the surcharge is not)." })
  recoveryFeeCents!: number;

  @Field(() => Int, { nullable: true, description: "Surcharge + recovery fee; null when not computable." })
  totalCents!: number | null;

  @Field(() => Int, { nullable: true, description: "Legal rate (basis points) of the last period counted; null if none is counted or its rate is missing." })
  rateBp!: number | null;

  @Field(() => [LateChargePeriod], { description: "The counted 15-day periods, in order." })
  details!: LateChargePeriod[];
}

@ObjectType({ description: "BIL-8: the French legal interest rate from a half-year start (basis points)." })
export class LegalInterestRate {
  @Field(() => DateScalar, { description: "The half-year start it applies from (1 January or 1 July)." })
  effectiveOn!: string;

  @Field(() => Int, { description: "The French legal interest rate, in basis points (3.16 % is 316)." })
  rateBp!: number;
}

@ObjectType({ description: "BIL-9: a non-payment case of a member: notice, suspension, second notice, termination." })
export class DunningCase {
  rawId!: string;
  memberRawId!: string;

  @Field(() => ID, { description: "The case's ID." })
  id!: string;

  @Field(() => DunningStage, { description: "Where the case stands." })
  stage!: (typeof DUNNING_STAGES)[number];

  @Field(() => DateTimeScalar, { description: "BIL-9: when the formal notice was sent (the case opened)." })
  firstNoticeAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "Services refused (BIL-9) from then; the subscription stays due." })
  suspendedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "BIL-9: when the second notice was sent; null until then." })
  secondNoticeAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "BIL-9: when Parnasse terminated for non-payment (the option ended); null until then." })
  terminatedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Set when the debt was settled." })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why the case was closed: SETTLED (nothing overdue remains); null while open." })
  closedReason!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The earliest date of the next step, if one is pending." })
  nextStepOn!: string | null;
}

@ObjectType({
  description:
    "BIL-6: the payment state of a member's invoices, including those addressed to their payer (the member remains liable), " +
    "or, for a PAYER, of the invoices addressed to them.",
})
export class BillingStanding {
  memberRawId!: string;
  /** Set for a payer's own view: only the invoices addressed to this payer. */
  payerRawId!: string | null;

  @Field(() => Int, { description: "Balance due on issued invoices (contested amounts excluded)." })
  balanceDueCents!: number;

  @Field(() => Int, { description: "Part of the balance due whose due date has passed." })
  overdueCents!: number;

  @Field(() => Int, { description: "Overdue on invoices addressed to a third-party payer: the payer's default, which the member answers for." })
  payerOverdueCents!: number;

  @Field(() => Int, { description: "Amounts suspended by open disputes (BIL-7)." })
  contestedCents!: number;
}

export const FinancialGuaranteeStatus = graphqlEnum(GUARANTEE_STATUSES, {
  name: "FinancialGuaranteeStatus",
  description: "BIL-4: REQUESTED (asked, not paid yet), PAID (held, usable against unpaid invoices), RELEASED (what was left given back), CANCELLED (withdrawn before payment).",
  values: {
    REQUESTED: "Asked of the member, not paid yet.",
    PAID: "Paid and held: usable against the member's unpaid invoices.",
    RELEASED: "What was left (amount − used) was given back (final).",
    CANCELLED: "Withdrawn before it was paid (final).",
  },
});

/** How a guarantee is paid: the payment methods of an invoice, without GUARANTEE itself. */
export const GUARANTEE_PAYMENT_METHODS = ["DIRECT_DEBIT", "TRANSFER", "CHEQUE"] as const;
export const GuaranteePaymentMethod = graphqlEnum(GUARANTEE_PAYMENT_METHODS, {
  name: "GuaranteePaymentMethod",
  description: "BIL-4: how the member paid the guarantee.",
  values: { DIRECT_DEBIT: "Direct debit.", TRANSFER: "Bank transfer.", CHEQUE: "Cheque." },
});

@ObjectType({
  description:
    "BIL-4 (art. 6.1): a financial guarantee (deposit) billing asks of a member. The member, billing and the desk read it all; " +
    "the delegate sees that one is asked (id, status, due date, request date): every other field is refused to the delegate (FORBIDDEN), hence nullable.",
})
export class FinancialGuarantee {
  rawId!: string;
  memberRawId!: string;

  @Field(() => ID, { description: "The guarantee's ID." })
  id!: string;

  @Field(() => FinancialGuaranteeStatus, { description: "Where the guarantee stands." })
  status!: (typeof GUARANTEE_STATUSES)[number];

  @Field(() => DateScalar, { description: "The date the guarantee is to be paid by." })
  dueOn!: string;

  @Field(() => DateTimeScalar, { description: "When billing asked for it." })
  requestedAt!: Date;

  @Field(() => Int, { nullable: true, description: "Cents asked. Not for the delegate." })
  amountCents!: number | null;

  @Field(() => Int, { nullable: true, description: "Cents already used against unpaid invoices. Not for the delegate." })
  usedCents!: number | null;

  @Field(() => Int, { nullable: true, description: "Cents still held: amount − used while PAID; 0 once RELEASED or CANCELLED, the amount while REQUESTED. Not for the delegate." })
  remainingCents!: number | null;

  @Field(() => Int, { nullable: true, description: "Cents given back on release (amount − used). Not for the delegate." })
  releasedCents!: number | null;

  @Field(() => String, { nullable: true, description: "Why billing asks for it. Not for the delegate." })
  reason!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The date the member paid it. Not for the delegate." })
  paidOn!: string | null;

  @Field(() => GuaranteePaymentMethod, { nullable: true, description: "Not for the delegate." })
  paymentMethod!: (typeof GUARANTEE_PAYMENT_METHODS)[number] | null;

  @Field(() => String, { nullable: true, description: "The bank's reference of its payment, unique. Not for the delegate." })
  paymentReference!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Not for the delegate." })
  releasedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Not for the delegate." })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Billing's note on release or cancellation. Not for the delegate." })
  closingNote!: string | null;
}
