import { Field, Int, ObjectType } from "type-graphql";
import type { MEMBER_STATUSES } from "../../../db/schema/members.js";
import { COMMITTEE_DECISIONS, MEMBERSHIP_EVENT_KINDS } from "../../../db/schema/membership.js";
import { Node } from "../../shared/relay.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { MemberStatus } from "../members/index.js";
import { graphqlEnum } from "../../shared/enums.js";

export const CommitteeDecisionKind = graphqlEnum(COMMITTEE_DECISIONS, {
  name: "CommitteeDecisionKind",
  description: "MEM-2: the committee accepts or rejects.",
  valuesConfig: { ACCEPT: { description: "MEM-2: the candidate is accepted (then pays the entry fee)." }, REJECT: { description: "MEM-2: the candidacy is refused." } },
});

export const CANDIDACY_STATUSES = ["PENDING", "ACCEPTED", "REJECTED"] as const;
export type CandidacyStatusValue = (typeof CANDIDACY_STATUSES)[number];
export const CandidacyStatus = graphqlEnum(CANDIDACY_STATUSES, {
  name: "CandidacyStatus",
  description: "PENDING until the committee decides (MEM-2).",
  valuesConfig: {
    PENDING: { description: "MEM-2: waiting for the committee's weekly meeting." },
    ACCEPTED: { description: "MEM-2: accepted; the member becomes ACTIVE once the entry fee is paid." },
    REJECTED: { description: "MEM-2: rejected, with the committee's reason." },
  },
});

export const MembershipEventKind = graphqlEnum(MEMBERSHIP_EVENT_KINDS, {
  name: "MembershipEventKind",
  description: "The steps of a membership's history (MEM-2, MEM-3).",
  valuesConfig: {
    APPLIED: { description: "MEM-2: the candidacy was submitted." },
    ACCEPTED: { description: "MEM-2: the committee accepted the candidacy." },
    REJECTED: { description: "MEM-2: the committee rejected the candidacy." },
    ENTRY_FEE_PAID: { description: "MEM-2: the entry fee was recorded as paid." },
    ACTIVATED: { description: "MEM-2: the candidate became an ACTIVE member." },
    TERMINATED: { description: "MEM-2: the membership ended." },
    REJOINED: { description: "MEM-3: an honorary member rejoined." },
  },
});

type MemberStatusValue = (typeof MEMBER_STATUSES)[number];

@ObjectType({ description: "What an applicant gets back: the candidacy's id and status, nothing else." })
export class CandidacyReceipt {
  @Field(() => String, { description: "Opaque candidacy id." })
  id!: string;

  @Field(() => CandidacyStatus, { description: "PENDING right after applying." })
  status!: CandidacyStatusValue;
}

@ObjectType({ implements: Node, description: "A committee decision on one candidacy (MEM-2)." })
export class CommitteeDecision extends Node {
  rawId!: string;
  meetingRawId!: string;
  memberRawId!: string;

  @Field(() => CommitteeDecisionKind, { description: "MEM-2: accepted or rejected." })
  decision!: "ACCEPT" | "REJECT";

  @Field(() => String, { description: "MEM-2: the committee's reason, required for both decisions." })
  reason!: string;

  @Field(() => DateTimeScalar, { description: "When the decision was recorded." })
  decidedAt!: Date;
}

@ObjectType({
  implements: Node,
  description: "A candidacy as the selection committee sees it (MEM-2, AUT-3): who applies, from where, and the decision. " + "No email, phone or street address.",
})
export class Candidacy extends Node {
  /** The candidate's member id. */
  rawId!: string;

  @Field(() => CandidacyStatus, { description: "MEM-2: PENDING until the committee decides." })
  status!: CandidacyStatusValue;

  @Field(() => String, { description: "The candidate's family name." })
  lastName!: string;

  @Field(() => String, { description: "The candidate's given name." })
  firstName!: string;

  @Field(() => Int, { description: "Age today (Europe/Paris)." })
  age!: number;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code as declared (e.g. FR); null when not given." })
  nationality!: string | null;

  @Field(() => String, { description: "The domicile's postal code (ZON-1), without the street (AUT-3)." })
  postalCode!: string;

  @Field(() => String, { description: "The domicile's commune (ZON-1), without the street (AUT-3)." })
  commune!: string;

  @Field(() => String, { nullable: true, description: "Set when the candidate applies for professional use." })
  companyName!: string | null;

  @Field(() => DateTimeScalar, { description: "When the candidate applied." })
  submittedAt!: Date;

  @Field(() => CommitteeDecision, { nullable: true, description: "MEM-2: the committee's decision; null while PENDING." })
  decision!: CommitteeDecision | null;
}

@ObjectType({ implements: Node, description: "A weekly meeting of the selection committee, grouping its decisions (MEM-2)." })
export class CommitteeMeeting extends Node {
  rawId!: string;

  @Field(() => DateScalar, { description: "The Paris calendar day of the meeting (YYYY-MM-DD)." })
  heldOn!: string;

  @Field(() => DateScalar, { description: "Monday of the meeting's ISO week." })
  weekStart!: string;
}

@ObjectType({ description: "One step of a membership's history (MEM-2, MEM-3)." })
export class MembershipEvent {
  @Field(() => MembershipEventKind, { description: "What happened." })
  kind!: (typeof MEMBERSHIP_EVENT_KINDS)[number];

  @Field(() => DateTimeScalar, { description: "When it happened." })
  at!: Date;

  @Field(() => Int, { nullable: true, description: "ENTRY_FEE_PAID: the entry fee paid, in euro cents; null for other kinds." })
  entryFeeCents!: number | null;

  @Field(() => Boolean, { nullable: true, description: "ENTRY_FEE_PAID, ACTIVATED and REJOINED: true when MEM-3 waived the entry fee (one of the two fee-free rejoins)." })
  entryFeeWaived!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "ACTIVATED and REJOINED: whether a welcome gift is due (never on rejoining, MEM-3); null otherwise." })
  welcomeGift!: boolean | null;

  @Field(() => String, { nullable: true, description: "REJECTED and TERMINATED: the reason given; null otherwise." })
  reason!: string | null;
}

@ObjectType({ description: "A member's membership state (MEM-2, MEM-3): for the member, their delegate, the desk and billing." })
export class Membership {
  memberRawId!: string;

  @Field(() => String, { description: "The member's global id." })
  memberId!: string;

  @Field(() => MemberStatus, { description: "MEM-2: the member's state." })
  status!: MemberStatusValue;

  @Field(() => Boolean, { description: "MEM-3: a former member in good standing." })
  honorary!: boolean;

  @Field(() => Int, { description: "MEM-3: fee-free rejoins left (out of 2)." })
  freeRejoinsRemaining!: number;

  @Field(() => Boolean, { description: "MEM-3: a debt-recovery procedure was opened at some point." })
  debtRecoveryOpened!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the membership ended; null while it has not." })
  terminatedAt!: Date | null;
}
