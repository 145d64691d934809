import { memberNodeIds } from "../../shared/relay.js";
import type { RequestRow, SessionRow, VisitRow } from "./office-assistance.repository.js";
import { OfficeAssistanceRequest, OfficeAssistanceSession, OfficeAssistanceVisit } from "./office-assistance.types.js";

/** The one place rows become GraphQL objects. */
export function toRequest(row: RequestRow): OfficeAssistanceRequest {
  return Object.assign(new OfficeAssistanceRequest(), {
    ...memberNodeIds("OfficeAssistanceRequest", row),
    channel: row.channel,
    deviceKind: row.deviceKind,
    software: row.software,
    operatingSystem: row.operatingSystem,
    screenSharingAvailable: row.screenSharingAvailable,
    description: row.description,
    requestedAt: row.requestedAt,
    requestedByRole: row.requestedByRole,
    requestedByRawId: row.requestedById,
    availableFrom: row.availableFrom,
    providedBy: row.providedBy,
    subcontractorConsentAt: row.subcontractorConsentAt,
    backupConfirmedAt: row.backupConfirmedAt,
  });
}

export function toSession(row: SessionRow): OfficeAssistanceSession {
  return Object.assign(new OfficeAssistanceSession(), {
    ...memberNodeIds("OfficeAssistanceSession", row),
    consentedAt: row.consentedAt,
    consentedByRole: row.consentedByRole,
    stoppedAt: row.revokedAt,
    stoppedByRole: row.revokedByRole,
    active: row.revokedAt === null,
  });
}

export function toVisit(row: VisitRow): OfficeAssistanceVisit {
  return Object.assign(new OfficeAssistanceVisit(), {
    ...memberNodeIds("OfficeAssistanceVisit", row),
    addressRawId: row.addressId,
    quoteRawId: row.quoteId,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    durationMinutes: Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / 60_000),
    included: row.included,
    contractYearStart: row.contractYearStart,
    bookedAt: row.bookedAt,
  });
}
