import { actorRole } from "../../authz/actor.js";
import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import { recordAudit } from "../../shared/audit.js";
import type { Queryable } from "../../shared/db.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { decodeCursor, encodeCursor, idOfType, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import { isServiceSuspended } from "../../shared/service-suspension.js";
import { optionsService } from "../options/index.js";
import { conciergeErrors, type ConciergeErrorCode } from "./concierge.errors.js";
import { conciergePolicies } from "./concierge.policies.js";
import type { CancelConciergeRequestInput, SubmitConciergeRequestInput, UpdateConciergeRequestStatusInput } from "./concierge.inputs.js";
import { toCategory, toConciergeRequest, toPartnerRequest, toStatusChange } from "./concierge.mappers.js";
import { conciergeRepository as repo, type PageFilter, type RequestRow } from "./concierge.repository.js";
import {
  CONTENT_MAX,
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

function actorId(ctx: Context): string {
  if (ctx.actor.kind === "anonymous") throw new Error("a concierge change needs an authenticated actor");
  return ctx.actor.subjectId;
}

/** CON-6: applies one move under the request's row lock, with its history row and its audit row. */
async function move(
  ctx: Context,
  tx: Queryable,
  requestId: string,
  to: ConciergeStatus,
  side: ConciergeSide,
  reason: string | null,
  operation: string,
): Promise<Result<RequestRow, ConciergeErrorCode>> {
  const current = await repo.lockRequest(tx, requestId);
  if (!current) return fail(conciergeErrors.error("REQUEST_NOT_FOUND", ["input", "requestId"]));
  if (!canMove(current.status, to, side)) {
    return fail(conciergeErrors.error("ILLEGAL_TRANSITION", ["input", side === "PARTNER" ? "status" : "requestId"], { from: current.status, to }));
  }
  const now = ctx.clock.now();
  const row = await repo.updateStatus(tx, requestId, { status: to, statusReason: reason, updatedAt: now });
  await repo.insertStatusChange(tx, { requestId, fromStatus: current.status, toStatus: to, reason, at: now, byRole: actorRole(ctx.actor), byId: actorId(ctx) });
  await recordAudit(tx, ctx, { operation, onBehalfOfMemberId: current.memberId, targetIds: [requestId], details: { from: current.status, to } });
  return ok(row);
}

export const conciergeService = {
  /** CON-1, CON-2, CON-4: a request from the app (member or delegate) or recorded by the desk. */
  async submit(ctx: Context, input: SubmitConciergeRequestInput): Promise<Result<ConciergeRequest, ConciergeErrorCode>> {
    const target = targetMember(ctx, input.memberId);
    if (!target.ok) return target;
    const memberId = target.value;
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
    if (errors.length) return fail(...errors);

    const allowed = await checkMemberMayUseConcierge(ctx, memberId);
    if (!allowed.ok) return allowed;
    const now = ctx.clock.now();
    if (!category!.included && !(await repo.privilegeInForce(ctx.db, memberId, now))) {
      return fail(conciergeErrors.error("PRIVILEGE_REQUIRED", ["input", "category"], { category: toCategory(category!, ctx.locale).label }));
    }

    const row = await ctx.db.transaction(async (tx) => {
      const inserted = await repo.insertRequest(tx, {
        memberId,
        category: category!.code,
        privilegeRequired: !category!.included,
        content: content.value!,
        callbackPhone,
        preferredLanguage: input.preferredLanguage ?? ctx.locale,
        status: "SUBMITTED",
        submittedByRole: actorRole(ctx.actor),
        submittedById: actorId(ctx),
        createdAt: now,
        updatedAt: now,
      });
      await repo.insertStatusChange(tx, { requestId: inserted.id, fromStatus: null, toStatus: "SUBMITTED", at: now, byRole: actorRole(ctx.actor), byId: actorId(ctx) });
      await recordAudit(tx, ctx, {
        operation: "submitConciergeRequest",
        onBehalfOfMemberId: memberId,
        targetIds: [inserted.id],
        details: { category: inserted.category, callback: callbackPhone !== null },
      });
      return inserted;
    });
    return ok(toConciergeRequest(row));
  },

  /** CON-6: the member, their delegate or the desk cancels, with a reason, before BOOKED. */
  async cancel(ctx: Context, input: CancelConciergeRequestInput): Promise<Result<ConciergeRequest, ConciergeErrorCode>> {
    const found = await findRequest(ctx, input.requestId, (row) => conciergePolicies.actForMember(ctx.actor, row.memberId));
    if (!found.ok) return found;
    const reason = boundedText(input.reason, REASON_MAX, true);
    if (!reason.ok) return fail(conciergeErrors.error("REASON_REQUIRED", ["input", "reason"], { max: REASON_MAX }));
    const result = await ctx.db.transaction((tx) => move(ctx, tx, found.value.id, "CANCELLED", "MEMBER_SIDE", reason.value, "cancelConciergeRequest"));
    if (!result.ok) return result;
    clearRequest(ctx, result.value.id);
    return ok(toConciergeRequest(result.value));
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
    const result = await ctx.db.transaction((tx) => move(ctx, tx, found.value.id, input.status, "PARTNER", note.value, "updateConciergeRequestStatus"));
    if (!result.ok) return result;
    clearRequest(ctx, result.value.id);
    return ok(await partnerView(ctx, result.value));
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
  async partnerRequests(
    ctx: Context,
    args: { first: number; after?: string | null; status?: ConciergeStatus | null },
  ): Promise<ConnectionShape<PartnerConciergeRequest>> {
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

function clearRequest(ctx: Context, id: string): void {
  ctx.loaders.concierge.requestById.clear(id);
  ctx.loaders.concierge.statusChangesByRequestId.clear(id);
}

export function targetMember(ctx: Context, memberId: string | null | undefined): Result<string, ConciergeErrorCode> {
  const t = resolveMemberTarget(ctx.actor, memberId, conciergePolicies.actForMember);
  return t.ok ? ok(t.memberId) : fail(conciergeErrors.error(t.problem, ["input", "memberId"]));
}

/** CON-1: the concierge is a service of the Option Intérieur, for active members. */
export async function checkMemberMayUseConcierge(ctx: Context, memberId: string): Promise<Result<true, ConciergeErrorCode>> {
  const member = await ctx.loaders.members.memberById.load(memberId);
  if (!member) return fail(conciergeErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
  if (member.status !== "ACTIVE") return fail(conciergeErrors.error("MEMBERSHIP_NOT_ACTIVE", ["input", "memberId"]));
  const option = await optionsService.latestFor(ctx, memberId);
  if (!option || option.status === "ENDED") return fail(conciergeErrors.error("OPTION_NOT_IN_FORCE", ["input", "memberId"]));
  if (await isServiceSuspended(ctx.db, memberId)) return fail(conciergeErrors.error("SERVICE_SUSPENDED", ["input", "memberId"]));
  return ok(true);
}

/** A request by global id, read outside the transaction only to learn its member. */
export async function findRequest(ctx: Context, globalId: string, allowed: (row: RequestRow) => boolean): Promise<Result<RequestRow, ConciergeErrorCode>> {
  const id = idOfType(globalId, "ConciergeRequest");
  const row = id ? await ctx.loaders.concierge.requestById.load(id) : null;
  return row && allowed(row) ? ok(row) : fail(conciergeErrors.error("REQUEST_NOT_FOUND", ["input", "requestId"]));
}
