import { policies } from "../../authz/policies.js";
import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { decodeCursor, encodeCursor, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import type { MemberQuotas } from "../premises/index.js";
import { pageKey, yearKey } from "./interventions.loaders.js";
import { toAssistanceRequest, toIntervention } from "./interventions.mappers.js";
import { interventionPolicies } from "./interventions.policies.js";
import { contractYearOf, INTERVENTION_TARIFF } from "./interventions.pricing.js";
import { interventionsRepository as repo, type InterventionRow, type PageCursor, type StaffScope } from "./interventions.repository.js";
import { AssistanceRequest, Intervention, InterventionSite, InterventionsQuota } from "./interventions.types.js";

const cursorOf = (row: InterventionRow) => encodeCursor([row.startsAt.toISOString(), row.id]);
/** A cursor is opaque but client-supplied: its values are checked before they reach SQL casts. */
function parseAfter(after: string | null | undefined): PageCursor | null {
  return after ? decodeCursor(after, ["instant", "uuid"]) : null;
}

/** Reads: every relation goes through the request's DataLoaders (statements do not grow with list size). */
export const interventionReads = {
  /** The member's interventions, most recent first: the member, their delegate, the desk. */
  async ofMember(ctx: Context, memberId: string, args: { first: number; after?: string | null }): Promise<ConnectionShape<Intervention>> {
    const first = pageSize(args.first);
    const after = parseAfter(args.after);
    if (!policies.readMember(ctx.actor, memberId)) return toConnection([], first, toIntervention, cursorOf);
    const rows = await ctx.loaders.interventions.pageByMember.load(pageKey(memberId, first + 1, after));
    return toConnection(rows, first, toIntervention, cursorOf);
  },

  /** AUT-3: the desk sees every intervention; a technician their own; a coach the visits of members they coach. */
  async forStaff(ctx: Context, args: { first: number; after?: string | null }): Promise<ConnectionShape<Intervention>> {
    const first = pageSize(args.first);
    const after = parseAfter(args.after);
    const { actor } = ctx;
    if (actor.kind !== "staff") throw forbidden();
    let scope: StaffScope;
    if (actor.role === "DESK_AGENT") scope = { kind: "all" };
    else if (actor.role === "TECHNICIAN") scope = { kind: "performer", staffId: actor.subjectId };
    else if (actor.role === "COACH") scope = { kind: "coach", staffId: actor.subjectId };
    else throw forbidden();
    const rows = await repo.pageForStaff(ctx.db, scope, first + 1, after);
    return toConnection(rows, first, toIntervention, cursorOf);
  },

  /** ZON-2: the address, as the one who goes there needs it (the Address object itself stays the member's). */
  async site(ctx: Context, intervention: Intervention): Promise<InterventionSite> {
    const row = await ctx.loaders.premises.addressById.load(intervention.addressRawId);
    if (!row) throw new Error(`address ${intervention.addressRawId} of intervention ${intervention.rawId} is missing`);
    return Object.assign(new InterventionSite(), { line1: row.line1, line2: row.line2, postalCode: row.postalCode, commune: row.commune });
  },

  async request(ctx: Context, intervention: Intervention) {
    const row = await ctx.loaders.interventions.assistanceRequestById.load(intervention.assistanceRequestRawId);
    if (!row) throw new Error(`assistance request ${intervention.assistanceRequestRawId} is missing`);
    return row;
  },

  async performerName(ctx: Context, intervention: Intervention): Promise<string | null> {
    const row = await ctx.loaders.members.staffUserById.load(intervention.performerRawId);
    return row?.displayName ?? null;
  },

  /** INT-3: included interventions (allowance slots held) out of 15 in the current contract year; null when no option is in force. */
  async quota(ctx: Context, quotas: MemberQuotas): Promise<InterventionsQuota | null> {
    const option = await ctx.loaders.options.latestOptionByMemberId.load(quotas.memberRawId);
    const now = ctx.clock.now();
    if (!option || (option.endsAt !== null && option.endsAt <= now)) return null;
    const year = contractYearOf(option.acceptedAt, now);
    const used = await ctx.loaders.interventions.usedInYear.load(yearKey(quotas.memberRawId, year.start));
    const limit = INTERVENTION_TARIFF.freePerContractYear;
    return Object.assign(new InterventionsQuota(), {
      memberRawId: quotas.memberRawId,
      used,
      limit,
      remaining: Math.max(0, limit - used),
      contractYearStart: year.start,
      contractYearEnd: year.end,
    });
  },

  /** `node(id:)`: null when unknown or not visible (no existence leak). */
  async interventionNode(ctx: Context, id: string): Promise<Intervention | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.interventions.interventionById.load(id);
    return row && (await interventionPolicies.read(ctx, row)) ? toIntervention(row) : null;
  },

  async assistanceRequestNode(ctx: Context, id: string): Promise<AssistanceRequest | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.interventions.assistanceRequestById.load(id);
    return row && policies.readMember(ctx.actor, row.memberId) ? toAssistanceRequest(row) : null;
  },
};
