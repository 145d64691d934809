import { Field, ObjectType } from "type-graphql";
import {
  IDENTITY_PROOF_KINDS,
  PRIVACY_REQUEST_CHANNELS,
  PRIVACY_REQUEST_KINDS,
  PRIVACY_REQUEST_STATUSES,
  PROCESSING_LIMIT_KINDS,
  PROCESSING_PURPOSES,
} from "../../../db/schema/privacy.js";
import { graphqlEnum } from "../../shared/enums.js";
import { Connection, Node } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";

export type Kind = (typeof PRIVACY_REQUEST_KINDS)[number];
export type Channel = (typeof PRIVACY_REQUEST_CHANNELS)[number];
export type Status = (typeof PRIVACY_REQUEST_STATUSES)[number];
export type ProofKind = (typeof IDENTITY_PROOF_KINDS)[number];
export type Purpose = (typeof PROCESSING_PURPOSES)[number];
export type LimitKind = (typeof PROCESSING_LIMIT_KINDS)[number];

export const PrivacyRequestKind = graphqlEnum(PRIVACY_REQUEST_KINDS, {
  name: "PrivacyRequestKind",
  description: "GDP-1: access, rectification, erasure, portability, objection, restriction, post-mortem directives (GDPR art. 15–21; loi Informatique et Libertés art. 85).",
  valuesConfig: {
    ACCESS: { description: "GDPR art. 15: a copy of the member's personal data." },
    RECTIFICATION: { description: "GDPR art. 16: correct inaccurate data." },
    ERASURE: { description: "GDPR art. 17: erase the member's data (see erasePersonalData, GDP-3)." },
    PORTABILITY: { description: "GDPR art. 20 / GDP-2: a complete machine-readable export." },
    OBJECTION: { description: "GDPR art. 21: object to one purpose of processing." },
    RESTRICTION: { description: "GDPR art. 18: restrict one purpose of processing." },
    POST_MORTEM_DIRECTIVES: { description: "Loi Informatique et Libertés art. 85: directives for the data after the member's death." },
  },
});
export const PrivacyRequestChannel = graphqlEnum(PRIVACY_REQUEST_CHANNELS, {
  name: "PrivacyRequestChannel",
  description: "GDP-1: APP when the member files it; POST or EMAIL when the desk or the privacy officer records one received that way.",
  valuesConfig: {
    APP: { description: "Filed by the member in the app." },
    POST: { description: "Received by post, recorded by staff." },
    EMAIL: { description: "Received by e-mail, recorded by staff." },
  },
});
export const PrivacyRequestStatus = graphqlEnum(PRIVACY_REQUEST_STATUSES, {
  name: "PrivacyRequestStatus",
  description: "RECEIVED (open), ANSWERED or REJECTED.",
  valuesConfig: {
    RECEIVED: { description: "Open: the answer is due by dueAt." },
    ANSWERED: { description: "Answered." },
    REJECTED: { description: "Rejected, with the reason told to the member." },
  },
});
export const IdentityProofKind = graphqlEnum(IDENTITY_PROOF_KINDS, {
  name: "IdentityProofKind",
  description: "GDP-1: the identity proof seen. APP_AUTHENTICATION: the member's own authenticated session. The document itself is never stored.",
  valuesConfig: {
    APP_AUTHENTICATION: { description: "The member's own authenticated app session." },
    IDENTITY_CARD: { description: "A national identity card." },
    PASSPORT: { description: "A passport." },
    RESIDENCE_PERMIT: { description: "A residence permit." },
    DRIVING_LICENCE: { description: "A driving licence." },
  },
});
export const ProcessingPurpose = graphqlEnum(PROCESSING_PURPOSES, {
  name: "ProcessingPurpose",
  description:
    "The purpose an objection or a restriction concerns. ACCOUNT_DATA: the member's account data (contact details, addresses, delegate, payers): under RESTRICTION, staff do not change it.",
  valuesConfig: {
    ACCOUNT_DATA: { description: "The member's account data (contact details, addresses, delegate, payers): under RESTRICTION, staff do not change it." },
    MARKETING: { description: "Commercial offers and marketing messages." },
    SATISFACTION_SURVEYS: { description: "Satisfaction surveys." },
    PROFILING: { description: "Profiling of the member's use of the services." },
    PARTNER_SHARING: { description: "Sharing data with partners." },
  },
});
export const ProcessingLimitKind = graphqlEnum(PROCESSING_LIMIT_KINDS, {
  name: "ProcessingLimitKind",
  description: "OBJECTION (art. 21) or RESTRICTION (art. 18).",
  valuesConfig: {
    OBJECTION: { description: "GDPR art. 21: the member objects to the purpose." },
    RESTRICTION: { description: "GDPR art. 18: processing for the purpose is restricted." },
  },
});

@ObjectType({ description: "GDP-1: the identity proof recorded with a request: a fact and a reference, never the document." })
export class IdentityProof {
  @Field(() => IdentityProofKind, { description: "GDP-1: which proof was seen." })
  kind!: ProofKind;

  @Field(() => String, { description: "A short reference to what was seen (mail reference, last digits of the document number, app session)." })
  reference!: string;
}

@ObjectType({ implements: Node, description: "GDP-1: a data-subject request, with its deadline (one month, extendable once by two months)." })
export class PrivacyRequest extends Node {
  rawId!: string;
  memberRawId!: string;
  /** Who filed it (AUT-4): read by PrivacyRequest.filedBy (audit-trail module). */
  filedByRawId!: string | null;

  @Field(() => PrivacyRequestKind, { description: "GDP-1: which right the member exercises." })
  kind!: Kind;

  @Field(() => PrivacyRequestChannel, { description: "GDP-1: how the request reached Parnasse." })
  channel!: Channel;

  @Field(() => PrivacyRequestStatus, { description: "RECEIVED while open, then ANSWERED or REJECTED." })
  status!: Status;

  @Field(() => String, { nullable: true, description: "What the member asks, in their words." })
  details!: string | null;

  @Field(() => ProcessingPurpose, { nullable: true, description: "OBJECTION and RESTRICTION: the purpose concerned." })
  purpose!: Purpose | null;

  @Field(() => IdentityProof, { description: "GDP-1: the identity proof recorded with the request." })
  identityProof!: IdentityProof;

  @Field(() => DateTimeScalar, { description: "When Parnasse received it: the deadline runs from here." })
  receivedAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the answer is due: one month after receipt, three if extended." })
  dueAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the deadline was extended (once, before the first month ended)." })
  extendedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why it was extended, as told to the member." })
  extensionReason!: string | null;

  @Field(() => Boolean, { description: "Still open and past its due date." })
  overdue!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the request was answered or rejected; null while open." })
  answeredAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The answer, or the reason of a rejection." })
  answer!: string | null;

  @Field(() => Boolean, { description: "Answered or rejected after its due date." })
  answeredLate!: boolean;

  @Field(() => String, { description: "The role that filed it: MEMBER, DESK_AGENT or PRIVACY_OFFICER." })
  filedByRole!: string;
}

@ObjectType({ implements: Node, description: "GDP-1: an objection or a restriction of one purpose, in force from its request until it is lifted." })
export class ProcessingLimit extends Node {
  rawId!: string;
  memberRawId!: string;
  requestRawId!: string;

  @Field(() => ProcessingLimitKind, { description: "OBJECTION (GDPR art. 21) or RESTRICTION (art. 18)." })
  kind!: LimitKind;

  @Field(() => ProcessingPurpose, { description: "The purpose of processing that is objected to or restricted." })
  purpose!: Purpose;

  @Field(() => DateTimeScalar, { description: "When the limit took effect (its request was filed)." })
  startedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the limit was lifted; null while in force." })
  liftedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why it was lifted (the member withdrew it, or the privacy officer's reason); null while in force." })
  liftedReason!: string | null;

  @Field(() => Boolean, { description: "True until the limit is lifted: staff then honour it for its purpose." })
  inForce!: boolean;
}

@ObjectType({ description: "GDP-1: who a request is about, for the privacy officer who answers it (the member's name and contact)." })
export class PrivacyRequestSubject {
  memberRawId!: string;

  @Field(() => String, { description: "The member's global id (Member)." })
  memberId!: string;

  @Field(() => String, { description: "The member's given name; « Anonyme » once erased (GDP-3)." })
  firstName!: string;

  @Field(() => String, { description: "The member's family name; « Anonyme » once erased (GDP-3)." })
  lastName!: string;

  @Field(() => String, { description: "Where the answer is sent: the member's e-mail address (an @anonymised.invalid placeholder once erased, GDP-3)." })
  email!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the member's data was erased (GDP-3)." })
  anonymisedAt!: Date | null;
}

export const { ConnectionType: PrivacyRequestConnection } = Connection(PrivacyRequest, "PrivacyRequest");
