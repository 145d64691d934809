import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { MemberTargetInput } from "../../shared/member-target.js";
import { QuotePurpose, type QuotePurposeValue } from "./quotes.types.js";

@InputType()
export class RequestQuoteInput extends MemberTargetInput {
  @Field(() => QuotePurpose, { description: "MAIL_MIGRATION, PRO_SERVICE and PRO_MAINTENANCE are opened by their own flows." })
  purpose!: QuotePurposeValue;

  @Field(() => String, { description: "The need, 1 to 2000 characters." })
  description!: string;
}

@InputType()
export class QuoteLineInput {
  @Field(() => String, { description: "1 to 200 characters." })
  label!: string;

  @Field(() => Int, { description: "1 to 999." })
  quantity!: number;

  @Field(() => Int, { description: "Unit price TTC, in euro cents (the reference price; HT and VAT are derived)." })
  unitTtcCents!: number;
}

@InputType()
export class IssueQuoteInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => [QuoteLineInput], { description: "1 to 50 lines." })
  lines!: QuoteLineInput[];

  @Field(() => DateScalar, { description: "Last Paris day the quote may be accepted: today to one year ahead." })
  validUntil!: string;
}

@InputType()
export class DecideQuoteInput {
  @Field(() => ID)
  quoteId!: string;
}
