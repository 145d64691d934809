import { Field, ID, InputType, Int } from "type-graphql";
import { MemberTargetInput } from "../../shared/member-target.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import {
  IdentityProofKind,
  PrivacyRequestChannel,
  PrivacyRequestKind,
  PrivacyRequestStatus,
  ProcessingPurpose,
  type Channel,
  type Kind,
  type ProofKind,
  type Purpose,
  type Status,
} from "./privacy.types.js";

@InputType({ description: "GDP-1: the identity proof seen, for a request received by post or email." })
export class IdentityProofInput {
  @Field(() => IdentityProofKind, { description: "IDENTITY_CARD, PASSPORT, RESIDENCE_PERMIT or DRIVING_LICENCE (APP_AUTHENTICATION is the app's own)." })
  kind!: ProofKind;

  @Field(() => String, { description: "1 to 100 characters: a reference, never the document (e.g. « CNI n° …4821, courrier du 2 déc. »)." })
  reference!: string;
}

@InputType({ description: "GDP-1: file a data-subject request: the member in the app, the desk or the privacy officer for one received by post or email." })
export class FilePrivacyRequestInput extends MemberTargetInput {
  @Field(() => PrivacyRequestKind, { description: "GDP-1: the right exercised." })
  kind!: Kind;

  @Field(() => PrivacyRequestChannel, { description: "APP for the member; POST or EMAIL for staff." })
  channel!: Channel;

  @Field(() => ProcessingPurpose, { nullable: true, description: "Required for OBJECTION and RESTRICTION, refused otherwise." })
  purpose?: Purpose | null;

  @Field(() => String, { nullable: true, description: "What the member asks, up to 2000 characters." })
  details?: string | null;

  @Field(() => IdentityProofInput, { nullable: true, description: "Required for POST and EMAIL; the app records the member's authenticated session." })
  identityProof?: IdentityProofInput | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "POST and EMAIL: when it was received (not in the future, at most 365 days ago). The app's requests are received now.",
  })
  receivedAt?: Date | null;
}

@InputType({ description: "GDP-1: extend an open request's deadline by two months, once, before the first month ends (PRIVACY_OFFICER)." })
export class ExtendPrivacyRequestDeadlineInput {
  @Field(() => ID, { description: "The global ID of the open PrivacyRequest." })
  requestId!: string;

  @Field(() => String, { description: "Why two more months are needed (complexity, number of requests), as told to the member; 1 to 1000 characters." })
  reason!: string;
}

@InputType({ description: "GDP-1: answer an open request (PRIVACY_OFFICER)." })
export class AnswerPrivacyRequestInput {
  @Field(() => ID, { description: "The global ID of the open PrivacyRequest." })
  requestId!: string;

  @Field(() => String, { description: "The answer sent to the member, 1 to 4000 characters." })
  answer!: string;
}

@InputType({ description: "GDP-1: reject an open request, with the reason told to the member (PRIVACY_OFFICER)." })
export class RejectPrivacyRequestInput {
  @Field(() => ID, { description: "The global ID of the open PrivacyRequest." })
  requestId!: string;

  @Field(() => String, { description: "Why (identity not established, manifestly unfounded or excessive: art. 12(5), 12(6)); 1 to 1000 characters." })
  reason!: string;
}

@InputType({ description: "GDP-1: lift an objection or a restriction in force (the member withdrawing it, or the privacy officer)." })
export class LiftProcessingLimitInput {
  @Field(() => ID, { description: "The global ID of the ProcessingLimit in force." })
  limitId!: string;

  @Field(() => String, { nullable: true, description: "Why, up to 1000 characters; the member withdrawing needs none." })
  reason?: string | null;
}

@InputType({ description: "The privacy officer's list of requests." })
export class PrivacyRequestFilter {
  @Field(() => PrivacyRequestStatus, { nullable: true, description: "Only requests in this state." })
  status?: Status | null;

  @Field(() => PrivacyRequestKind, { nullable: true, description: "Only requests for this right." })
  kind?: Kind | null;

  @Field(() => ID, { nullable: true, description: "One member's requests." })
  memberId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only open requests past their due date." })
  overdue?: boolean | null;

  @Field(() => Int, { nullable: true, description: "Only open requests not yet overdue and due within this many days (1 to 31)." })
  dueWithinDays?: number | null;
}
