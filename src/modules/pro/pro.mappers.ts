import { parisDate } from "../../shared/paris-time.js";
import { memberNodeIds } from "../../shared/relay.js";
import type { BrickRow, ServiceRow } from "./pro.repository.js";
import { ProBrick, ProServiceRequest } from "./pro.types.js";

/** The one place rows become GraphQL objects. */
export function toServiceRequest(row: ServiceRow): ProServiceRequest {
  return Object.assign(new ProServiceRequest(), {
    ...memberNodeIds("ProServiceRequest", row),
    technicianRawId: row.technicianId,
    quoteRequestRawId: row.quoteRequestId,
    service: row.service,
    status: row.status,
    description: row.description,
    requestedAt: row.requestedAt,
    studySummary: row.studySummary,
    studyDoneAt: row.studyDoneAt,
    installedOn: row.installedOn,
  });
}

export function toBrick(row: BrickRow, now: Date): ProBrick {
  return Object.assign(new ProBrick(), {
    ...memberNodeIds("ProBrick", row),
    addressRawId: row.addressId,
    technicianRawId: row.technicianId,
    quoteRequestRawId: row.quoteRequestId,
    brick: row.brick,
    status: row.status,
    accessPoints: row.accessPoints,
    switches: row.switches,
    routers: row.routers,
    subscribedAt: row.subscribedAt,
    prerequisiteSummary: row.prerequisiteSummary,
    prerequisiteDoneAt: row.prerequisiteDoneAt,
    activeSince: row.activeSince,
    terminationRequestedAt: row.terminationRequestedAt,
    endsOn: row.endsOn,
    lastDueMonth: row.terminationRequestedAt ? parisDate(row.terminationRequestedAt).slice(0, 7) : null,
    inForce: row.endsOn === null || row.endsOn > parisDate(now),
  });
}
