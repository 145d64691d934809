import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";

@ObjectType({ implements: Node, description: "BIL-1: equipment a member bought through Parnasse, billed once on the next monthly invoice." })
export class EquipmentPurchase extends Node {
  rawId!: string;
  memberRawId!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int, { description: "Unit price, TTC, in euro cents (the reference)." })
  unitTtcCents!: number;

  @Field(() => Int, { description: "quantity × unit TTC, in euro cents." })
  totalTtcCents!: number;

  @Field(() => Int, { description: "HT of the total: round(TTC / 1.2), half up." })
  totalHtCents!: number;

  @Field(() => Int, { description: "VAT of the total: TTC − HT." })
  totalVatCents!: number;

  @Field(() => DateTimeScalar)
  orderedAt!: Date;

  @Field(() => String, { description: "The staff role that recorded it (DESK_AGENT or BILLING)." })
  recordedByRole!: string;
}
