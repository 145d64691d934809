import { actorRole } from "../../authz/actor.js";
import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { actorId, memberCommand } from "../../shared/mutation.js";
import { parisDate } from "../../shared/paris-time.js";
import type { Tx } from "../../shared/db.js";
import { idOfType } from "../../shared/relay.js";
import { namedTechnician } from "../members/index.js";
import { quotesService } from "../quotes/index.js";
import { proErrors, type ProErrorCode } from "./pro.errors.js";
import type { AssignProServiceTechnicianInput, RecordProServiceInstallationInput, RecordProServiceStudyInput, RequestProServiceInput } from "./pro.inputs.js";
import { toBrick, toServiceRequest } from "./pro.mappers.js";
import { proPolicies } from "./pro.policies.js";
import { proRepository as repo, type ServiceRow } from "./pro.repository.js";
import { TEXT_MAX, canMoveService, text, type ProServiceStatus } from "./pro.rules.js";
import type { ProBrick, ProServiceRequest } from "./pro.types.js";

type ServiceResult = Result<ProServiceRequest, ProErrorCode>;
const MEMBER_FIELD = ["input", "memberId"];

/** PRO-1, under the member lock: an active membership and the Option Intérieur in force (BIL-9: not suspended). */
export const PRO_MEMBER = { active: "MEMBERSHIP_NOT_ACTIVE", optionInForce: "OPTION_NOT_IN_FORCE", notSuspended: "SERVICE_SUSPENDED" } as const;

/**
 * PRO-1: one move of a service request, under the member's then the request's row lock. `check`
 * sees the locked row and returns the values to write, or the refusal.
 */
async function moveService(
  ctx: Context,
  globalId: string,
  to: ProServiceStatus,
  operation: string,
  check: (row: ServiceRow, tx: Tx) => Promise<Result<Partial<ServiceRow>, ProErrorCode>>,
  visible: (row: ServiceRow) => boolean,
): Promise<ServiceResult> {
  const field = ["input", "requestId"];
  const id = idOfType(globalId, "ProServiceRequest");
  const found = id ? await ctx.loaders.pro.serviceById.load(id) : null;
  if (!found || !visible(found)) return fail(proErrors.error("REQUEST_NOT_FOUND", field));
  return memberCommand(ctx, { operation, errors: proErrors, member: { id: found.memberId } }, async ({ tx, audit }) => {
    const current = await repo.lockService(tx, found.id);
    if (!current) return fail(proErrors.error("REQUEST_NOT_FOUND", field));
    if (!canMoveService(current.status, to)) return fail(proErrors.error("ILLEGAL_TRANSITION", field, { from: current.status, to }));
    const values = await check(current, tx);
    if (!values.ok) return values;
    const row = await repo.updateService(tx, current.id, { ...values.value, status: to });
    await audit({ targetIds: [row.id], details: { from: current.status, to } });
    return ok(toServiceRequest(row));
  });
}

export const proService = {
  /** PRO-1: a legal-entity member asks for a Univers Pro service: a technical study comes first. */
  async request(ctx: Context, input: RequestProServiceInput): Promise<ServiceResult> {
    const target = targetMember(ctx, input.memberId);
    if (!target.ok) return target;
    const memberId = target.value;
    const errors: DomainError<ProErrorCode>[] = [];
    const description = text(input.description, TEXT_MAX, ["input", "description"], errors, true);
    if (errors.length || description === null) return fail(...errors);
    const legalEntity = await checkLegalEntity(ctx, memberId);
    if (!legalEntity.ok) return legalEntity;
    const options = { operation: "requestProService", errors: proErrors, member: { id: memberId }, requires: PRO_MEMBER, field: MEMBER_FIELD };
    return memberCommand(ctx, options, async ({ tx, audit }) => {
      const row = await repo.insertService(tx, {
        memberId,
        service: input.service,
        description,
        status: "STUDY_REQUESTED",
        requestedAt: ctx.clock.now(),
        requestedByRole: actorRole(ctx.actor),
      });
      await audit({ targetIds: [row.id], details: { service: input.service } });
      return ok(toServiceRequest(row));
    });
  },

  /**
   * AUT-3: the desk assigns the technician who carries out the study (or moves it to another),
   * while the study is pending. The assignment, not the study, makes him serve the member.
   */
  async assignTechnician(ctx: Context, input: AssignProServiceTechnicianInput): Promise<ServiceResult> {
    if (!proPolicies.actForParnasse(ctx.actor)) throw forbidden();
    const field = ["input", "requestId"];
    const id = idOfType(input.requestId, "ProServiceRequest");
    const found = id ? await ctx.loaders.pro.serviceById.load(id) : null;
    if (!found) return fail(proErrors.error("REQUEST_NOT_FOUND", field));
    const technicianId = await namedTechnician(ctx, input.technicianId);
    if (!technicianId) return fail(proErrors.error("NOT_A_TECHNICIAN", ["input", "technicianId"]));
    return memberCommand(ctx, { operation: "assignProServiceTechnician", errors: proErrors, member: { id: found.memberId } }, async ({ tx, audit }) => {
      const current = await repo.lockService(tx, found.id);
      if (!current) return fail(proErrors.error("REQUEST_NOT_FOUND", field));
      if (current.status !== "STUDY_REQUESTED") return fail(proErrors.error("STUDY_ALREADY_DONE", field));
      const row = await repo.updateService(tx, current.id, { technicianId });
      await audit({ targetIds: [row.id, technicianId], details: { previousTechnicianId: current.technicianId } });
      return ok(toServiceRequest(row));
    });
  },

  /**
   * PRO-1: the technical study (possibly a subcontractor's), recorded by the desk or by the
   * technician the desk assigned to the request (AUT-3); any other technician: not found.
   */
  async recordStudy(ctx: Context, input: RecordProServiceStudyInput): Promise<ServiceResult> {
    if (!proPolicies.recordStudy(ctx.actor)) throw forbidden();
    const errors: DomainError<ProErrorCode>[] = [];
    const summary = text(input.summary, TEXT_MAX, ["input", "summary"], errors, true);
    if (errors.length || summary === null) return fail(...errors);
    const now = ctx.clock.now();
    return moveService(
      ctx,
      input.requestId,
      "STUDY_DONE",
      "recordProServiceStudy",
      // QUO-1: the study opens the service's quote request in the shared workflow, in the same transaction.
      async (row, tx) => {
        // Re-checked on the locked row: the desk may have moved the study to another technician.
        if (!proPolicies.recordOnCase(ctx.actor, row.technicianId)) return fail(proErrors.error("REQUEST_NOT_FOUND", ["input", "requestId"]));
        const quoteRequestId = await quotesService.openRequest(tx, ctx, {
          memberId: row.memberId,
          purpose: "PRO_SERVICE",
          description: `Univers Pro ${row.service} : ${row.description}\nÉtude : ${summary}`,
        });
        return ok({ studySummary: summary, studyDoneAt: now, studyByRole: actorRole(ctx.actor), studyById: actorId(ctx), quoteRequestId });
      },
      (row) => proPolicies.recordOnCase(ctx.actor, row.technicianId),
    );
  },

  /** PRO-3 needs the installation date of services whose quote is accepted: recorded by the desk. */
  async recordInstallation(ctx: Context, input: RecordProServiceInstallationInput): Promise<ServiceResult> {
    if (!proPolicies.actForParnasse(ctx.actor)) throw forbidden();
    if (input.installedOn > parisDate(ctx.clock.now())) return fail(proErrors.error("INSTALLATION_IN_FUTURE", ["input", "installedOn"]));
    return moveService(
      ctx,
      input.requestId,
      "INSTALLED",
      "recordProServiceInstallation",
      // PRO-1/QUO-3: only a service whose quote (shared workflow) is accepted is installed.
      async (row, tx) =>
        row.quoteRequestId && (await quotesService.acceptedRequestIds(tx, [row.quoteRequestId])).has(row.quoteRequestId)
          ? ok({ installedOn: input.installedOn })
          : fail(proErrors.error("QUOTE_NOT_ACCEPTED", ["input", "requestId"])),
      () => true,
    );
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

/**
 * The member acted on, known before the command: PRO-1 checks its legal entity, and PRO-3 the
 * maintenance address it owns, before the transaction (the kernel resolves its target inside).
 */
export function targetMember(ctx: Context, memberId: string | null | undefined): Result<string, ProErrorCode> {
  const t = resolveMemberTarget(ctx.actor, memberId, proPolicies.actForMember);
  return t.ok ? ok(t.memberId) : fail(proErrors.error(t.problem, MEMBER_FIELD));
}

/** PRO-1: Univers Pro is for members registered with a legal entity (the rest of PRO-1 is PRO_MEMBER, under the lock). */
export async function checkLegalEntity(ctx: Context, memberId: string): Promise<Result<true, ProErrorCode>> {
  const member = await ctx.loaders.members.memberById.load(memberId);
  if (!member) return fail(proErrors.error("MEMBER_NOT_FOUND", MEMBER_FIELD));
  if (member.siren === null) return fail(proErrors.error("NOT_A_LEGAL_ENTITY", MEMBER_FIELD));
  return ok(true);
}
