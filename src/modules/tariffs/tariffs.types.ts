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
  valuesConfig: {
    OPTION: { description: "§ 10: the Option Intérieur, per month (90.00 TTC at launch)." },
    EXTRA_SITE: { description: "§ 10: each extra address (site supplémentaire, at most 5), per month." },
    MAILBOX_PLUS_1: { description: "§ 10 / MBX-2: the « +1 mailbox » option, per month." },
    MAILBOX_PACK_5: { description: "§ 10 / MBX-2: the « pack 5 » mailbox option, per month." },
    MAILBOX_PACK_10: { description: "§ 10 / MBX-2: the « pack 10 » mailbox option, per month." },
    PRIVILEGE: { description: "§ 10: Conciergerie John Paul Privilège, per month." },
    TRAVEL: { description: "§ 10 / INT-3: travel, per trip, for an intervention beyond the free 15." },
    TECHNICIAN_FIRST_HOUR: { description: "§ 10 / INT-3: technician in business hours, first hour (indivisible)." },
    TECHNICIAN_EXTRA_HALF_HOUR: { description: "§ 10 / INT-3: technician in business hours, each started extra half-hour." },
    TECHNICIAN_OOH_FIRST_HOUR: { description: "§ 10 / INT-3: technician outside business hours (Saturdays, public holidays), first hour." },
    TECHNICIAN_OOH_EXTRA_HALF_HOUR: { description: "§ 10 / INT-3: technician outside business hours, each started extra half-hour." },
    COACH_HOUR: { description: "§ 10 / INT-7: coach time, per started hour (in business hours)." },
  },
});

@ObjectType({ description: "BIL-10: one dated price of the tariff table. TTC is the reference; HT = TTC / 1.2 rounded half up; VAT = TTC − HT." })
export class Tariff {
  rawId!: string;

  @Field(() => TariffCode, { description: "Which item of the tariff table (§ 10) this price is for." })
  code!: TariffCodeValue;

  @Field(() => Amounts, { description: "The price (monthly for subscriptions, per unit for interventions)." })
  price!: Amounts;

  @Field(() => DateScalar, { description: "The first Paris calendar day this price applies; it applies until the next price of the same code." })
  effectiveOn!: string;

  @Field(() => DateTimeScalar, { description: "BIL-10/OPT-6: when the price was announced (at least one calendar month before effectiveOn)." })
  announcedAt!: Date;
}
deprecatedAmountFields(Tariff, "price", { htCents: "htCents", vatCents: "vatCents", ttcCents: "ttcCents" });
