import { transact } from "../../shared/transaction.js";
import type { Queryable } from "../../shared/db.js";
import { policies } from "../../authz/policies.js";
import { optionPolicies } from "./options.policies.js";
import type { Context } from "../../context.js";
import { recordAudit } from "../../shared/audit.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
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

/** Parnasse's own acts are taken by staff (actForParnasse): the author is always a staff id. */
function staffId(ctx: Context): string {
  if (ctx.actor.kind !== "staff") throw new Error("publishAnnouncement reached without a staff actor");
  return ctx.actor.subjectId;
}

function target(ctx: Context, memberId: string | null | undefined, allowed: (a: Context["actor"], id: string) => boolean): Result<string, OptionErrorCode> {
  const t = resolveMemberTarget(ctx.actor, memberId, allowed);
  return t.ok ? ok(t.memberId) : fail(optionErrors.error(t.problem, ["input", "memberId"]));
}

export const optionsService = {
  /** OPT-1/OPT-2: checks the prerequisites under a lock on the member, then records the subscription. */
  async subscribe(ctx: Context, input: SubscribeOptionInput): Promise<OptionResult> {
    const member = target(ctx, input.memberId, optionPolicies.subscribe);
    if (!member.ok) return member;
    const now = ctx.clock.now();
    const acceptedAt = input.acceptedAt ?? now;
    if (acceptedAt > now) return fail(optionErrors.error("ACCEPTANCE_IN_FUTURE", ["input", "acceptedAt"]));
    if (acceptedAt < addParisDays(now, -RECORDING_LOOKBACK_DAYS)) {
      return fail(optionErrors.error("DATE_TOO_OLD", ["input", "acceptedAt"], { days: RECORDING_LOOKBACK_DAYS }));
    }

    return transact(ctx, async (tx): Promise<OptionResult> => {
      const locked = await repo.lockMember(tx, member.value);
      if (!locked) return fail(optionErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
      if (locked.status !== "ACTIVE") return fail(optionErrors.error("MEMBERSHIP_NOT_ACTIVE", ["input", "memberId"]));
      if (await repo.inForce(tx, member.value, now)) return fail(optionErrors.error("ALREADY_SUBSCRIBED", ["input", "memberId"]));
      const [previous] = await repo.latestByMemberIds(tx, [member.value]);
      if (previous?.endsAt && acceptedAt < previous.endsAt) {
        return fail(optionErrors.error("OVERLAPS_PREVIOUS", ["input", "acceptedAt"], { endsAt: parisDate(previous.endsAt) }));
      }
      const errors: DomainError<OptionErrorCode>[] = [];
      if (!(await repo.hasEligibleAddress(tx, member.value))) errors.push(optionErrors.error("NO_ELIGIBLE_ADDRESS", ["input", "memberId"]));
      if ((await repo.countEligibleLines(tx, member.value)) === 0) errors.push(optionErrors.error("NO_ELIGIBLE_LINE", ["input", "memberId"]));
      if (errors.length) return fail(...errors);
      const row = await repo.insert(tx, { memberId: member.value, acceptedAt, createdAt: now });
      await recordAudit(tx, ctx, { operation: "subscribeOption", onBehalfOfMemberId: member.value, targetIds: [row.id], details: { acceptedAt } });
      return ok(toOption(row, now));
    });
  },

  /** OPT-4: effective 10 days after receipt; never at the delegate's request (MEM-5). */
  async requestTermination(ctx: Context, input: RequestOptionTerminationInput): Promise<OptionResult> {
    if (ctx.actor.kind === "member-scoped" && ctx.actor.role === "DELEGATE") return fail(optionErrors.error("DELEGATE_CANNOT_TERMINATE", ["input"]));
    const member = target(ctx, input.memberId, optionPolicies.requestTermination);
    if (!member.ok) return member;
    const now = ctx.clock.now();
    const receivedAt = input.receivedAt ?? now;
    if (receivedAt > now) return fail(optionErrors.error("RECEIPT_IN_FUTURE", ["input", "receivedAt"]));
    if (receivedAt < addParisDays(now, -RECORDING_LOOKBACK_DAYS)) {
      return fail(optionErrors.error("RECEIPT_TOO_OLD", ["input", "receivedAt"], { days: RECORDING_LOOKBACK_DAYS }));
    }

    return transact(ctx, async (tx): Promise<OptionResult> => {
      if (!(await repo.lockMember(tx, member.value))) return fail(optionErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
      const option = await repo.inForce(tx, member.value, now);
      if (!option) return fail(optionErrors.error("NO_OPTION_IN_FORCE", ["input", "memberId"]));
      if (option.endsAt) {
        return fail(optionErrors.error("TERMINATION_ALREADY_REQUESTED", ["input", "memberId"], { endsAt: parisDate(option.endsAt) }));
      }
      if (receivedAt < option.acceptedAt) {
        return fail(optionErrors.error("RECEIPT_BEFORE_SUBSCRIPTION", ["input", "receivedAt"], { acceptedAt: parisDate(option.acceptedAt) }));
      }
      const row = await repo.end(tx, option.id, {
        endsAt: addParisDays(receivedAt, TERMINATION_NOTICE_DAYS),
        endReason: "MEMBER_REQUEST",
        endDetail: `channel: ${input.channel}`,
        terminationReceivedAt: receivedAt,
      });
      await recordAudit(tx, ctx, {
        operation: "requestOptionTermination",
        onBehalfOfMemberId: member.value,
        targetIds: [option.id],
        details: { channel: input.channel, receivedAt, endsAt: row.endsAt },
      });
      return ok(toOption(row, now));
    });
  },

  /** OPT-5: Parnasse ends the option at once, for a breach or for non-payment. */
  async terminateForParnasse(ctx: Context, input: TerminateOptionForParnasseInput): Promise<OptionResult> {
    if (!optionPolicies.actForParnasse(ctx.actor)) throw forbidden();
    const memberId = idOfType(input.memberId, "Member");
    if (!memberId) return fail(optionErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
    const detail = input.detail.trim();
    if (detail.length === 0 || detail.length > 1000) return fail(optionErrors.error("DETAIL_REQUIRED", ["input", "detail"]));
    const now = ctx.clock.now();

    return transact(ctx, async (tx): Promise<OptionResult> => {
      if (!(await repo.lockMember(tx, memberId))) return fail(optionErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
      const option = await repo.inForce(tx, memberId, now);
      if (!option) return fail(optionErrors.error("NO_OPTION_IN_FORCE", ["input", "memberId"]));
      const row = await repo.end(tx, option.id, { endsAt: now, endReason: input.reason, endDetail: detail });
      await recordAudit(tx, ctx, {
        operation: "terminateOptionForParnasse",
        onBehalfOfMemberId: memberId,
        targetIds: [option.id],
        details: { reason: input.reason, previousEnd: option.endsAt },
      });
      return ok(toOption(row, now));
    });
  },

  /** OPT-6: refused when the notice is shorter than one month (price, characteristics) or three (removal). */
  async publishAnnouncement(ctx: Context, input: PublishAnnouncementInput): Promise<Result<Announcement, OptionErrorCode>> {
    if (!optionPolicies.actForParnasse(ctx.actor)) throw forbidden();
    const errors: DomainError<OptionErrorCode>[] = [];
    const title = input.title.trim();
    const body = input.body.trim();
    if (title.length === 0 || title.length > 200) errors.push(optionErrors.error("INVALID_TEXT", ["input", "title"], { max: 200 }));
    if (body.length === 0 || body.length > 5000) errors.push(optionErrors.error("INVALID_TEXT", ["input", "body"], { max: 5000 }));
    let memberId: string | null = null;
    if (input.memberId != null) {
      memberId = idOfType(input.memberId, "Member");
      if (!memberId) errors.push(optionErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
    }
    const now = ctx.clock.now();
    const months = ANNOUNCEMENT_NOTICE_MONTHS[input.kind];
    const earliest = addCalendarMonths(parisDate(now), months);
    if (input.effectiveOn < earliest) {
      errors.push(
        optionErrors.error("NOTICE_TOO_SHORT", ["input", "effectiveOn"], { kind: KIND_LABEL[ctx.locale][input.kind], months, earliest }),
      );
    }
    if (errors.length) return fail(...errors);

    return transact(ctx, async (tx) => {
      if (memberId && !(await repo.memberStatus(tx, memberId))) return fail(optionErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
      const row = await announcementsRepository.insert(tx, {
        kind: input.kind,
        title,
        body,
        announcedAt: now,
        effectiveOn: input.effectiveOn,
        memberId,
        createdBy: staffId(ctx),
      });
      await recordAudit(tx, ctx, { operation: "publishAnnouncement", onBehalfOfMemberId: memberId, targetIds: [row.id], details: { kind: input.kind, effectiveOn: input.effectiveOn } });
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
