import { Field, Int, ObjectType } from "type-graphql";
import type { MEMBER_STATUSES } from "../../../db/schema/members.js";
import { COMMITTEE_DECISIONS, MEMBERSHIP_EVENT_KINDS } from "../../../db/schema/membership.js";
import { Node } from "../../shared/relay.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { MemberStatus } from "../members/index.js";
import { graphqlEnum } from "../../shared/enums.js";

export const CommitteeDecisionKind = graphqlEnum(COMMITTEE_DECISIONS, { name: "CommitteeDecisionKind", description: "MEM-2: the committee accepts or rejects." });

export const CANDIDACY_STATUSES = ["PENDING", "ACCEPTED", "REJECTED"] as const;
export type CandidacyStatusValue = (typeof CANDIDACY_STATUSES)[number];
export const CandidacyStatus = graphqlEnum(CANDIDACY_STATUSES, { name: "CandidacyStatus", description: "PENDING until the committee decides (MEM-2)." });

export const MembershipEventKind = graphqlEnum(MEMBERSHIP_EVENT_KINDS, { name: "MembershipEventKind" });

type MemberStatusValue = (typeof MEMBER_STATUSES)[number];

@ObjectType({ description: "What an applicant gets back: the candidacy's id and status, nothing else." })
export class CandidacyReceipt {
  @Field(() => String, { description: "Opaque candidacy id." })
  id!: string;

  @Field(() => CandidacyStatus)
  status!: CandidacyStatusValue;
}

@ObjectType({ implements: Node, description: "A committee decision on one candidacy (MEM-2)." })
export class CommitteeDecision extends Node {
  rawId!: string;
  meetingRawId!: string;
  memberRawId!: string;

  @Field(() => CommitteeDecisionKind)
  decision!: "ACCEPT" | "REJECT";

  @Field(() => String)
  reason!: string;

  @Field(() => DateTimeScalar)
  decidedAt!: Date;
}

@ObjectType({
  implements: Node,
  description: "A candidacy as the selection committee sees it (MEM-2, AUT-3): who applies, from where, and the decision. " + "No email, phone or street address.",
})
export class Candidacy extends Node {
  /** The candidate's member id. */
  rawId!: string;

  @Field(() => CandidacyStatus)
  status!: CandidacyStatusValue;

  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => Int, { description: "Age today (Europe/Paris)." })
  age!: number;

  @Field(() => String, { nullable: true })
  nationality!: string | null;

  @Field(() => String)
  postalCode!: string;

  @Field(() => String)
  commune!: string;

  @Field(() => String, { nullable: true, description: "Set when the candidate applies for professional use." })
  companyName!: string | null;

  @Field(() => DateTimeScalar)
  submittedAt!: Date;

  @Field(() => CommitteeDecision, { nullable: true })
  decision!: CommitteeDecision | null;
}

@ObjectType({ implements: Node, description: "A weekly meeting of the selection committee, grouping its decisions (MEM-2)." })
export class CommitteeMeeting extends Node {
  rawId!: string;

  @Field(() => DateScalar)
  heldOn!: string;

  @Field(() => DateScalar, { description: "Monday of the meeting's ISO week." })
  weekStart!: string;
}

@ObjectType({ description: "One step of a membership's history (MEM-2, MEM-3)." })
export class MembershipEvent {
  @Field(() => MembershipEventKind)
  kind!: (typeof MEMBERSHIP_EVENT_KINDS)[number];

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => Int, { nullable: true })
  entryFeeCents!: number | null;

  @Field(() => Boolean, { nullable: true })
  entryFeeWaived!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  welcomeGift!: boolean | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType({ description: "A member's membership state (MEM-2, MEM-3): for the member, their delegate, the desk and billing." })
export class Membership {
  memberRawId!: string;

  @Field(() => String, { description: "The member's global id." })
  memberId!: string;

  @Field(() => MemberStatus)
  status!: MemberStatusValue;

  @Field(() => Boolean, { description: "MEM-3: a former member in good standing." })
  honorary!: boolean;

  @Field(() => Int, { description: "MEM-3: fee-free rejoins left (out of 2)." })
  freeRejoinsRemaining!: number;

  @Field(() => Boolean, { description: "MEM-3: a debt-recovery procedure was opened at some point." })
  debtRecoveryOpened!: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  terminatedAt!: Date | null;
}
