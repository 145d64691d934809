import { Field, ID, InputType } from "type-graphql";
import type { INVOICE_STATUSES } from "../../../db/schema/billing.js";
import { InvoiceStatus } from "./invoicing.types.js";

@InputType({ description: "BIL-1: the month to bill." })
export class RunMonthlyBillingInput {
  @Field(() => String, { description: "`YYYY-MM`; refused before the month's first day (Paris)." })
  month!: string;
}

@InputType({ description: "Filters of billing staff's invoice list." })
export class InvoiceFilter {
  @Field(() => InvoiceStatus, { nullable: true, description: "Only the invoices in this status." })
  status?: (typeof INVOICE_STATUSES)[number] | null;

  @Field(() => String, { nullable: true, description: "The month billed, `YYYY-MM`." })
  month?: string | null;

  @Field(() => ID, { nullable: true, description: "A Member global ID." })
  memberId?: string | null;
}
