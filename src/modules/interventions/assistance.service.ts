import type { Context } from "../../context.js";
import { recordAudit } from "../../shared/audit.js";
import { fail, ok, type DomainError, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { inParis } from "../../shared/paris-time.js";
import { idOfType } from "../../shared/relay.js";
import { availabilityAt, serviceHoursService } from "../service-hours/index.js";
import { interventionErrors, type InterventionErrorCode } from "./interventions.errors.js";
import type { OpenAssistanceRequestInput, RecordRemoteAssistanceOutcomeInput } from "./interventions.inputs.js";
import { toAssistanceRequest } from "./interventions.mappers.js";
import { interventionPolicies } from "./interventions.policies.js";
import { interventionsRepository as repo } from "./interventions.repository.js";
import { isInScope, REMOTE_ONLY } from "./interventions.scope.js";
import type { AssistanceRequest } from "./interventions.types.js";

export const TEXT_MAX = 2000;

type AssistanceResult = Result<AssistanceRequest, InterventionErrorCode>;

/** Trims a free-text field; an error when it is empty (if required) or too long. */
export function text(raw: string | null | undefined, field: string[], errors: DomainError<InterventionErrorCode>[], required = false): string | null {
  const value = raw?.trim() ?? "";
  if ((required && value.length === 0) || value.length > TEXT_MAX) {
    errors.push(interventionErrors.error("INVALID_TEXT", field, { min: required ? 1 : 0, max: TEXT_MAX }));
    return null;
  }
  return value.length ? value : null;
}

const frenchDateTime = (instant: Date) => {
  const t = inParis(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(t.getDate())}/${pad(t.getMonth() + 1)}/${t.getFullYear()} ${pad(t.getHours())}:${pad(t.getMinutes())}`;
};

/** INT-1: remote assistance first; the Desk records how it ended. */
export const assistanceService = {
  /** INT-1 (24/7), INT-5 (scope; TV/VOD only within its support hours). */
  async open(ctx: Context, input: OpenAssistanceRequestInput): Promise<AssistanceResult> {
    const target = resolveMemberTarget(ctx.actor, input.memberId, interventionPolicies.requestAssistance);
    if (!target.ok) return fail(interventionErrors.error(target.problem, ["input", "memberId"]));
    const errors: DomainError<InterventionErrorCode>[] = [];
    const description = text(input.description, ["input", "description"], errors, true);
    const installedByParnasse = input.installedByParnasse ?? false;
    if (!isInScope(input.topic, installedByParnasse)) errors.push(interventionErrors.error("OUT_OF_SCOPE", ["input", "installedByParnasse"]));
    const now = ctx.clock.now();
    if (REMOTE_ONLY.includes(input.topic)) {
      const availability = availabilityAt(await serviceHoursService.spans(ctx.db, "TV_VOD_SUPPORT"), now);
      if (!availability.openNow) {
        const next = availability.nextOpensAt ? frenchDateTime(availability.nextOpensAt) : "—";
        errors.push(interventionErrors.error("TV_VOD_CLOSED", ["input", "topic"], { nextOpensAt: next }));
      }
    }
    if (errors.length || description === null) return fail(...errors);

    return ctx.db.transaction(async (tx): Promise<AssistanceResult> => {
      if (!(await repo.memberExists(tx, target.memberId))) return fail(interventionErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
      const { actor } = ctx;
      const row = await repo.insertAssistanceRequest(tx, {
        memberId: target.memberId,
        topic: input.topic,
        installedByParnasse,
        description,
        openedAt: now,
        openedByRole: actor.kind === "anonymous" ? "ANONYMOUS" : actor.role,
        openedById: actor.kind === "anonymous" ? "" : actor.subjectId,
      });
      await recordAudit(tx, ctx, {
        operation: "openAssistanceRequest",
        onBehalfOfMemberId: target.memberId,
        targetIds: [row.id],
        details: { topic: row.topic, installedByParnasse },
      });
      return ok(toAssistanceRequest(row));
    });
  },

  /** INT-1: the Desk records that the remote assistance resolved the problem, failed, or was impossible. Once. */
  async recordOutcome(ctx: Context, input: RecordRemoteAssistanceOutcomeInput): Promise<AssistanceResult> {
    const field = ["input", "assistanceRequestId"];
    const id = idOfType(input.assistanceRequestId, "AssistanceRequest");
    if (!id || !interventionPolicies.deskOnly(ctx.actor)) return fail(interventionErrors.error("ASSISTANCE_REQUEST_NOT_FOUND", field));
    const errors: DomainError<InterventionErrorCode>[] = [];
    const note = text(input.note, ["input", "note"], errors);
    if (errors.length) return fail(...errors);

    const result = await ctx.db.transaction(async (tx): Promise<AssistanceResult> => {
      const current = await repo.assistanceRequestById(tx, id, { lock: true });
      if (!current) return fail(interventionErrors.error("ASSISTANCE_REQUEST_NOT_FOUND", field));
      if (current.remoteOutcome) return fail(interventionErrors.error("OUTCOME_ALREADY_RECORDED", ["input", "outcome"], { outcome: current.remoteOutcome }));
      const row = await repo.recordOutcome(tx, id, {
        remoteOutcome: input.outcome,
        remoteOutcomeNote: note,
        remoteOutcomeAt: ctx.clock.now(),
        remoteOutcomeBy: ctx.actor.kind === "staff" ? ctx.actor.subjectId : null,
      });
      await recordAudit(tx, ctx, {
        operation: "recordRemoteAssistanceOutcome",
        onBehalfOfMemberId: row.memberId,
        targetIds: [row.id],
        details: { outcome: input.outcome },
      });
      return ok(toAssistanceRequest(row));
    });
    if (result.ok) ctx.loaders.interventions.assistanceRequestById.clear(id);
    return result;
  },
};
