import { TARIFF_CODES } from "../../../db/schema/billing.js";
import { Field, ObjectType } from "type-graphql";
import { Amounts, deprecatedAmountFields } from "../../shared/amounts.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import type { TariffCode as TariffCodeValue } from "./tariffs.rules.js";
import { graphqlEnum } from "../../shared/enums.js";

export const TariffCode = graphqlEnum(TARIFF_CODES, {
  name: "TariffCode",
  description:
    "SPEC § 10 (Annexe 1): OPTION, EXTRA_SITE (per extra address), MAILBOX_PLUS_1 / MAILBOX_PACK_5 / MAILBOX_PACK_10, PRIVILEGE " +
    "(monthly); TRAVEL (per trip), TECHNICIAN_FIRST_HOUR / TECHNICIAN_EXTRA_HALF_HOUR (business hours), TECHNICIAN_OOH_* " +
    "(outside business hours), COACH_HOUR (per started hour).",
});

@ObjectType({ description: "BIL-10: one dated price of the tariff table. TTC is the reference; HT = TTC / 1.2 rounded half up; VAT = TTC − HT." })
export class Tariff {
  rawId!: string;

  @Field(() => TariffCode)
  code!: TariffCodeValue;

  @Field(() => Amounts, { description: "The price (monthly for subscriptions, per unit for interventions)." })
  price!: Amounts;

  @Field(() => DateScalar, { description: "The first Paris calendar day this price applies; it applies until the next price of the same code." })
  effectiveOn!: string;

  @Field(() => DateTimeScalar, { description: "BIL-10/OPT-6: when the price was announced (at least one calendar month before effectiveOn)." })
  announcedAt!: Date;
}
deprecatedAmountFields(Tariff, "price", { htCents: "htCents", vatCents: "vatCents", ttcCents: "ttcCents" });
