import { Field, Int, ObjectType } from "type-graphql";
import { Amounts } from "../../shared/amounts.js";
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

  @Field(() => Amounts, { description: "TTC = quantity × unit TTC; HT and VAT of that total." })
  totals!: Amounts;

  @Field(() => Int, { description: "quantity × unit TTC, in euro cents.", deprecationReason: "Use `totals { ttcCents }`; removed in 0.3.0." })
  get totalTtcCents(): number {
    return this.totals.ttcCents;
  }

  @Field(() => Int, { description: "HT of the total: round(TTC / 1.2), half up.", deprecationReason: "Use `totals { htCents }`; removed in 0.3.0." })
  get totalHtCents(): number {
    return this.totals.htCents;
  }

  @Field(() => Int, { description: "VAT of the total: TTC − HT.", deprecationReason: "Use `totals { vatCents }`; removed in 0.3.0." })
  get totalVatCents(): number {
    return this.totals.vatCents;
  }

  @Field(() => DateTimeScalar)
  orderedAt!: Date;

  @Field(() => String, { description: "The staff role that recorded it (DESK_AGENT or BILLING)." })
  recordedByRole!: string;
}
