import { memberNodeIds } from "../../shared/relay.js";
import type { AirboxRow, IncidentRow, RepairRow } from "./airbox.repository.js";
import { Airbox, AirboxIncident, AirboxRepair } from "./airbox.types.js";

/** The one place rows become GraphQL objects. */
export function toAirbox(row: AirboxRow): Airbox {
  return Object.assign(new Airbox(), {
    ...memberNodeIds("Airbox", row),
    replacesRawId: row.replacesAirboxId,
    serialNumber: row.serialNumber,
    simIccid: row.simIccid,
    handedOverAt: row.handedOverAt,
    replacedAt: row.replacedAt,
    inadequateUse: row.inadequateUseAt && row.inadequateUseReason ? { recordedAt: row.inadequateUseAt, reason: row.inadequateUseReason, note: row.inadequateUseNote } : null,
  });
}

export function toAirboxIncident(row: IncidentRow): AirboxIncident {
  return Object.assign(new AirboxIncident(), {
    ...memberNodeIds("AirboxIncident", row),
    airboxRawId: row.airboxId,
    addressRawId: row.addressId,
    status: row.status,
    description: row.description,
    declaredAt: row.declaredAt,
    simActivatedAt: row.simActivatedAt,
    dataAllowanceGb: row.dataAllowanceGb,
    closedAt: row.closedAt,
  });
}

export function toAirboxRepair(row: RepairRow): AirboxRepair {
  return Object.assign(new AirboxRepair(), {
    ...memberNodeIds("AirboxRepair", row),
    airboxRawId: row.airboxId,
    technicianRawId: row.technicianId,
    replacementRawId: row.replacementAirboxId,
    status: row.status,
    description: row.description,
    reportedAt: row.reportedAt,
    diagnosisNote: row.diagnosisNote,
    diagnosedAt: row.diagnosedAt,
    slotStartsAt: row.slotStartsAt,
    slotEndsAt: row.slotEndsAt,
    resolvedAt: row.resolvedAt,
    resolutionNote: row.resolutionNote,
  });
}
