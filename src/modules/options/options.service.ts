import { policies } from "../../authz/policies.js";
import { optionPolicies } from "./options.policies.js";
import type { Context } from "../../context.js";
import type { Queryable } from "../../shared/db.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, memberCommand, runCommand, textField } from "../../shared/mutation.js";
import { addCalendarMonths, addParisDays, parisDate } from "../../shared/paris-time.js";
import { decodeCursor, encodeCursor, idOfType, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import { optionErrors, type OptionErrorCode } from "./options.errors.js";
import type { PublishAnnouncementInput, RequestOptionTerminationInput, SubscribeOptionInput, TerminateOptionForParnasseInput } from "./options.inputs.js";
import { toAnnouncement, toOption } from "./options.mappers.js";
import { announcementsRepository, optionsRepository as repo } from "./options.repository.js";
import type { Announcement, OptionSubscription } from "./options.types.js";

/** OPT-4: a member's termination takes effect this many days after the Desk receives it. */
export const TERMINATION_NOTICE_DAYS = 10;
/**
 * How far back the desk may date a written acceptance or a termination letter it records late.
 * Interpretation (the contract is silent): 60 days, so nothing can be rewritten months later.
 */
export const RECORDING_LOOKBACK_DAYS = 60;

/** OPT-6: minimum notice, in calendar months, by kind of announcement. */
export const ANNOUNCEMENT_NOTICE_MONTHS = { PRICE_CHANGE: 1, CHARACTERISTIC_CHANGE: 1, SERVICE_REMOVAL: 3 } as const;

const KIND_LABEL = {
  fr: { PRICE_CHANGE: "modification de prix", CHARACTERISTIC_CHANGE: "modification des caractéristiques", SERVICE_REMOVAL: "suppression de service" },
  en: { PRICE_CHANGE: "price change", CHARACTERISTIC_CHANGE: "change of characteristics", SERVICE_REMOVAL: "service removal" },
} as const;

type OptionResult = Result<OptionSubscription, OptionErrorCode>;

const MEMBER_FIELD = ["input", "memberId"];
const text = textField<OptionErrorCode>(optionErrors);

export const optionsService = {
  /** OPT-1/OPT-2: checks the prerequisites under a lock on the member, then records the subscription. */
  async subscribe(ctx: Context, input: SubscribeOptionInput): Promise<OptionResult> {
    const now = ctx.clock.now();
    const acceptedAt = input.acceptedAt ?? now;
    if (acceptedAt > now) return fail(optionErrors.error("ACCEPTANCE_IN_FUTURE", ["input", "acceptedAt"]));
    if (acceptedAt < addParisDays(now, -RECORDING_LOOKBACK_DAYS)) {
      return fail(optionErrors.error("DATE_TOO_OLD", ["input", "acceptedAt"], { days: RECORDING_LOOKBACK_DAYS }));
    }
    const options = {
      operation: "subscribeOption",
      errors: optionErrors,
      member: { globalId: input.memberId, mayActFor: optionPolicies.subscribe },
      requires: { active: "MEMBERSHIP_NOT_ACTIVE" },
      field: MEMBER_FIELD,
    } as const;
    return memberCommand(ctx, options, async ({ tx, member, audit }) => {
      if (await repo.inForce(tx, member.id, now)) return fail(optionErrors.error("ALREADY_SUBSCRIBED", MEMBER_FIELD));
      const [previous] = await repo.latestByMemberIds(tx, [member.id]);
      if (previous?.endsAt && acceptedAt < previous.endsAt) {
        return fail(optionErrors.error("OVERLAPS_PREVIOUS", ["input", "acceptedAt"], { endsAt: parisDate(previous.endsAt) }));
      }
      const errors: DomainError<OptionErrorCode>[] = [];
      if (!(await repo.hasEligibleAddress(tx, member.id))) errors.push(optionErrors.error("NO_ELIGIBLE_ADDRESS", MEMBER_FIELD));
      if ((await repo.countEligibleLines(tx, member.id)) === 0) errors.push(optionErrors.error("NO_ELIGIBLE_LINE", MEMBER_FIELD));
      if (errors.length) return fail(...errors);
      const row = await repo.insert(tx, { memberId: member.id, acceptedAt, createdAt: now });
      await audit({ targetIds: [row.id], details: { acceptedAt } });
      return ok(toOption(row, now));
    });
  },

  /** OPT-4: effective 10 days after receipt; never at the delegate's request (MEM-5). */
  async requestTermination(ctx: Context, input: RequestOptionTerminationInput): Promise<OptionResult> {
    if (ctx.actor.kind === "member-scoped" && ctx.actor.role === "DELEGATE") return fail(optionErrors.error("DELEGATE_CANNOT_TERMINATE", ["input"]));
    const now = ctx.clock.now();
    const receivedAt = input.receivedAt ?? now;
    if (receivedAt > now) return fail(optionErrors.error("RECEIPT_IN_FUTURE", ["input", "receivedAt"]));
    if (receivedAt < addParisDays(now, -RECORDING_LOOKBACK_DAYS)) {
      return fail(optionErrors.error("RECEIPT_TOO_OLD", ["input", "receivedAt"], { days: RECORDING_LOOKBACK_DAYS }));
    }
    const member = { globalId: input.memberId, mayActFor: optionPolicies.requestTermination };
    return memberCommand(ctx, { operation: "requestOptionTermination", errors: optionErrors, member }, async ({ tx, member, audit }) => {
      const option = await repo.inForce(tx, member.id, now);
      if (!option) return fail(optionErrors.error("NO_OPTION_IN_FORCE", MEMBER_FIELD));
      if (option.endsAt) return fail(optionErrors.error("TERMINATION_ALREADY_REQUESTED", MEMBER_FIELD, { endsAt: parisDate(option.endsAt) }));
      if (receivedAt < option.acceptedAt) {
        return fail(optionErrors.error("RECEIPT_BEFORE_SUBSCRIPTION", ["input", "receivedAt"], { acceptedAt: parisDate(option.acceptedAt) }));
      }
      const row = await repo.end(tx, option.id, {
        endsAt: addParisDays(receivedAt, TERMINATION_NOTICE_DAYS),
        endReason: "MEMBER_REQUEST",
        endDetail: `channel: ${input.channel}`,
        terminationReceivedAt: receivedAt,
      });
      await audit({ targetIds: [option.id], details: { channel: input.channel, receivedAt, endsAt: row.endsAt } });
      return ok(toOption(row, now));
    });
  },

  /** OPT-5: Parnasse ends the option at once, for a breach or for non-payment. */
  async terminateForParnasse(ctx: Context, input: TerminateOptionForParnasseInput): Promise<OptionResult> {
    if (!optionPolicies.actForParnasse(ctx.actor)) throw forbidden();
    const detail = input.detail.trim();
    if (detail.length === 0 || detail.length > 1000) return fail(optionErrors.error("DETAIL_REQUIRED", ["input", "detail"]));
    const now = ctx.clock.now();
    const member = { globalId: input.memberId, mayActFor: optionPolicies.actForParnasse };
    return memberCommand(ctx, { operation: "terminateOptionForParnasse", errors: optionErrors, member }, async ({ tx, member, audit }) => {
      const option = await repo.inForce(tx, member.id, now);
      if (!option) return fail(optionErrors.error("NO_OPTION_IN_FORCE", MEMBER_FIELD));
      const row = await repo.end(tx, option.id, { endsAt: now, endReason: input.reason, endDetail: detail });
      await audit({ targetIds: [option.id], details: { reason: input.reason, previousEnd: option.endsAt } });
      return ok(toOption(row, now));
    });
  },

  /** OPT-6: refused when the notice is shorter than one month (price, characteristics) or three (removal). */
  async publishAnnouncement(ctx: Context, input: PublishAnnouncementInput): Promise<Result<Announcement, OptionErrorCode>> {
    if (!optionPolicies.actForParnasse(ctx.actor)) throw forbidden();
    const errors: DomainError<OptionErrorCode>[] = [];
    const title = text(input.title, 200, ["input", "title"], errors, true);
    const body = text(input.body, 5000, ["input", "body"], errors, true);
    let memberId: string | null = null;
    if (input.memberId != null) {
      memberId = idOfType(input.memberId, "Member");
      if (!memberId) errors.push(optionErrors.error("MEMBER_NOT_FOUND", MEMBER_FIELD));
    }
    const now = ctx.clock.now();
    const months = ANNOUNCEMENT_NOTICE_MONTHS[input.kind];
    const earliest = addCalendarMonths(parisDate(now), months);
    if (input.effectiveOn < earliest) {
      errors.push(optionErrors.error("NOTICE_TOO_SHORT", ["input", "effectiveOn"], { kind: KIND_LABEL[ctx.locale][input.kind], months, earliest }));
    }
    if (errors.length || !title || !body) return fail(...errors);

    // runCommand: an announcement to every holder has no member; a personal one only needs its member to exist.
    return runCommand(ctx, { operation: "publishAnnouncement" }, async ({ tx, audit }) => {
      if (memberId && !(await repo.memberStatus(tx, memberId))) return fail(optionErrors.error("MEMBER_NOT_FOUND", MEMBER_FIELD));
      const row = await announcementsRepository.insert(tx, {
        kind: input.kind,
        title,
        body,
        announcedAt: now,
        effectiveOn: input.effectiveOn,
        memberId,
        createdBy: actorId(ctx),
      });
      await audit({ onBehalfOfMemberId: memberId, targetIds: [row.id], details: { kind: input.kind, effectiveOn: input.effectiveOn } });
      return ok(toAnnouncement(row));
    });
  },

  /** The desk sees every announcement; a member or delegate those that concern their member. */
  async announcements(ctx: Context, args: { first: number; after?: string | null }): Promise<ConnectionShape<Announcement>> {
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    const { actor } = ctx;
    let audience: { memberId: string; holdsOption: boolean } | null = null;
    if (actor.kind === "member-scoped" && (actor.role === "MEMBER" || actor.role === "DELEGATE")) {
      audience = { memberId: actor.memberId, holdsOption: Boolean(await repo.inForce(ctx.db, actor.memberId, ctx.clock.now())) };
    } else if (!optionPolicies.actForParnasse(actor)) {
      throw forbidden();
    }
    const rows = await announcementsRepository.page(ctx.db, { audience, after, limit: first + 1 });
    return toConnection(rows, first, toAnnouncement, (r) => encodeCursor([r.announcedAt.toISOString(), r.id]));
  },

  /** `node(id:)` for an OptionSubscription: whoever may read the member. */
  async node(ctx: Context, optionId: string): Promise<OptionSubscription | null> {
    const row = await repo.byId(ctx.db, optionId);
    return row && policies.readMember(ctx.actor, row.memberId) ? toOption(row, ctx.clock.now()) : null;
  },

  /** The member's latest subscription, in force or not. */
  async latestFor(ctx: Context, memberId: string): Promise<OptionSubscription | null> {
    if (!policies.readMember(ctx.actor, memberId)) return null;
    const row = await ctx.loaders.options.latestOptionByMemberId.load(memberId);
    return row && toOption(row, ctx.clock.now());
  },
};

/**
 * OPT-6 / BIL-10: the announcement of a price change to every member holding the option (the
 * tariffs module calls it in the transaction that schedules the new price, so both commit or
 * neither). The caller has already checked the one-month notice.
 */
export async function announcePriceChange(
  tx: Queryable,
  values: { title: string; body: string; announcedAt: Date; effectiveOn: string; createdBy: string },
): Promise<{ id: string }> {
  const row = await announcementsRepository.insert(tx, { kind: "PRICE_CHANGE", memberId: null, ...values });
  return { id: row.id };
}
