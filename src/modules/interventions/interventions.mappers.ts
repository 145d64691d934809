import type { InterventionChargeLine as ChargeLineRow } from "../../../db/schema/interventions.js";
import { splitTtc } from "../../shared/money.js";
import { memberNodeIds, toGlobalId } from "../../shared/relay.js";
import type { AssistanceRequestRow, InterventionRow } from "./interventions.repository.js";
import { isHomeTopicInScope } from "./interventions.scope.js";
import { AssistanceRequest, Intervention, InterventionChargeLine, InterventionPrice } from "./interventions.types.js";

/** The one place rows become GraphQL objects. */
export function toAssistanceRequest(row: AssistanceRequestRow): AssistanceRequest {
  return Object.assign(new AssistanceRequest(), {
    ...memberNodeIds("AssistanceRequest", row),
    topic: row.topic,
    installedByParnasse: row.installedByParnasse,
    description: row.description,
    openedAt: row.openedAt,
    remoteOutcome: row.remoteOutcome,
    remoteOutcomeNote: row.remoteOutcomeNote,
    remoteOutcomeAt: row.remoteOutcomeAt,
    homeInterventionPossible: (row.remoteOutcome === "FAILED" || row.remoteOutcome === "IMPOSSIBLE") && isHomeTopicInScope(row.topic),
  });
}

export function toPrice(values: { billingReason: InterventionPrice["billingReason"]; inBusinessHours: boolean; lines: ChargeLineRow[]; totalCents: number }): InterventionPrice {
  return Object.assign(new InterventionPrice(), {
    billable: values.totalCents > 0,
    billingReason: values.billingReason,
    inBusinessHours: values.inBusinessHours,
    lines: values.lines.map((l) => Object.assign(new InterventionChargeLine(), l)),
    totals: splitTtc(values.totalCents),
  });
}

export function toIntervention(row: InterventionRow): Intervention {
  return Object.assign(new Intervention(), {
    ...memberNodeIds("Intervention", row),
    performerRawId: row.performerId,
    addressRawId: row.addressId,
    assistanceRequestRawId: row.assistanceRequestId,
    assistanceRequestId: toGlobalId("AssistanceRequest", row.assistanceRequestId),
    kind: row.kind,
    status: row.status,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    endsAt: new Date(row.startsAt.getTime() + row.durationMinutes * 60_000),
    personalDeviceCount: row.personalDeviceCount,
    countsInAllowance: row.allowanceSlot !== null,
    contractYearStart: row.contractYearStart,
    price: toPrice({ billingReason: row.billingReason, inBusinessHours: row.inBusinessHours, lines: row.chargeLines, totalCents: row.priceCents }),
    bookedAt: row.bookedAt,
    backupConfirmedAt: row.backupConfirmedAt,
    startedAt: row.startedAt,
    doneAt: row.doneAt,
    refusalReason: row.refusalReason,
    refusalNote: row.refusalNote,
    refusedAt: row.refusedAt,
    cancelledAt: row.cancelledAt,
  });
}
