import { actorRole } from "../../authz/actor.js";
import type { Context } from "../../context.js";
import { fail, ok, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, memberCommand, runCommand, textField } from "../../shared/mutation.js";
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
export const text = textField<InterventionErrorCode>(interventionErrors);

type AssistanceResult = Result<AssistanceRequest, InterventionErrorCode>;

const frenchDateTime = (instant: Date) => {
  const t = inParis(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(t.getDate())}/${pad(t.getMonth() + 1)}/${t.getFullYear()} ${pad(t.getHours())}:${pad(t.getMinutes())}`;
};

/** INT-1: remote assistance first; the Desk records how it ended. */
export const assistanceService = {
  /** INT-1 (24/7), INT-5 (scope; TV/VOD only within its support hours). */
  async open(ctx: Context, input: OpenAssistanceRequestInput): Promise<AssistanceResult> {
    const member = { globalId: input.memberId, mayActFor: interventionPolicies.requestAssistance };
    return memberCommand(ctx, { operation: "openAssistanceRequest", errors: interventionErrors, member }, async ({ tx, member, audit }) => {
      const errors: DomainError<InterventionErrorCode>[] = [];
      const description = text(input.description, TEXT_MAX, ["input", "description"], errors, true);
      const installedByParnasse = input.installedByParnasse ?? false;
      if (!isInScope(input.topic, installedByParnasse)) errors.push(interventionErrors.error("OUT_OF_SCOPE", ["input", "installedByParnasse"]));
      const now = ctx.clock.now();
      if (REMOTE_ONLY.includes(input.topic)) {
        const availability = availabilityAt(await serviceHoursService.spans(tx, "TV_VOD_SUPPORT"), now);
        if (!availability.openNow) {
          const next = availability.nextOpensAt ? frenchDateTime(availability.nextOpensAt) : "—";
          errors.push(interventionErrors.error("TV_VOD_CLOSED", ["input", "topic"], { nextOpensAt: next }));
        }
      }
      if (errors.length || description === null) return fail(...errors);
      const row = await repo.insertAssistanceRequest(tx, {
        memberId: member.id,
        topic: input.topic,
        installedByParnasse,
        description,
        openedAt: now,
        openedByRole: actorRole(ctx.actor),
        openedById: actorId(ctx),
      });
      await audit({ targetIds: [row.id], details: { topic: row.topic, installedByParnasse } });
      return ok(toAssistanceRequest(row));
    });
  },

  /** INT-1: the Desk records that the remote assistance resolved the problem, failed, or was impossible. Once. */
  async recordOutcome(ctx: Context, input: RecordRemoteAssistanceOutcomeInput): Promise<AssistanceResult> {
    const field = ["input", "assistanceRequestId"];
    const id = idOfType(input.assistanceRequestId, "AssistanceRequest");
    if (!id || !interventionPolicies.deskOnly(ctx.actor)) return fail(interventionErrors.error("ASSISTANCE_REQUEST_NOT_FOUND", field));
    const errors: DomainError<InterventionErrorCode>[] = [];
    const note = text(input.note, TEXT_MAX, ["input", "note"], errors);
    if (errors.length) return fail(...errors);

    // No member lock: the request row's lock orders concurrent outcomes (recorded once).
    return runCommand(ctx, { operation: "recordRemoteAssistanceOutcome" }, async ({ tx, audit }) => {
      const current = await repo.assistanceRequestById(tx, id, { lock: true });
      if (!current) return fail(interventionErrors.error("ASSISTANCE_REQUEST_NOT_FOUND", field));
      if (current.remoteOutcome) return fail(interventionErrors.error("OUTCOME_ALREADY_RECORDED", ["input", "outcome"], { outcome: current.remoteOutcome }));
      const row = await repo.recordOutcome(tx, id, { remoteOutcome: input.outcome, remoteOutcomeNote: note, remoteOutcomeAt: ctx.clock.now(), remoteOutcomeBy: actorId(ctx) });
      await audit({ onBehalfOfMemberId: row.memberId, targetIds: [row.id], details: { outcome: input.outcome } });
      return ok(toAssistanceRequest(row));
    });
  },
};
