import type { Context } from "../../context.js";
import type { Queryable } from "../../shared/db.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { actorId, runCommand } from "../../shared/mutation.js";
import { parisDate } from "../../shared/paris-time.js";
import { optionInForce } from "../../shared/prerequisites.js";
import { isServiceSuspended } from "../../shared/service-suspension.js";
import { idOfType } from "../../shared/relay.js";
import { coachingService } from "../coaching/index.js";
import { serviceHoursService } from "../service-hours/index.js";
import { interventionErrors, type InterventionErrorCode } from "./interventions.errors.js";
import type { BookHomeInterventionInput, InterventionQuoteInput } from "./interventions.inputs.js";
import { toIntervention, toPrice } from "./interventions.mappers.js";
import { interventionPolicies } from "./interventions.policies.js";
import { tariffsService } from "../tariffs/index.js";
import {
  contractYearOf,
  firstFreeAllowanceSlot,
  formatEuros,
  INTERVENTION_TARIFF,
  interventionRates,
  quoteIntervention,
  type ContractYear,
  type InterventionRates,
  type Quote,
  type Slot,
} from "./interventions.pricing.js";
import { interventionsRepository as repo } from "./interventions.repository.js";
import { isHomeTopicInScope } from "./interventions.scope.js";
import { Intervention, InterventionQuote } from "./interventions.types.js";

export const DURATION = { min: 15, max: 600 } as const;
export const MAX_PERSONAL_DEVICES = 50;
/** Interpretation: slots are booked (and quoted) at most this many days ahead; it also keeps absurd dates out. */
export const BOOKING_HORIZON_DAYS = 365;

type Errors = DomainError<InterventionErrorCode>[];

/** INT-2 and INT-7 checks of a slot that need no lock: every problem at once. */
async function checkSlot(ctx: Context, slot: Slot, errors: Errors): Promise<void> {
  const { durationMinutes, personalDeviceCount, start } = slot;
  if (!Number.isInteger(durationMinutes) || durationMinutes < DURATION.min || durationMinutes > DURATION.max) {
    errors.push(interventionErrors.error("INVALID_DURATION", ["input", "durationMinutes"], { ...DURATION }));
  }
  if (!Number.isInteger(personalDeviceCount) || personalDeviceCount < 0 || personalDeviceCount > MAX_PERSONAL_DEVICES) {
    errors.push(interventionErrors.error("INVALID_DEVICE_COUNT", ["input", "personalDeviceCount"], { max: MAX_PERSONAL_DEVICES }));
  }
  const now = ctx.clock.now();
  if (start <= now) errors.push(interventionErrors.error("SLOT_IN_PAST", ["input", "startsAt"]));
  else if (start.getTime() - now.getTime() > BOOKING_HORIZON_DAYS * 86_400_000) {
    errors.push(interventionErrors.error("SLOT_TOO_FAR", ["input", "startsAt"], { days: BOOKING_HORIZON_DAYS }));
  } else if (errors.length === 0) {
    // INT-2: Mon–Sat 09:00–19:00 Paris time, from the service-hours table. Public holidays do not
    // close interventions (the contract says Mon–Sat); they only change the price (SPEC § 10).
    const end = new Date(start.getTime() + durationMinutes * 60_000);
    if (!(await serviceHoursService.covers(ctx.db, "HOME_INTERVENTION", start, end))) {
      errors.push(interventionErrors.error("OUTSIDE_INTERVENTION_HOURS", ["input", "startsAt"]));
    }
  }
}

interface Priced {
  quote: Quote;
  year: ContractYear;
  /** INT-3: included interventions the contract year already holds (allowance slots taken). */
  used: number;
  /** The allowance slot this intervention takes when booked; null beyond the 15 (billable). */
  allowanceSlot: number | null;
}

/**
 * BIL-10: the Annexe 1 rates of the tariff table in force on the order date (today, Paris): the
 * price quoted before ordering is the price booked, then invoiced. Read before any transaction
 * (the request's tariff book: one query per request).
 */
async function ratesOnOrderDate(ctx: Context): Promise<InterventionRates> {
  const book = await tariffsService.book(ctx);
  const today = parisDate(ctx.clock.now());
  return interventionRates((code) => {
    const row = book.on(code, today);
    if (!row) throw new Error(`no ${code} price in force on ${today}`);
    return row.ttcCents;
  });
}

/**
 * INT-3: the option in force, the slot's contract year, the allowance slots it already holds, and
 * the resulting classification and price. Under the member lock at booking, this is final: the
 * intervention is included (with its slot) or billable at the price the member accepts, and
 * billing invoices exactly that.
 */
async function price(db: Queryable, ctx: Context, memberId: string, slot: Slot, rates: InterventionRates): Promise<Result<Priced, InterventionErrorCode>> {
  const option = await optionInForce(db, memberId, ctx.clock.now());
  if (!option) return fail(interventionErrors.error("NO_OPTION_IN_FORCE", ["input"]));
  if (await isServiceSuspended(db, memberId)) return fail(interventionErrors.error("SERVICE_SUSPENDED", ["input"]));
  if (option.endsAt && option.endsAt <= slot.start) {
    return fail(interventionErrors.error("OPTION_ENDS_BEFORE_SLOT", ["input", "startsAt"], { endsAt: parisDate(option.endsAt) }));
  }
  const year = contractYearOf(option.acceptedAt, slot.start);
  const taken = await repo.allowanceSlotsTaken(db, memberId, year.start);
  return ok({ quote: quoteIntervention(slot, taken.length, rates), year, used: taken.length, allowanceSlot: firstFreeAllowanceSlot(taken) });
}

function toQuote(slot: Slot, priced: Priced): InterventionQuote {
  const { quote, year, used } = priced;
  return Object.assign(new InterventionQuote(), {
    kind: slot.kind,
    startsAt: slot.start,
    durationMinutes: slot.durationMinutes,
    free: quote.totalCents === 0,
    price: toPrice(quote),
    usedInContractYear: used,
    limit: INTERVENTION_TARIFF.freePerContractYear,
    contractYearStart: year.start,
    contractYearEnd: year.end,
    priceToAcceptCents: quote.totalCents > 0 ? quote.totalCents : null,
  });
}

const slotOf = (input: InterventionQuoteInput | BookHomeInterventionInput): Slot => ({
  kind: input.kind,
  start: input.startsAt,
  durationMinutes: input.durationMinutes,
  personalDeviceCount: input.kind === "COACH_VISIT" ? (input.personalDeviceCount ?? 0) : 0,
});

/** INT-2: the performer: an active technician, or for a coach visit the member's coach or substitute (SVC-2). */
async function checkPerformer(ctx: Context, input: BookHomeInterventionInput, memberId: string, errors: Errors): Promise<string | null> {
  const field = ["input", "performerId"];
  const id = idOfType(input.performerId, "StaffUser");
  const staff = id ? await ctx.loaders.members.staffUserById.load(id) : null;
  const active = staff !== null && staff.disabledAt === null;
  if (input.kind === "TECHNICIAN") {
    if (!active || staff.role !== "TECHNICIAN") errors.push(interventionErrors.error("NOT_A_TECHNICIAN", field));
  } else {
    const coaching = await coachingService.forMember(ctx, memberId);
    const coaches = coaching ? [coaching.coachRawId, coaching.substituteRawId] : [];
    if (!active || staff.role !== "COACH" || !coaches.includes(staff.id)) errors.push(interventionErrors.error("NOT_THE_MEMBERS_COACH", field));
  }
  return id;
}

export const bookingService = {
  /** INT-3: the price before booking: free, or billable with the Annexe 1 breakdown. */
  async quote(ctx: Context, input: InterventionQuoteInput): Promise<Result<InterventionQuote, InterventionErrorCode>> {
    const target = resolveMemberTarget(ctx.actor, input.memberId, interventionPolicies.requestAssistance);
    if (!target.ok) return fail(interventionErrors.error(target.problem, ["input", "memberId"]));
    const slot = slotOf(input);
    const errors: Errors = [];
    await checkSlot(ctx, slot, errors);
    if (errors.length) return fail(...errors);
    if (!(await repo.memberExists(ctx.db, target.memberId))) return fail(interventionErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
    const priced = await price(ctx.db, ctx, target.memberId, slot, await ratesOnOrderDate(ctx));
    return priced.ok ? ok(toQuote(slot, priced.value)) : priced;
  },

  /**
   * INT-1..INT-3, INT-5, INT-7, ZON-2: the Desk books a home intervention. Under a lock on the
   * member row: read the contract year's allowance slots, classify and price, insert — so that with
   * 14 used, concurrent bookings give exactly one free 15th; the others are billable (price
   * accepted) or refused. The unique (member, contract year, slot) index is the last guard.
   */
  async book(ctx: Context, input: BookHomeInterventionInput): Promise<Result<Intervention, InterventionErrorCode>> {
    if (!interventionPolicies.deskOnly(ctx.actor)) throw forbidden();
    const requestId = idOfType(input.assistanceRequestId, "AssistanceRequest");
    const request = requestId ? await repo.assistanceRequestById(ctx.db, requestId) : undefined;
    if (!request) return fail(interventionErrors.error("ASSISTANCE_REQUEST_NOT_FOUND", ["input", "assistanceRequestId"]));
    const memberId = request.memberId;
    const errors: Errors = [];
    if (!isHomeTopicInScope(request.topic)) errors.push(interventionErrors.error("TV_VOD_REMOTE_ONLY", ["input", "assistanceRequestId"]));
    else if (request.remoteOutcome !== "FAILED" && request.remoteOutcome !== "IMPOSSIBLE") {
      errors.push(interventionErrors.error("REMOTE_NOT_FAILED", ["input", "assistanceRequestId"]));
    }
    const performerId = await checkPerformer(ctx, input, memberId, errors);
    const addressId = idOfType(input.addressId, "Address");
    if (!addressId) errors.push(interventionErrors.error("ADDRESS_NOT_FOUND", ["input", "addressId"]));
    const accepted = input.acceptedPriceCents ?? null;
    const slot = slotOf(input);
    await checkSlot(ctx, slot, errors);
    if (errors.length || !performerId || !addressId) return fail(...errors);

    const now = ctx.clock.now();
    const rates = await ratesOnOrderDate(ctx);
    // Not memberCommand: the module locks the member FOR NO KEY UPDATE (see repo.lockMember), so the
    // billing run never deadlocks with a booking; the prerequisites need the option row (price()).
    return runCommand(ctx, { operation: "bookHomeIntervention" }, async ({ tx, audit }) => {
      if (!(await repo.lockMember(tx, memberId))) return fail(interventionErrors.error("MEMBER_NOT_FOUND", ["input", "assistanceRequestId"]));
      if (!(await repo.activeAddressOf(tx, addressId, memberId))) return fail(interventionErrors.error("ADDRESS_NOT_FOUND", ["input", "addressId"]));
      const priced = await price(tx, ctx, memberId, slot, rates);
      if (!priced.ok) return priced;
      const { quote, year, allowanceSlot } = priced.value;
      if (quote.totalCents > 0 && accepted !== quote.totalCents) {
        const params = { price: formatEuros(quote.totalCents), cents: quote.totalCents };
        return fail(
          quote.billingReason === "COACH_PERSONAL_DEVICES"
            ? interventionErrors.error("COACH_TIME_NOT_ACCEPTED", ["input", "acceptedPriceCents"], {
                ...params,
                included: INTERVENTION_TARIFF.coachPersonalDevicesIncluded,
              })
            : interventionErrors.error("PRICE_NOT_ACCEPTED", ["input", "acceptedPriceCents"], { ...params, limit: INTERVENTION_TARIFF.freePerContractYear }),
        );
      }
      const row = await repo.insertIntervention(tx, {
        memberId,
        assistanceRequestId: request.id,
        kind: slot.kind,
        performerId,
        addressId,
        startsAt: slot.start,
        durationMinutes: slot.durationMinutes,
        personalDeviceCount: slot.personalDeviceCount,
        contractYearStart: year.start,
        allowanceSlot,
        inBusinessHours: quote.inBusinessHours,
        billingReason: quote.billingReason,
        priceCents: quote.totalCents,
        chargeLines: quote.lines,
        bookedAt: now,
        bookedBy: actorId(ctx),
      });
      await audit({
        onBehalfOfMemberId: memberId,
        targetIds: [row.id, request.id],
        details: {
          kind: row.kind,
          startsAt: row.startsAt,
          allowanceSlot: row.allowanceSlot,
          priceCents: row.priceCents,
          billingReason: row.billingReason,
          chargeLines: row.chargeLines,
          pricedOn: parisDate(now),
          acceptedPriceCents: accepted,
        },
      });
      return ok(toIntervention(row));
    });
  },
};
