import { TARIFF_CODES } from "../../../db/schema/billing.js";
import type { Context } from "../../context.js";
import { constraintName, fail, forbidden, ok, sqlState, type DomainError, type Result } from "../../shared/errors.js";
import { formatEuros, htFromTtc } from "../../shared/money.js";
import { runCommand } from "../../shared/mutation.js";
import { parisDate } from "../../shared/paris-time.js";
import { announcePriceChange } from "../options/index.js";
import { tariffErrors, type TariffErrorCode } from "./tariffs.errors.js";
import type { ScheduleTariffChangeInput } from "./tariffs.inputs.js";
import { toTariff } from "./tariffs.mappers.js";
import { tariffsRepository as repo } from "./tariffs.repository.js";
import { earliestEffectiveOn, TARIFF_LABELS, TARIFF_MAX_TTC_CENTS, type TariffBook, type TariffCode, type TariffRow } from "./tariffs.rules.js";
import type { Tariff } from "./tariffs.types.js";

/** `2026-12-26` → `26/12/2026`, for announcements (French, as members read them). */
const frenchDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

function announcementText(code: TariffCode, ttcCents: number, effectiveOn: string, previous: TariffRow | undefined) {
  const { fr, per } = TARIFF_LABELS[code];
  const price = `${formatEuros(ttcCents)} TTC (${formatEuros(htFromTtc(ttcCents))} HT) ${per}`;
  const from = previous ? `passe de ${formatEuros(previous.ttcCents)} TTC à ${price}` : `est de ${price}`;
  return { title: `Nouveau tarif : ${fr}`, body: `À partir du ${frenchDate(effectiveOn)}, le prix de « ${fr} » ${from}.` };
}

/**
 * BIL-10: the tariff table as dated data. Every price shown before an order and every invoice
 * reads it for a date; a change is a new row, announced at least one calendar month ahead.
 */
export const tariffsService = {
  /** The request's tariff book (one query per request, whatever the number of prices read). */
  book(ctx: Context): Promise<TariffBook> {
    return ctx.loaders.tariffs.book();
  },

  /**
   * The TTC price of `code` in force on a Paris date (today by default), from the request's book.
   * The seed (migration 0015) prices every code from 2020-01-01, so a missing price is a bug.
   */
  async priceOn(ctx: Context, code: TariffCode, date?: string): Promise<number> {
    const on = date ?? parisDate(ctx.clock.now());
    const row = (await ctx.loaders.tariffs.book()).on(code, on);
    if (!row) throw new Error(`no ${code} price in force on ${on}`);
    return row.ttcCents;
  },

  /** The price list in force on a Paris date (today by default), one row per code that has a price. */
  async inForce(ctx: Context, on: string | null | undefined): Promise<Tariff[]> {
    const date = on ?? parisDate(ctx.clock.now());
    const book = await ctx.loaders.tariffs.book();
    return TARIFF_CODES.flatMap((code) => {
      const row = book.on(code, date);
      return row ? [toTariff(row)] : [];
    });
  },

  /** Every price of one item, oldest first, scheduled ones included. */
  async history(ctx: Context, code: TariffCode): Promise<Tariff[]> {
    return (await repo.history(ctx.db, code)).map(toTariff);
  },

  /**
   * BIL-10 / OPT-6: a new price from `effectiveOn`. Announced now (today, Paris), it may apply
   * on today + 1 calendar month at the earliest. Members holding the option get a PRICE_CHANGE
   * announcement in the same transaction.
   */
  async schedule(ctx: Context, input: ScheduleTariffChangeInput): Promise<Result<Tariff, TariffErrorCode>> {
    if (ctx.actor.kind !== "staff" || ctx.actor.role !== "BILLING") throw forbidden();
    const staffId = ctx.actor.subjectId;
    const errors: DomainError<TariffErrorCode>[] = [];
    if (!Number.isSafeInteger(input.ttcCents) || input.ttcCents <= 0 || input.ttcCents > TARIFF_MAX_TTC_CENTS) {
      errors.push(tariffErrors.error("INVALID_AMOUNT", ["input", "ttcCents"], { max: TARIFF_MAX_TTC_CENTS }));
    }
    const now = ctx.clock.now();
    const earliest = earliestEffectiveOn(parisDate(now));
    if (input.effectiveOn < earliest) errors.push(tariffErrors.error("NOTICE_TOO_SHORT", ["input", "effectiveOn"], { earliest }));
    if (errors.length) return fail(...errors);

    const duplicate = () => tariffErrors.error("DUPLICATE_EFFECTIVE_DATE", ["input", "effectiveOn"], { code: input.code, effectiveOn: input.effectiveOn });
    // Two changes of one code for one date racing: the unique index decides.
    const onDatabaseError = (error: unknown) => (sqlState(error) === "23505" && constraintName(error) === "tariffs_code_effective_key" ? duplicate() : null);
    return runCommand(ctx, { operation: "scheduleTariffChange", onDatabaseError }, async ({ tx, audit }) => {
      const history = await repo.history(tx, input.code);
      if (history.some((r) => r.effectiveOn === input.effectiveOn)) return fail(duplicate());
      const previous = history.filter((r) => r.effectiveOn < input.effectiveOn).at(-1);
      const row = await repo.insert(tx, {
        code: input.code,
        ttcCents: input.ttcCents,
        effectiveOn: input.effectiveOn,
        announcedAt: now,
        createdByRole: "BILLING",
        createdById: staffId,
      });
      const announcement = await announcePriceChange(tx, {
        ...announcementText(input.code, input.ttcCents, input.effectiveOn, previous),
        announcedAt: now,
        effectiveOn: input.effectiveOn,
        createdBy: staffId,
      });
      await audit({
        onBehalfOfMemberId: null,
        targetIds: [row.id, announcement.id],
        details: { code: row.code, ttcCents: row.ttcCents, effectiveOn: row.effectiveOn, previousTtcCents: previous?.ttcCents ?? null },
      });
      return ok(toTariff(row));
    });
  },
};
