import { Field, ID, Int, ObjectType } from "type-graphql";
import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { invoicingErrors } from "./invoicing.errors.js";

@ObjectType({ description: "A member (or one of their bill-to parties) the run did not invoice, and why." })
export class BillingRunSkip {
  @Field(() => ID, { description: "Member global ID." })
  memberId!: string;

  @Field(() => String, { description: "POSTAL_ADDRESS_REQUIRED (BIL-5), TARIFF_MISSING (BIL-10) or AMOUNT_TOO_LARGE (BIL-1)." })
  code!: string;

  @Field(() => String, { description: "The SPEC rule behind the skip, e.g. BIL-5." })
  rule!: string;

  @Field(() => String, { description: "For a person: French by default, English with `Accept-Language: en`." })
  message!: string;
}

@ObjectType({ description: "BIL-1: what a monthly run did." })
export class BillingRunSummary {
  @Field(() => ID, { description: "The billing run's ID." })
  runId!: string;

  @Field(() => String, { description: "The month billed, `YYYY-MM`." })
  month!: string;

  @Field(() => Int, { description: "Invoices created and issued by this run (0 on a re-run)." })
  invoicesCreated!: number;

  @Field(() => Int, { description: "Members with at least one invoice created by this run." })
  membersBilled!: number;

  @Field(() => Int, { description: "Bill-to parties that already had their invoice for the month: nothing new." })
  alreadyInvoiced!: number;

  @Field(() => Int, { description: "TTC total of the invoices created by this run, in euro cents." })
  totalTtcCents!: number;

  @Field(() => [BillingRunSkip], { description: "Members (or bill-to parties) the run did not invoice, and why." })
  skipped!: BillingRunSkip[];
}

export const RunMonthlyBillingPayload = Payload("RunMonthlyBilling", userErrorType("Invoicing", invoicingErrors), { summary: () => BillingRunSummary });
