import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "BIL-5: whether the member has internet access (invoices by email) or not (by post, to a valid postal address)." })
export class UpdateInvoiceDeliveryInput {
  @Field(() => ID, { nullable: true, description: "The member. Optional for MEMBER and DELEGATE (their own member); required for the desk." })
  memberId?: string | null;

  @Field(() => Boolean)
  hasInternetAccess!: boolean;
}
