import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import { recordAudit } from "../../shared/audit.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { parisDate } from "../../shared/paris-time.js";
import { idOfType } from "../../shared/relay.js";
import { proErrors, type ProErrorCode } from "./pro.errors.js";
import { actorIdOf, checkProMember, proPolicies, roleOf, targetMember, text } from "./pro.guards.js";
import type {
  DecideProServiceQuoteInput,
  QuoteProServiceInput,
  RecordProServiceInstallationInput,
  RecordProServiceStudyInput,
  RequestProServiceInput,
} from "./pro.inputs.js";
import { toBrick, toServiceRequest } from "./pro.mappers.js";
import { proRepository as repo, type ServiceRow } from "./pro.repository.js";
import { QUOTE_MAX_CENTS, TEXT_MAX, canMoveService, type ProServiceStatus } from "./pro.rules.js";
import type { ProBrick, ProServiceRequest } from "./pro.types.js";

type ServiceResult = Result<ProServiceRequest, ProErrorCode>;

/**
 * PRO-1: one move of a service request, under the member's then the request's row lock. `check`
 * sees the locked row and returns the values to write, or the refusal.
 */
async function moveService(
  ctx: Context,
  globalId: string,
  to: ProServiceStatus,
  operation: string,
  check: (row: ServiceRow) => Result<Partial<ServiceRow>, ProErrorCode>,
  visible: (row: ServiceRow) => boolean,
): Promise<ServiceResult> {
  const field = ["input", "requestId"];
  const id = idOfType(globalId, "ProServiceRequest");
  const found = id ? await ctx.loaders.pro.serviceById.load(id) : null;
  if (!found || !visible(found)) return fail(proErrors.error("REQUEST_NOT_FOUND", field));
  const result = await ctx.db.transaction(async (tx): Promise<ServiceResult> => {
    await repo.lockMember(tx, found.memberId);
    const current = await repo.lockService(tx, found.id);
    if (!current) return fail(proErrors.error("REQUEST_NOT_FOUND", field));
    if (!canMoveService(current.status, to)) return fail(proErrors.error("ILLEGAL_TRANSITION", field, { from: current.status, to }));
    const values = check(current);
    if (!values.ok) return values;
    const row = await repo.updateService(tx, current.id, { ...values.value, status: to });
    await recordAudit(tx, ctx, { operation, onBehalfOfMemberId: row.memberId, targetIds: [row.id], details: { from: current.status, to } });
    return ok(toServiceRequest(row));
  });
  if (result.ok) {
    ctx.loaders.pro.serviceById.clear(found.id);
    ctx.loaders.pro.servicesByMemberId.clear(found.memberId);
  }
  return result;
}

export const proService = {
  /** PRO-1: a legal-entity member asks for a Univers Pro service: a technical study comes first. */
  async request(ctx: Context, input: RequestProServiceInput): Promise<ServiceResult> {
    const target = targetMember(ctx, input.memberId);
    if (!target.ok) return target;
    const memberId = target.value;
    const errors: DomainError<ProErrorCode>[] = [];
    const description = text(input.description, TEXT_MAX, ["input", "description"], errors);
    if (errors.length) return fail(...errors);
    const allowed = await checkProMember(ctx, memberId);
    if (!allowed.ok) return allowed;
    const now = ctx.clock.now();
    const row = await ctx.db.transaction(async (tx) => {
      await repo.lockMember(tx, memberId);
      const inserted = await repo.insertService(tx, {
        memberId,
        service: input.service,
        description,
        status: "STUDY_REQUESTED",
        requestedAt: now,
        requestedByRole: roleOf(ctx),
      });
      await recordAudit(tx, ctx, { operation: "requestProService", onBehalfOfMemberId: memberId, targetIds: [inserted.id], details: { service: input.service } });
      return inserted;
    });
    ctx.loaders.pro.servicesByMemberId.clear(memberId);
    return ok(toServiceRequest(row));
  },

  /** PRO-1: the technical study, recorded by the desk or a technician (possibly a subcontractor's). */
  async recordStudy(ctx: Context, input: RecordProServiceStudyInput): Promise<ServiceResult> {
    if (!proPolicies.recordStudy(ctx.actor)) throw forbidden();
    const errors: DomainError<ProErrorCode>[] = [];
    const summary = text(input.summary, TEXT_MAX, ["input", "summary"], errors);
    if (errors.length) return fail(...errors);
    const now = ctx.clock.now();
    return moveService(
      ctx,
      input.requestId,
      "STUDY_DONE",
      "recordProServiceStudy",
      () => ok({ studySummary: summary, studyDoneAt: now, studyByRole: roleOf(ctx), studyById: actorIdOf(ctx) }),
      () => true,
    );
  },

  /** PRO-1: the desk issues the quote (TTC, integer cents) with its validity date. */
  async quote(ctx: Context, input: QuoteProServiceInput): Promise<ServiceResult> {
    if (!proPolicies.actForParnasse(ctx.actor)) throw forbidden();
    const now = ctx.clock.now();
    const errors: DomainError<ProErrorCode>[] = [];
    if (!Number.isInteger(input.amountTtcCents) || input.amountTtcCents < 1 || input.amountTtcCents > QUOTE_MAX_CENTS) {
      errors.push(proErrors.error("INVALID_AMOUNT", ["input", "amountTtcCents"], { max: QUOTE_MAX_CENTS }));
    }
    if (input.validUntil < parisDate(now)) errors.push(proErrors.error("VALIDITY_IN_PAST", ["input", "validUntil"]));
    if (errors.length) return fail(...errors);
    return moveService(
      ctx,
      input.requestId,
      "QUOTED",
      "quoteProService",
      () => ok({ quoteAmountCents: input.amountTtcCents, quoteValidUntil: input.validUntil, quotedAt: now }),
      () => true,
    );
  },

  /** PRO-1 (QUO-2): the member, their delegate or the desk accepts or declines; an expired quote cannot be accepted. */
  async decide(ctx: Context, input: DecideProServiceQuoteInput): Promise<ServiceResult> {
    const now = ctx.clock.now();
    const accept = input.decision === "ACCEPT";
    return moveService(
      ctx,
      input.requestId,
      accept ? "ACCEPTED" : "DECLINED",
      "decideProServiceQuote",
      (row) =>
        accept && row.quoteValidUntil! < parisDate(now)
          ? fail(proErrors.error("QUOTE_EXPIRED", ["input", "requestId"], { validUntil: row.quoteValidUntil! }))
          : ok({ decidedAt: now, decidedByRole: roleOf(ctx) }),
      (row) => proPolicies.actForMember(ctx.actor, row.memberId),
    );
  },

  /** PRO-3 needs the installation date of accepted services: recorded by the desk. */
  async recordInstallation(ctx: Context, input: RecordProServiceInstallationInput): Promise<ServiceResult> {
    if (!proPolicies.actForParnasse(ctx.actor)) throw forbidden();
    const now = ctx.clock.now();
    if (input.installedOn > parisDate(now)) return fail(proErrors.error("INSTALLATION_IN_FUTURE", ["input", "installedOn"]));
    return moveService(ctx, input.requestId, "INSTALLED", "recordProServiceInstallation", () => ok({ installedOn: input.installedOn }), () => true);
  },

  async servicesOf(ctx: Context, memberId: string): Promise<ProServiceRequest[]> {
    if (!proPolicies.actForMember(ctx.actor, memberId)) return [];
    return (await ctx.loaders.pro.servicesByMemberId.load(memberId)).map(toServiceRequest);
  },

  async bricksOf(ctx: Context, memberId: string): Promise<ProBrick[]> {
    if (!proPolicies.actForMember(ctx.actor, memberId)) return [];
    const now = ctx.clock.now();
    return (await ctx.loaders.pro.bricksByMemberId.load(memberId)).map((row) => toBrick(row, now));
  },

  async serviceRequestNode(ctx: Context, id: string): Promise<ProServiceRequest | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.pro.serviceById.load(id);
    return row && proPolicies.readService(ctx.actor, row) ? toServiceRequest(row) : null;
  },

  async brickNode(ctx: Context, id: string): Promise<ProBrick | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.pro.brickById.load(id);
    return row && proPolicies.readBrick(ctx.actor, row) ? toBrick(row, ctx.clock.now()) : null;
  },
};
