import { nodeIds, toGlobalId } from "../../shared/relay.js";
import { MAX_FREE_REJOINS, type MemberRow } from "../members/index.js";
import { ageOn } from "./membership.dates.js";
import type { DecisionRow, EventRow, MeetingRow } from "./membership.repository.js";
import { Candidacy, CandidacyReceipt, CommitteeDecision, CommitteeMeeting, Membership, MembershipEvent, type CandidacyStatusValue } from "./membership.types.js";

/** The one place rows become GraphQL objects: a candidacy never carries the member's contact data. */
export function candidacyStatus(member: MemberRow, decision: Pick<CommitteeDecision, "decision"> | null): CandidacyStatusValue {
  if (decision) return decision.decision === "ACCEPT" ? "ACCEPTED" : "REJECTED";
  return member.status === "REJECTED" ? "REJECTED" : member.status === "CANDIDATE" ? "PENDING" : "ACCEPTED";
}

export function toCandidacyReceipt(member: MemberRow): CandidacyReceipt {
  return Object.assign(new CandidacyReceipt(), { id: toGlobalId("Candidacy", member.id), status: candidacyStatus(member, null) });
}

export function toDecision(row: DecisionRow): CommitteeDecision {
  return Object.assign(new CommitteeDecision(), {
    ...nodeIds("CommitteeDecision", row.id),
    meetingRawId: row.meetingId,
    memberRawId: row.memberId,
    decision: row.decision,
    reason: row.reason,
    decidedAt: row.decidedAt,
  });
}

export function toCandidacy(member: MemberRow, decision: CommitteeDecision | null, today: string): Candidacy {
  return Object.assign(new Candidacy(), {
    ...nodeIds("Candidacy", member.id),
    status: candidacyStatus(member, decision),
    lastName: member.lastName,
    firstName: member.firstName,
    age: ageOn(member.birthDate, today),
    nationality: member.nationality,
    postalCode: member.postalCode,
    commune: member.commune,
    companyName: member.companyName,
    submittedAt: member.createdAt,
    decision,
  });
}

export function toMeeting(row: MeetingRow): CommitteeMeeting {
  return Object.assign(new CommitteeMeeting(), {
    ...nodeIds("CommitteeMeeting", row.id),
    heldOn: row.heldOn,
    weekStart: row.weekStart,
  });
}

export function toMembership(row: MemberRow): Membership {
  return Object.assign(new Membership(), {
    memberRawId: row.id,
    memberId: toGlobalId("Member", row.id),
    status: row.status,
    honorary: row.honorary,
    freeRejoinsRemaining: MAX_FREE_REJOINS - row.freeRejoinsUsed,
    debtRecoveryOpened: row.debtRecoveryOpenedAt !== null,
    terminatedAt: row.terminatedAt,
  });
}

export function toMembershipEvent(row: EventRow): MembershipEvent {
  return Object.assign(new MembershipEvent(), {
    kind: row.kind,
    at: row.at,
    entryFeeCents: row.entryFeeCents,
    entryFeeWaived: row.entryFeeWaived,
    welcomeGift: row.welcomeGift,
    reason: row.reason,
  });
}
