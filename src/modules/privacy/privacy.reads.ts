import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import { badUserInput, forbidden } from "../../shared/errors.js";
import { decodeCursor, encodeCursor, idOfType, pageSize, toConnection, toGlobalId, type ConnectionShape } from "../../shared/relay.js";
import type { PrivacyRequestFilter } from "./privacy.inputs.js";
import { toLimit, toRequest } from "./privacy.mappers.js";
import { privacyPolicies as can } from "./privacy.policies.js";
import { privacyRepository as repo, type RequestListFilter, type RequestRow } from "./privacy.repository.js";
import { DUE_SOON, dueSoonUntil } from "./privacy.rules.js";
import type { PrivacyRequest, PrivacyRequestSubject, ProcessingLimit } from "./privacy.types.js";

const cursorOf = (row: RequestRow) => encodeCursor([row.dueAt.toISOString(), row.id]);
const NO_MEMBER = "00000000-0000-0000-0000-000000000000";

export const privacyReads = {
  /** The privacy officer's list, soonest due first: overdue, due within N days, by status, kind or member. */
  async list(ctx: Context, filter: PrivacyRequestFilter | null, args: { first: number; after?: string | null }): Promise<ConnectionShape<PrivacyRequest>> {
    if (!can.handle(ctx.actor)) throw forbidden();
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    const now = ctx.clock.now();
    const within = filter?.dueWithinDays ?? null;
    if (within !== null && (!Number.isInteger(within) || within < 1 || within > DUE_SOON.maxDays)) {
      throw badUserInput("INVALID_WITHIN_DAYS", "filter.dueWithinDays", { field: "dueWithinDays", max: DUE_SOON.maxDays });
    }
    const deadline = filter?.overdue || within !== null;
    const dueBefore = filter?.overdue ? now : within !== null ? dueSoonUntil(now, within) : null;
    const list: RequestListFilter = {
      status: deadline ? "RECEIVED" : (filter?.status ?? null),
      kind: filter?.kind ?? null,
      memberId: filter?.memberId ? (idOfType(filter.memberId, "Member") ?? NO_MEMBER) : null,
      dueBefore,
      dueFrom: !filter?.overdue && within !== null ? now : null,
    };
    if (deadline && filter?.status && filter.status !== "RECEIVED") return toConnection([], first, (row: RequestRow) => toRequest(row, now), cursorOf);
    const rows = await repo.requestPage(ctx.db, list, after, first + 1);
    return toConnection(rows, first, (row) => toRequest(row, now), cursorOf);
  },

  /** Member.privacyRequests: newest first; one statement for a whole list of members. */
  async ofMember(ctx: Context, memberId: string): Promise<PrivacyRequest[]> {
    if (!can.read(ctx.actor, memberId)) return [];
    const now = ctx.clock.now();
    return (await ctx.loaders.privacy.requestsByMemberId.load(memberId)).map((row) => toRequest(row, now));
  },

  /** Member.processingLimits: those in force, or every one ever recorded. */
  async limitsOfMember(ctx: Context, memberId: string, inForceOnly: boolean): Promise<ProcessingLimit[]> {
    if (!can.read(ctx.actor, memberId)) return [];
    const rows = await ctx.loaders.privacy.limitsByMemberId.load(memberId);
    return rows.filter((row) => !inForceOnly || row.liftedAt === null).map(toLimit);
  },

  async limitsOfRequest(ctx: Context, request: PrivacyRequest): Promise<ProcessingLimit[]> {
    return (await ctx.loaders.privacy.limitsByRequestId.load(request.rawId)).map(toLimit);
  },

  async requestOfLimit(ctx: Context, limit: ProcessingLimit): Promise<PrivacyRequest | null> {
    const row = await ctx.loaders.privacy.requestById.load(limit.requestRawId);
    return row && toRequest(row, ctx.clock.now());
  },

  async retentionLedgerOf(ctx: Context, request: PrivacyRequest) {
    const row = await ctx.loaders.privacy.requestById.load(request.rawId);
    return Array.isArray(row?.retentionLedger) ? row.retentionLedger : null;
  },

  async subjectOf(ctx: Context, request: PrivacyRequest): Promise<PrivacyRequestSubject | null> {
    const member = await ctx.loaders.members.memberById.load(request.memberRawId);
    if (!member) return null;
    return {
      memberRawId: member.id,
      memberId: toGlobalId("Member", member.id),
      firstName: member.firstName,
      lastName: member.lastName,
      email: member.email,
      anonymisedAt: member.anonymisedAt,
    };
  },

  async requestNode(ctx: Context, id: string): Promise<PrivacyRequest | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.privacy.requestById.load(id);
    return row && can.read(ctx.actor, row.memberId) ? toRequest(row, ctx.clock.now()) : null;
  },

  async limitNode(ctx: Context, id: string): Promise<ProcessingLimit | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.privacy.limitById.load(id);
    return row && can.read(ctx.actor, row.memberId) ? toLimit(row) : null;
  },
};
