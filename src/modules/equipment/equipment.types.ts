import { Field, Int, ObjectType } from "type-graphql";
import { Amounts, deprecatedAmountFields } from "../../shared/amounts.js";
import { Node } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";

@ObjectType({ implements: Node, description: "BIL-1: equipment a member bought through Parnasse, billed once on the next monthly invoice." })
export class EquipmentPurchase extends Node {
  rawId!: string;
  memberRawId!: string;

  @Field(() => String, { description: "What was sold, as printed on the invoice." })
  label!: string;

  @Field(() => Int, { description: "How many were sold." })
  quantity!: number;

  @Field(() => Int, { description: "Unit price, TTC, in euro cents (the reference)." })
  unitTtcCents!: number;

  @Field(() => Amounts, { description: "TTC = quantity × unit TTC; HT and VAT of that total." })
  totals!: Amounts;

  @Field(() => DateTimeScalar, { description: "When it was ordered." })
  orderedAt!: Date;

  @Field(() => String, { description: "The staff role that recorded it (DESK_AGENT or BILLING)." })
  recordedByRole!: string;
}
deprecatedAmountFields(EquipmentPurchase, "totals", { htCents: "totalHtCents", vatCents: "totalVatCents", ttcCents: "totalTtcCents" });
