import { Field, Int, ObjectType, type ClassType } from "type-graphql";

/**
 * The one money shape of the API (SPEC § 10): integer euro cents, TTC the reference, HT and VAT
 * derived from it by `splitTtc` (money.ts) or stored as it computed them. Named `totals` on what
 * adds up lines or units (Invoice, Quote, InterventionPrice, EquipmentPurchase), `amounts` on a
 * line, `price` on a tariff. A value type, reached only through guarded parents: allowed as a
 * whole (node.permissions.ts).
 */
@ObjectType({ description: "Integer euro cents. TTC is the reference; HT = round(TTC / 1.2) half up; VAT = TTC − HT, so HT + VAT = TTC exactly." })
export class Amounts {
  @Field(() => Int, { description: "Amount excluding VAT (hors taxes), in euro cents: round(ttcCents / 1.2), half up (SPEC § 10)." })
  htCents!: number;

  @Field(() => Int, { description: "VAT at 20 %, in euro cents: ttcCents − htCents, so the three always add up (SPEC § 10)." })
  vatCents!: number;

  @Field(() => Int, { description: "Amount including VAT (toutes taxes comprises), in euro cents: the reference amount that prices and invoices are stated in." })
  ttcCents!: number;
}

/**
 * The fields a type served before Amounts, kept for one release (CHANGELOG.md): each is a deprecated
 * `Int!` read from the Amounts field `via`, so the old and the new field never disagree. Removed in 0.3.0.
 */
export function deprecatedAmountFields(target: ClassType, via: string, oldNames: Record<keyof Amounts, string>): void {
  for (const [part, name] of Object.entries(oldNames) as [keyof Amounts, string][]) {
    const getter = {
      configurable: true,
      get(this: Record<string, Amounts>): number {
        return this[via]![part];
      },
    };
    Object.defineProperty(target.prototype, name, getter);
    Field(() => Int, { description: `Same value as \`${via}.${part}\`, in euro cents. Deprecated.`, deprecationReason: `Use \`${via} { ${part} }\`; removed in 0.3.0.` })(
      target.prototype,
      name,
      getter,
    );
  }
}
