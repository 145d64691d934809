import { actingForThemself, isDelegate, membershipPolicies as policies } from "./membership.policies.js";
import type { Context } from "../../context.js";
import type { Tx } from "../../shared/db.js";
import { fail, forbidden, ok, type Result } from "../../shared/errors.js";
import { memberCommand } from "../../shared/mutation.js";
import { MAX_FREE_REJOINS, type MemberRow } from "../members/index.js";
import { reconcileOption } from "../options/index.js";
import { zoneService } from "../zone/index.js";
import { membershipErrors, type MembershipErrorCode } from "./membership.errors.js";
import type { RecordDebtRecoveryOpenedInput, RecordEntryFeePaymentInput, RejoinMembershipInput, TerminateMembershipInput } from "./membership.inputs.js";
import { toMembership, toMembershipEvent } from "./membership.mappers.js";
import { membershipRepository as repo } from "./membership.repository.js";
import { MEMBER_FIELD, lockedRow } from "./membership.target.js";
import { eventActor } from "./membership.transaction.js";
import type { Membership, MembershipEvent } from "./membership.types.js";
import { REASON_MAX, checkText } from "./membership.validation.js";

type R<T> = Promise<Result<T, MembershipErrorCode>>;

export interface TerminationOutcome {
  membership: Membership;
  optionEnded: boolean;
}

/**
 * MEM-3 « conditions d'éligibilité de l'article 3 », interpreted as: the member's postal address is
 * still inside the coverage zone (ZON-1) on the day they leave. Kept here, in one place.
 */
async function stillEligible(tx: Tx, member: MemberRow): Promise<boolean> {
  return (await zoneService.check(tx, member.postalCode, member.commune)).ok;
}

/** MEM-2/MEM-3: the membership lifecycle after the committee: fee, termination, honorary status, rejoining. */
export const membershipService = {
  /** MEM-2: ACCEPTED → ACTIVE once the configured entry fee is paid; a welcome gift on the first activation only (MEM-3). */
  async recordEntryFeePayment(ctx: Context, input: RecordEntryFeePaymentInput): R<Membership> {
    if (!policies.recordMembershipPayments(ctx.actor)) throw forbidden();
    const expected = ctx.tariffs.entryFeeCents;
    const target = { globalId: input.memberId, mayActFor: policies.recordMembershipPayments };
    return memberCommand(ctx, { operation: "recordEntryFeePayment", errors: membershipErrors, member: target }, async ({ tx, member, audit }) => {
      if (member.status !== "ACCEPTED") return fail(membershipErrors.error("NOT_ACCEPTED", MEMBER_FIELD, { status: member.status }));
      if (input.amountCents !== expected) {
        return fail(membershipErrors.error("WRONG_ENTRY_FEE", ["input", "amountCents"], { expected, actual: input.amountCents }));
      }
      const now = ctx.clock.now();
      const memberId = member.id;
      const welcomeGift = !(await repo.hasEvent(tx, memberId, "ACTIVATED"));
      const updated = await repo.updateMember(tx, memberId, { status: "ACTIVE", updatedAt: now });
      const who = eventActor(ctx);
      await repo.insertEvents(tx, [
        { memberId, kind: "ENTRY_FEE_PAID", at: now, entryFeeCents: input.amountCents, entryFeeWaived: false, ...who },
        { memberId, kind: "ACTIVATED", at: now, entryFeeWaived: false, welcomeGift, ...who },
      ]);
      await audit({ targetIds: [memberId], details: { amountCents: input.amountCents, welcomeGift } });
      return ok(toMembership(updated));
    });
  },

  /**
   * MEM-2/MEM-3: ACTIVE → TERMINATED, by the member or the desk (never the delegate, MEM-5).
   * Honorary when no debt recovery was ever opened and the member is still eligible. The option
   * ends in the same transaction (OPT-3).
   */
  async terminate(ctx: Context, input: TerminateMembershipInput): R<TerminationOutcome> {
    if (isDelegate(ctx)) return fail(membershipErrors.error("DELEGATE_NOT_ALLOWED"));
    const byDesk = ctx.actor.kind === "staff";
    const reason = input.reason?.trim() ? checkText(input.reason, REASON_MAX, () => undefined) : null;
    if ((byDesk && !reason) || (input.reason?.trim() && !reason)) {
      return fail(membershipErrors.error("REASON_REQUIRED", ["input", "reason"], { max: REASON_MAX }));
    }
    const target = actingForThemself(input.memberId);
    return memberCommand(ctx, { operation: "terminateMembership", errors: membershipErrors, member: target }, async ({ tx, member: locked, audit }) => {
      const member = await lockedRow(tx, locked.id);
      if (member.status !== "ACTIVE") return fail(membershipErrors.error("NOT_ACTIVE", MEMBER_FIELD, { status: member.status }));
      const now = ctx.clock.now();
      const honorary = member.debtRecoveryOpenedAt === null && (await stillEligible(tx, member));
      const updated = await repo.updateMember(tx, member.id, { status: "TERMINATED", terminatedAt: now, honorary, updatedAt: now });
      await repo.insertEvents(tx, [{ memberId: member.id, kind: "TERMINATED", at: now, reason, ...eventActor(ctx) }]);
      const endedOption = await reconcileOption(tx, ctx, member.id);
      await audit({ targetIds: [member.id], details: { honorary, reason, optionEnded: endedOption?.id ?? null } });
      return ok({ membership: toMembership(updated), optionEnded: endedOption !== null });
    });
  },

  /** MEM-3: a debt-recovery procedure rules honorary status out, now and later. */
  async recordDebtRecoveryOpened(ctx: Context, input: RecordDebtRecoveryOpenedInput): R<Membership> {
    if (!policies.recordMembershipPayments(ctx.actor)) throw forbidden();
    const target = { globalId: input.memberId, mayActFor: policies.recordMembershipPayments };
    return memberCommand(ctx, { operation: "recordDebtRecoveryOpened", errors: membershipErrors, member: target }, async ({ tx, member: locked, audit }) => {
      const member = await lockedRow(tx, locked.id);
      if (member.status === "CANDIDATE" || member.status === "REJECTED") {
        return fail(membershipErrors.error("NOT_A_MEMBER", MEMBER_FIELD, { status: member.status }));
      }
      if (member.debtRecoveryOpenedAt) return fail(membershipErrors.error("DEBT_RECOVERY_ALREADY_OPENED", MEMBER_FIELD));
      const now = ctx.clock.now();
      const updated = await repo.updateMember(tx, member.id, { debtRecoveryOpenedAt: now, honorary: false, updatedAt: now });
      await audit({ targetIds: [member.id], details: { honoraryLost: member.honorary } });
      return ok(toMembership(updated));
    });
  },

  /**
   * MEM-3: an honorary member rejoins. The first two rejoins are fee-free (straight to ACTIVE);
   * later ones go to ACCEPTED and wait for the fee. Never a welcome gift on a rejoin.
   */
  async rejoin(ctx: Context, input: RejoinMembershipInput): R<Membership> {
    if (isDelegate(ctx)) return fail(membershipErrors.error("DELEGATE_NOT_ALLOWED"));
    const target = actingForThemself(input.memberId);
    return memberCommand(ctx, { operation: "rejoinMembership", errors: membershipErrors, member: target }, async ({ tx, member: locked, audit }) => {
      const member = await lockedRow(tx, locked.id);
      const memberId = member.id;
      if (member.status !== "TERMINATED") return fail(membershipErrors.error("NOT_TERMINATED", MEMBER_FIELD, { status: member.status }));
      if (!member.honorary) return fail(membershipErrors.error("NOT_HONORARY", MEMBER_FIELD));
      const zone = await zoneService.check(tx, member.postalCode, member.commune);
      if (!zone.ok) return zone;
      const now = ctx.clock.now();
      const waived = member.freeRejoinsUsed < MAX_FREE_REJOINS;
      const who = eventActor(ctx);
      const updated = await repo.updateMember(tx, memberId, {
        status: waived ? "ACTIVE" : "ACCEPTED",
        honorary: false,
        freeRejoinsUsed: waived ? member.freeRejoinsUsed + 1 : member.freeRejoinsUsed,
        updatedAt: now,
      });
      await repo.insertEvents(tx, [
        { memberId, kind: "REJOINED", at: now, entryFeeWaived: waived, welcomeGift: false, ...who },
        ...(waived ? [{ memberId, kind: "ACTIVATED" as const, at: now, entryFeeWaived: true, welcomeGift: false, ...who }] : []),
      ]);
      await audit({ targetIds: [memberId], details: { entryFeeWaived: waived, freeRejoinsUsed: updated.freeRejoinsUsed } });
      return ok(toMembership(updated));
    });
  },

  /** A membership's history, batched over every membership of the response (DataLoader). */
  async events(ctx: Context, membership: Membership): Promise<MembershipEvent[]> {
    const rows = await ctx.loaders.membership.eventsByMemberId.load(membership.memberRawId);
    return rows.map(toMembershipEvent);
  },
};
