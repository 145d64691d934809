import { parisDate } from "../../shared/paris-time.js";
import { toGlobalId } from "../../shared/relay.js";
import type { BrickRow, ServiceRow } from "./pro.repository.js";
import { htOf } from "./pro.rules.js";
import { ProBrick, ProQuote, ProServiceRequest } from "./pro.types.js";

/** The one place rows become GraphQL objects. */
export function toServiceRequest(row: ServiceRow): ProServiceRequest {
  const quote =
    row.quotedAt && row.quoteAmountCents !== null && row.quoteValidUntil
      ? Object.assign(new ProQuote(), {
          amountTtcCents: row.quoteAmountCents,
          amountHtCents: htOf(row.quoteAmountCents),
          vatCents: row.quoteAmountCents - htOf(row.quoteAmountCents),
          validUntil: row.quoteValidUntil,
          quotedAt: row.quotedAt,
        })
      : null;
  return Object.assign(new ProServiceRequest(), {
    id: toGlobalId("ProServiceRequest", row.id),
    rawId: row.id,
    memberRawId: row.memberId,
    studyByRawId: row.studyById,
    service: row.service,
    status: row.status,
    description: row.description,
    requestedAt: row.requestedAt,
    studySummary: row.studySummary,
    studyDoneAt: row.studyDoneAt,
    quote,
    decidedAt: row.decidedAt,
    installedOn: row.installedOn,
  });
}

export function toBrick(row: BrickRow, now: Date): ProBrick {
  return Object.assign(new ProBrick(), {
    id: toGlobalId("ProBrick", row.id),
    rawId: row.id,
    memberRawId: row.memberId,
    addressRawId: row.addressId,
    prerequisiteByRawId: row.prerequisiteById,
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
