import { Field, InputType } from "type-graphql";
import { MemberIdInput } from "../../shared/member-target.js";

@InputType({ description: "BIL-5: whether the member has internet access (invoices by email) or not (by post, to a valid postal address)." })
export class UpdateInvoiceDeliveryInput extends MemberIdInput {
  @Field(() => Boolean, { description: "True: invoices by email. False: by post, which needs a valid postal address (refused otherwise, BIL-5)." })
  hasInternetAccess!: boolean;
}
