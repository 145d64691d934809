import { actorRole } from "../../authz/actor.js";
import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { actorId, memberCommand } from "../../shared/mutation.js";
import { addCalendarMonths, parisDate, parisMidnight } from "../../shared/paris-time.js";
import { tariffsService } from "../tariffs/index.js";
import { conciergeErrors, type ConciergeErrorCode } from "./concierge.errors.js";
import { CONCIERGE_PREREQUISITES, MEMBER_FIELD, PRIVILEGE_TARIFF_CODE } from "./concierge.rules.js";
import { conciergePolicies } from "./concierge.policies.js";
import type { ConciergePrivilegeInput } from "./concierge.inputs.js";
import { toPrivilege } from "./concierge.mappers.js";
import { conciergeRepository as repo } from "./concierge.repository.js";
import type { ConciergePrivilege } from "./concierge.types.js";

/** The first day of the month after `instant`, at midnight Paris time. */
export function firstDayOfNextParisMonth(instant: Date): Date {
  return parisMidnight(addCalendarMonths(`${parisDate(instant).slice(0, 7)}-01`, 1));
}

type PrivilegeResult = Result<ConciergePrivilege, ConciergeErrorCode>;

/**
 * CON-2: the « Privilège » option. The member, their delegate (MEM-4: a delegate's request is the
 * member's, billed to the member; MEM-5 does not reserve this one to the member) and the desk may
 * subscribe and cancel it.
 */
export const privilegeService = {
  async subscribe(ctx: Context, input: ConciergePrivilegeInput): Promise<PrivilegeResult> {
    const member = { globalId: input.memberId, mayActFor: conciergePolicies.actForMember };
    const options = { operation: "subscribeConciergePrivilege", errors: conciergeErrors, member, requires: CONCIERGE_PREREQUISITES, field: MEMBER_FIELD };
    return memberCommand(ctx, options, async ({ tx, member, audit }) => {
      // Under the member lock: concurrent subscriptions of one member queue here (one open row, also a unique index).
      const now = ctx.clock.now();
      const current = await repo.privilegeInForce(tx, member.id, now);
      if (current && current.endsAt === null) return fail(conciergeErrors.error("PRIVILEGE_ALREADY_SUBSCRIBED", MEMBER_FIELD));
      // A cancellation not yet effective is withdrawn: the same subscription goes on.
      const row = current
        ? await repo.endPrivilege(tx, current.id, null, null)
        : await repo.insertPrivilege(tx, { memberId: member.id, startedAt: now, createdByRole: actorRole(ctx.actor), createdById: actorId(ctx) });
      await audit({ targetIds: [row.id], details: { resumed: current !== undefined } });
      return ok(toPrivilege(row, now));
    });
  },

  /** Effective the first day of the following month (Paris): the started month is due (BIL-2). */
  async cancel(ctx: Context, input: ConciergePrivilegeInput): Promise<PrivilegeResult> {
    const member = { globalId: input.memberId, mayActFor: conciergePolicies.actForMember };
    return memberCommand(ctx, { operation: "cancelConciergePrivilege", errors: conciergeErrors, member }, async ({ tx, member, audit }) => {
      const now = ctx.clock.now();
      const current = await repo.privilegeInForce(tx, member.id, now);
      if (!current || current.endsAt !== null) return fail(conciergeErrors.error("NO_PRIVILEGE_IN_FORCE", MEMBER_FIELD));
      const row = await repo.endPrivilege(tx, current.id, now, firstDayOfNextParisMonth(now));
      await audit({ targetIds: [row.id], details: { endsAt: row.endsAt } });
      return ok(toPrivilege(row, now));
    });
  },

  async latestFor(ctx: Context, memberId: string): Promise<ConciergePrivilege | null> {
    if (!conciergePolicies.actForMember(ctx.actor, memberId)) return null;
    const row = await ctx.loaders.concierge.latestPrivilegeByMemberId.load(memberId);
    return row && toPrivilege(row, ctx.clock.now());
  },

  /**
   * § 10 / BIL-10: the monthly TTC price from the tariff table: in force today (Paris), what this
   * month is billed at; for an ended subscription, the price of its last day.
   */
  async monthlyPrice(ctx: Context, privilege: ConciergePrivilege): Promise<number> {
    const now = ctx.clock.now();
    const ended = privilege.endsAt && privilege.endsAt <= now ? parisDate(new Date(privilege.endsAt.getTime() - 1)) : null;
    return tariffsService.priceOn(ctx, PRIVILEGE_TARIFF_CODE, ended ?? parisDate(now));
  },

  async node(ctx: Context, id: string): Promise<ConciergePrivilege | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await repo.privilegeById(ctx.db, id);
    return row && conciergePolicies.actForMember(ctx.actor, row.memberId) ? toPrivilege(row, ctx.clock.now()) : null;
  },
};
