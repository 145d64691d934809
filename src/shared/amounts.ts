import { Field, Int, ObjectType } from "type-graphql";

/**
 * The one money shape of the API (SPEC § 10): integer euro cents, TTC the reference, HT and VAT
 * derived from it by `splitTtc` (money.ts) or stored as it computed them. Named `totals` on what
 * adds up lines or units (Invoice, Quote, InterventionPrice, EquipmentPurchase), `amounts` on a
 * line, `price` on a tariff. A value type, reached only through guarded parents: allowed as a
 * whole (node.permissions.ts).
 */
@ObjectType({ description: "Integer euro cents. TTC is the reference; HT = round(TTC / 1.2) half up; VAT = TTC − HT, so HT + VAT = TTC exactly." })
export class Amounts {
  @Field(() => Int)
  htCents!: number;

  @Field(() => Int)
  vatCents!: number;

  @Field(() => Int)
  ttcCents!: number;
}
