import { Field, InputType, Int } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import type { TariffCode as TariffCodeValue } from "./tariffs.rules.js";
import { TariffCode } from "./tariffs.types.js";

@InputType({ description: "BIL-10: a new price for an item, from a date at least one calendar month after today (Paris)." })
export class ScheduleTariffChangeInput {
  @Field(() => TariffCode, { description: "The item whose price changes." })
  code!: TariffCodeValue;

  @Field(() => Int, { description: "The new price, TTC, in euro cents (a positive integer)." })
  ttcCents!: number;

  @Field(() => DateScalar, { description: "The first Paris calendar day the new price applies." })
  effectiveOn!: string;
}
