import { toGlobalId } from "../../shared/relay.js";
import type { RequestRow, SessionRow, VisitRow } from "./office-assistance.repository.js";
import { OfficeAssistanceRequest, OfficeAssistanceSession, OfficeAssistanceVisit } from "./office-assistance.types.js";

/** The one place rows become GraphQL objects. */
export function toRequest(row: RequestRow): OfficeAssistanceRequest {
  return Object.assign(new OfficeAssistanceRequest(), {
    id: toGlobalId("OfficeAssistanceRequest", row.id),
    rawId: row.id,
    memberRawId: row.memberId,
    channel: row.channel,
    deviceKind: row.deviceKind,
    software: row.software,
    operatingSystem: row.operatingSystem,
    screenSharingAvailable: row.screenSharingAvailable,
    description: row.description,
    requestedAt: row.requestedAt,
    availableFrom: row.availableFrom,
    providedBy: row.providedBy,
    subcontractorConsentAt: row.subcontractorConsentAt,
    backupConfirmedAt: row.backupConfirmedAt,
  });
}

export function toSession(row: SessionRow): OfficeAssistanceSession {
  return Object.assign(new OfficeAssistanceSession(), {
    id: toGlobalId("OfficeAssistanceSession", row.id),
    rawId: row.id,
    memberRawId: row.memberId,
    consentedAt: row.consentedAt,
    consentedByRole: row.consentedByRole,
    stoppedAt: row.revokedAt,
    stoppedByRole: row.revokedByRole,
    active: row.revokedAt === null,
  });
}

export function toVisit(row: VisitRow): OfficeAssistanceVisit {
  return Object.assign(new OfficeAssistanceVisit(), {
    id: toGlobalId("OfficeAssistanceVisit", row.id),
    rawId: row.id,
    memberRawId: row.memberId,
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
