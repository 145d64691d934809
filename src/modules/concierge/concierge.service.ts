import { actorRole } from "../../authz/actor.js";
import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, memberCommand, type MemberCommand } from "../../shared/mutation.js";
import { decodeCursor, encodeCursor, idOfType, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import { conciergeErrors, type ConciergeErrorCode } from "./concierge.errors.js";
import { conciergePolicies } from "./concierge.policies.js";
import type { CancelConciergeRequestInput, SubmitConciergeRequestInput, UpdateConciergeRequestStatusInput } from "./concierge.inputs.js";
import { toCategory, toConciergeRequest, toPartnerRequest, toStatusChange } from "./concierge.mappers.js";
import { conciergeRepository as repo, type PageFilter, type RequestRow } from "./concierge.repository.js";
import {
  CONCIERGE_PREREQUISITES,
  CONTENT_MAX,
  MEMBER_FIELD,
  REASON_MAX,
  STATUSES_WITH_REASON,
  boundedText,
  canMove,
  normaliseCallbackPhone,
  type ConciergeSide,
  type ConciergeStatus,
} from "./concierge.rules.js";
import type { ConciergeCategory, ConciergeRequest, ConciergeStatusChange, PartnerConciergeRequest } from "./concierge.types.js";

const CATEGORY_CODE_MAX = 40;

/** CON-6: applies one move under the member lock and the request's row lock, with its history row and its audit row. */
async function move(
  ctx: Context,
  { tx, audit }: MemberCommand,
  requestId: string,
  to: ConciergeStatus,
  side: ConciergeSide,
  reason: string | null,
): Promise<Result<RequestRow, ConciergeErrorCode>> {
  const current = await repo.lockRequest(tx, requestId);
  if (!current) return fail(conciergeErrors.error("REQUEST_NOT_FOUND", ["input", "requestId"]));
  if (!canMove(current.status, to, side)) {
    return fail(conciergeErrors.error("ILLEGAL_TRANSITION", ["input", side === "PARTNER" ? "status" : "requestId"], { from: current.status, to }));
  }
  const now = ctx.clock.now();
  const row = await repo.updateStatus(tx, requestId, { status: to, statusReason: reason, updatedAt: now });
  await repo.insertStatusChange(tx, { requestId, fromStatus: current.status, toStatus: to, reason, at: now, byRole: actorRole(ctx.actor), byId: actorId(ctx) });
  await audit({ targetIds: [requestId], details: { from: current.status, to } });
  return ok(row);
}

export const conciergeService = {
  /** CON-1, CON-2, CON-4: a request from the app (member or delegate) or recorded by the desk. */
  async submit(ctx: Context, input: SubmitConciergeRequestInput): Promise<Result<ConciergeRequest, ConciergeErrorCode>> {
    const errors: DomainError<ConciergeErrorCode>[] = [];
    const content = boundedText(input.content, CONTENT_MAX, true);
    if (!content.ok) errors.push(conciergeErrors.error("INVALID_CONTENT", ["input", "content"], { max: CONTENT_MAX }));
    let callbackPhone: string | null = null;
    if (input.callback) {
      callbackPhone = normaliseCallbackPhone(input.callback.phone);
      if (!callbackPhone) errors.push(conciergeErrors.error("INVALID_CALLBACK_PHONE", ["input", "callback", "phone"]));
    }
    const category = input.category.length <= CATEGORY_CODE_MAX ? await ctx.loaders.concierge.categoryByCode.load(input.category) : null;
    if (!category) errors.push(conciergeErrors.error("UNKNOWN_CATEGORY", ["input", "category"]));
    if (!category || errors.length) return fail(...errors);

    const member = { globalId: input.memberId, mayActFor: conciergePolicies.actForMember };
    const options = { operation: "submitConciergeRequest", errors: conciergeErrors, member, requires: CONCIERGE_PREREQUISITES, field: MEMBER_FIELD };
    return memberCommand(ctx, options, async ({ tx, member, audit }) => {
      const now = ctx.clock.now();
      if (!category.included && !(await repo.privilegeInForce(tx, member.id, now))) {
        return fail(conciergeErrors.error("PRIVILEGE_REQUIRED", ["input", "category"], { category: toCategory(category, ctx.locale).label }));
      }
      const by = { byRole: actorRole(ctx.actor), byId: actorId(ctx) };
      const row = await repo.insertRequest(tx, {
        memberId: member.id,
        category: category.code,
        privilegeRequired: !category.included,
        content: content.value!,
        callbackPhone,
        preferredLanguage: input.preferredLanguage ?? ctx.locale,
        status: "SUBMITTED",
        submittedByRole: by.byRole,
        submittedById: by.byId,
        createdAt: now,
        updatedAt: now,
      });
      await repo.insertStatusChange(tx, { requestId: row.id, fromStatus: null, toStatus: "SUBMITTED", at: now, ...by });
      await audit({ targetIds: [row.id], details: { category: row.category, callback: callbackPhone !== null } });
      return ok(toConciergeRequest(row));
    });
  },

  /** CON-6: the member, their delegate or the desk cancels, with a reason, before BOOKED. */
  async cancel(ctx: Context, input: CancelConciergeRequestInput): Promise<Result<ConciergeRequest, ConciergeErrorCode>> {
    const found = await findRequest(ctx, input.requestId, (row) => conciergePolicies.actForMember(ctx.actor, row.memberId));
    if (!found.ok) return found;
    const reason = boundedText(input.reason, REASON_MAX, true);
    if (!reason.ok) return fail(conciergeErrors.error("REASON_REQUIRED", ["input", "reason"], { max: REASON_MAX }));
    return memberCommand(ctx, { operation: "cancelConciergeRequest", errors: conciergeErrors, member: { id: found.value.memberId } }, async (command) => {
      const moved = await move(ctx, command, found.value.id, "CANCELLED", "MEMBER_SIDE", reason.value);
      return moved.ok ? ok(toConciergeRequest(moved.value)) : moved;
    });
  },

  /** CON-5/CON-6: the concierge partner moves a request along; a rejection needs a reason. */
  async partnerUpdate(ctx: Context, input: UpdateConciergeRequestStatusInput): Promise<Result<PartnerConciergeRequest, ConciergeErrorCode>> {
    if (!conciergePolicies.isPartner(ctx.actor)) throw forbidden();
    const found = await findRequest(ctx, input.requestId, () => true);
    if (!found.ok) return found;
    const needsReason = STATUSES_WITH_REASON.includes(input.status);
    const note = boundedText(input.note, REASON_MAX, needsReason);
    if (!note.ok) {
      return fail(conciergeErrors.error(needsReason ? "REASON_REQUIRED" : "NOTE_TOO_LONG", ["input", "note"], { max: REASON_MAX }));
    }
    return memberCommand(ctx, { operation: "updateConciergeRequestStatus", errors: conciergeErrors, member: { id: found.value.memberId } }, async (command) => {
      const moved = await move(ctx, command, found.value.id, input.status, "PARTNER", note.value);
      // CON-5: the member's names come from the row locked by the command.
      return moved.ok ? ok(toPartnerRequest(moved.value, command.member)) : moved;
    });
  },

  async categories(ctx: Context): Promise<ConciergeCategory[]> {
    const rows = await repo.categories(ctx.db);
    return rows.map((row) => toCategory(row, ctx.locale));
  },

  async category(ctx: Context, code: string): Promise<ConciergeCategory> {
    const row = await ctx.loaders.concierge.categoryByCode.load(code);
    if (!row) throw new Error(`concierge category ${code} is missing`);
    return toCategory(row, ctx.locale);
  },

  async statusHistory(ctx: Context, request: ConciergeRequest): Promise<ConciergeStatusChange[]> {
    if (!conciergePolicies.actForMember(ctx.actor, request.memberRawId)) return [];
    const rows = await ctx.loaders.concierge.statusChangesByRequestId.load(request.rawId);
    return rows.map(toStatusChange);
  },

  /** A member's requests, newest first; batched across members by the request's DataLoader. */
  async memberRequests(
    ctx: Context,
    memberId: string,
    args: { first: number; after?: string | null; status?: ConciergeStatus | null },
  ): Promise<ConnectionShape<ConciergeRequest>> {
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    if (!conciergePolicies.actForMember(ctx.actor, memberId)) return toConnection([], first, toConciergeRequest, () => "");
    const filter: PageFilter = { status: args.status ?? null, after, limit: first + 1 };
    const rows = await ctx.loaders.concierge.requestPages.load({ memberId, filter });
    return toConnection(rows, first, toConciergeRequest, cursorOf);
  },

  /** CON-5: the partner's queue of every member's requests, oldest first, with only the fields it needs. */
  async partnerRequests(ctx: Context, args: { first: number; after?: string | null; status?: ConciergeStatus | null }): Promise<ConnectionShape<PartnerConciergeRequest>> {
    if (!conciergePolicies.isPartner(ctx.actor)) throw forbidden();
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    const rows = await repo.partnerPage(ctx.db, { status: args.status ?? null, after, limit: first + 1 });
    const views = await Promise.all(rows.map((row) => partnerView(ctx, row)));
    const byId = new Map(views.map((v) => [v.rawId, v]));
    return toConnection(rows, first, (row) => byId.get(row.id)!, cursorOf);
  },

  /** `node(id:)`: the member-side view only; null for the partner and for anyone who may not read the member. */
  async requestNode(ctx: Context, id: string): Promise<ConciergeRequest | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.concierge.requestById.load(id);
    return row && conciergePolicies.actForMember(ctx.actor, row.memberId) ? toConciergeRequest(row) : null;
  },
};

const cursorOf = (row: RequestRow) => encodeCursor([row.createdAt.toISOString(), row.id]);

async function partnerView(ctx: Context, row: RequestRow): Promise<PartnerConciergeRequest> {
  const member = await ctx.loaders.members.memberById.load(row.memberId);
  if (!member) throw new Error(`member ${row.memberId} of concierge request ${row.id} is missing`);
  return toPartnerRequest(row, member);
}

/** A request by global id, read outside the transaction only to learn its member. */
async function findRequest(ctx: Context, globalId: string, allowed: (row: RequestRow) => boolean): Promise<Result<RequestRow, ConciergeErrorCode>> {
  const id = idOfType(globalId, "ConciergeRequest");
  const row = id ? await ctx.loaders.concierge.requestById.load(id) : null;
  return row && allowed(row) ? ok(row) : fail(conciergeErrors.error("REQUEST_NOT_FOUND", ["input", "requestId"]));
}
