import { Field, ID, InputType, Int } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";

@InputType({ description: "BIL-1: equipment sold to a member, billed on the next invoice (DESK_AGENT, BILLING)." })
export class RecordEquipmentPurchaseInput {
  @Field(() => ID, { description: "The member who bought it; the membership must be active." })
  memberId!: string;

  @Field(() => String, { description: "What was sold (1 to 200 characters), as printed on the invoice." })
  label!: string;

  @Field(() => Int, { description: "1 to 1000." })
  quantity!: number;

  @Field(() => Int, { description: "Unit price, TTC, in euro cents (a positive integer)." })
  unitTtcCents!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was ordered; now when left out. Not in the future, at most 60 days back." })
  orderedAt?: Date | null;
}
