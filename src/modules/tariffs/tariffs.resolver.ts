import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Payload } from "../../shared/payload.js";
import { DateScalar } from "../../shared/scalars.js";
import { userErrorType } from "../../shared/user-errors.js";
import { tariffErrors } from "./tariffs.errors.js";
import { ScheduleTariffChangeInput } from "./tariffs.inputs.js";
import type { TariffCode as TariffCodeValue } from "./tariffs.rules.js";
import { tariffsService } from "./tariffs.service.js";
import { Tariff, TariffCode } from "./tariffs.types.js";

export const ScheduleTariffChangePayload = Payload(
  "ScheduleTariffChange",
  userErrorType("Tariff", tariffErrors, "Why scheduleTariffChange was refused (BIL-10): `code` names the refusal, `rule` the SPEC rule."),
  {
    tariff: { type: () => Tariff, description: "The scheduled price; null when refused." },
  },
  "The answer to scheduleTariffChange (BIL-10).",
);

@Resolver()
export class TariffsResolver {
  @Query(() => [Tariff], {
    description:
      "BIL-10: the price list in force on a date (Paris; today by default): what an order placed that day costs. MEMBER, DELEGATE and staff (not the concierge partner).",
  })
  tariffs(
    @Ctx() ctx: Context,
    @Arg("on", () => DateScalar, { nullable: true, description: "The Paris calendar day (YYYY-MM-DD) the prices are for; today when left out." }) on: string | null,
  ): Promise<Tariff[]> {
    return tariffsService.inForce(ctx, on);
  }

  @Query(() => [Tariff], { description: "BIL-10: every price of an item, oldest first, scheduled ones included (BILLING)." })
  tariffHistory(@Ctx() ctx: Context, @Arg("code", () => TariffCode, { description: "The item whose price history is wanted." }) code: TariffCodeValue): Promise<Tariff[]> {
    return tariffsService.history(ctx, code);
  }

  @Mutation(() => ScheduleTariffChangePayload, {
    description: "BIL-10/OPT-6: schedule a new price, at least one calendar month after today (BILLING); members holding the option are told by a PRICE_CHANGE announcement.",
  })
  async scheduleTariffChange(
    @Ctx() ctx: Context,
    @Arg("input", () => ScheduleTariffChangeInput, { description: "The item, the new TTC price in cents, and the first day it applies." }) input: ScheduleTariffChangeInput,
  ) {
    return ScheduleTariffChangePayload.from(ctx, await tariffsService.schedule(ctx, input));
  }
}

export const tariffsResolvers = [TariffsResolver];
