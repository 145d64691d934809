import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { MemberTargetInput } from "../../shared/member-target.js";
import { QuotePurpose, type QuotePurposeValue } from "./quotes.types.js";

@InputType({ description: "QUO-1/QUO-2: what the member needs a quote for." })
export class RequestQuoteInput extends MemberTargetInput {
  @Field(() => QuotePurpose, { description: "MAIL_MIGRATION, PRO_SERVICE and PRO_MAINTENANCE are opened by their own flows." })
  purpose!: QuotePurposeValue;

  @Field(() => String, { description: "The need, 1 to 2000 characters." })
  description!: string;
}

@InputType({ description: "QUO-2: one line of a quote being issued." })
export class QuoteLineInput {
  @Field(() => String, { description: "1 to 200 characters." })
  label!: string;

  @Field(() => Int, { description: "1 to 999." })
  quantity!: number;

  @Field(() => Int, { description: "Unit price TTC, in euro cents (the reference price; HT and VAT are derived)." })
  unitTtcCents!: number;
}

@InputType({ description: "QUO-2/QUO-3: a quote answering a request; it replaces the request's quote in force, if any." })
export class IssueQuoteInput {
  @Field(() => ID, { description: "The global ID of the QuoteRequest answered." })
  requestId!: string;

  @Field(() => [QuoteLineInput], { description: "1 to 50 lines." })
  lines!: QuoteLineInput[];

  @Field(() => DateScalar, { description: "Last Paris day the quote may be accepted: today to one year ahead." })
  validUntil!: string;
}

@InputType({ description: "QUO-2: the quote the member (or their delegate) accepts or declines." })
export class DecideQuoteInput {
  @Field(() => ID, { description: "The global ID of the Quote (ISSUED and within validUntil to be accepted)." })
  quoteId!: string;
}
