import { memberNodeIds } from "../../shared/relay.js";
import type { LimitRow, RequestRow } from "./privacy.repository.js";
import { PrivacyRequest, ProcessingLimit } from "./privacy.types.js";

/** The one place rows become GraphQL objects; `now` decides what is overdue. */
export function toRequest(row: RequestRow, now: Date): PrivacyRequest {
  return Object.assign(new PrivacyRequest(), {
    ...memberNodeIds("PrivacyRequest", row),
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    details: row.details,
    purpose: row.purpose,
    identityProof: { kind: row.identityProofKind, reference: row.identityProofReference, memberRawId: row.memberId },
    receivedAt: row.receivedAt,
    dueAt: row.dueAt,
    extendedAt: row.extendedAt,
    extensionReason: row.extensionReason,
    overdue: row.status === "RECEIVED" && row.dueAt < now,
    answeredAt: row.answeredAt,
    answer: row.answer,
    answeredLate: row.answeredAt !== null && row.answeredAt > row.dueAt,
    filedByRole: row.filedByRole,
    filedByRawId: row.filedById,
  });
}

export function toLimit(row: LimitRow): ProcessingLimit {
  return Object.assign(new ProcessingLimit(), {
    ...memberNodeIds("ProcessingLimit", row),
    requestRawId: row.requestId,
    kind: row.kind,
    purpose: row.purpose,
    startedAt: row.startedAt,
    liftedAt: row.liftedAt,
    liftedReason: row.liftedReason,
    inForce: row.liftedAt === null,
  });
}
