import { Field, Int, ObjectType } from "type-graphql";
import { MEMBER_STATUSES } from "../../../db/schema/members.js";
import { DELEGATE_NOTIFICATION_CHANNELS, PAYER_KINDS, STAFF_ROLES } from "../../../db/schema/people.js";
import { ROLES } from "../../authz/actor.js";
import { Node } from "../../shared/relay.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { graphqlEnum } from "../../shared/enums.js";

export const MemberStatus = graphqlEnum(MEMBER_STATUSES, {
  name: "MemberStatus",
  description: "MEM-2 membership states.",
  valuesConfig: {
    CANDIDATE: { description: "MEM-2: applied; waiting for the selection committee." },
    ACCEPTED: { description: "MEM-2: accepted by the committee; becomes ACTIVE once the entry fee is paid." },
    ACTIVE: { description: "MEM-2: a member: the entry fee is paid and the membership is in force." },
    REJECTED: { description: "MEM-2: the committee refused the candidacy." },
    TERMINATED: { description: "MEM-2: the membership ended; MEM-3 decides whether the former member is honorary and may rejoin." },
  },
});

export const PayerKind = graphqlEnum(PAYER_KINDS, {
  name: "PayerKind",
  description: "BIL-6: whether a third-party payer is a person or a legal entity.",
  valuesConfig: { NATURAL_PERSON: { description: "BIL-6: a private person." }, LEGAL_ENTITY: { description: "BIL-6: a company or other legal person." } },
});

export const StaffRole = graphqlEnum(STAFF_ROLES, {
  name: "StaffRole",
  description: "The roles of staff and partner accounts (SPEC § 0), i.e. every role not bound to one member.",
  valuesConfig: {
    DESK_AGENT: { description: "Desk and « Orange VIP pour Parnasse » staff." },
    COACH: { description: "A « Coach multimédia » assigned to members (SVC-2)." },
    TECHNICIAN: { description: "A field technician (INT-2)." },
    COMMITTEE: { description: "The weekly selection committee (MEM-2)." },
    BILLING: { description: "Back-office billing staff (§ 10)." },
    CONCIERGE_PARTNER: { description: "La Conciergerie John Paul's system account." },
    PRIVACY_OFFICER: { description: "The data-protection officer (§ 13)." },
  },
});

export const DelegateNotificationChannel = graphqlEnum(DELEGATE_NOTIFICATION_CHANNELS, {
  name: "DelegateNotificationChannel",
  description: "MEM-4: how the Desk learnt of a delegate designation: in the app, by email or by phone.",
  valuesConfig: {
    APP: { description: "MEM-4: designated by the member in the app." },
    EMAIL: { description: "MEM-4: the member told the Desk by e-mail." },
    PHONE: { description: "MEM-4: the member told the Desk by phone." },
  },
});

export const Role = graphqlEnum(ROLES, {
  name: "Role",
  description: "SPEC § 0 roles.",
  valuesConfig: {
    MEMBER: { description: "The natural person who holds the membership (app)." },
    DELEGATE: { description: "The single person the member designated (MEM-4); acts for the member, within MEM-5." },
    PAYER: { description: "A third-party payer (BIL-6): sees only what they pay." },
    DESK_AGENT: { description: "Desk and « Orange VIP pour Parnasse » staff." },
    COACH: { description: "The member's assigned « Coach multimédia » (SVC-2)." },
    TECHNICIAN: { description: "A field technician (INT-2)." },
    COMMITTEE: { description: "The weekly selection committee (MEM-2)." },
    BILLING: { description: "Back-office billing staff (§ 10)." },
    CONCIERGE_PARTNER: { description: "La Conciergerie John Paul, through its own integration." },
    PRIVACY_OFFICER: { description: "The data-protection officer: handles GDPR requests (§ 13)." },
  },
});

@ObjectType({ description: "A postal address in France." })
export class PostalAddress {
  @Field(() => String, { description: "Street line: number and street name." })
  line1!: string;

  @Field(() => String, { nullable: true, description: "Complement (building, staircase, floor); null when none." })
  line2!: string | null;

  @Field(() => String, { description: "Five-digit French postal code." })
  postalCode!: string;

  @Field(() => String, { description: "The commune's official spelling." })
  commune!: string;
}

@ObjectType({ description: "The legal entity a member holds for professional use (MEM-1)." })
export class LegalEntity {
  @Field(() => String, { description: "The registered company name." })
  companyName!: string;

  @Field(() => String, { description: "9-digit SIREN." })
  siren!: string;
}

@ObjectType({ implements: Node, description: "A Parnasse member (MEM-1)." })
export class Member extends Node {
  /** Database id: for loaders and authorization rules, never exposed. */
  rawId!: string;

  @Field(() => MemberStatus, { description: "MEM-2: where the member is in the membership life cycle." })
  status!: (typeof MEMBER_STATUSES)[number];

  @Field(() => String, { description: "Family name, as on the candidacy." })
  lastName!: string;

  @Field(() => String, { description: "Given name, as on the candidacy." })
  firstName!: string;

  @Field(() => DateScalar, { description: "Date of birth (YYYY-MM-DD); MEM-1 requires an adult." })
  birthDate!: string;

  @Field(() => String, { nullable: true, description: "Nationality as declared on the candidacy; null when not given." })
  nationality!: string | null;

  @Field(() => String, { description: "Contact and invoicing e-mail address (BIL-5), as given (trimmed)." })
  email!: string;

  @Field(() => String, { description: "E.164, e.g. +33612345678." })
  phone!: string;

  @Field(() => PostalAddress, { description: "MEM-1: the domicile, inside the coverage zone (ZON-1)." })
  postalAddress!: PostalAddress;

  @Field(() => LegalEntity, { nullable: true, description: "The legal entity held for professional use (« Option Intérieur Pro »); null for a private member." })
  legalEntity!: LegalEntity | null;

  @Field(() => Boolean, { description: "MEM-3: a former member in good standing, who may rejoin." })
  honorary!: boolean;

  @Field(() => Int, { description: "MEM-3: fee-free rejoins left (out of 2)." })
  freeRejoinsRemaining!: number;

  @Field(() => DateTimeScalar, { description: "When the member record was created (the candidacy was submitted)." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the member record last changed." })
  updatedAt!: Date;
}

@ObjectType({ implements: Node, description: "The person a member designated to act on their behalf (MEM-4)." })
export class Delegate extends Node {
  rawId!: string;
  memberRawId!: string;
  /** Who registered the designation (MEM-4): read by Delegate.registeredBy (audit-trail module); null on rows older than the column. */
  registeredByRawId!: string | null;

  @Field(() => String, { description: "The delegate's family name." })
  lastName!: string;

  @Field(() => String, { description: "The delegate's given name." })
  firstName!: string;

  @Field(() => String, { nullable: true, description: "The delegate's e-mail address; null when not given." })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "The delegate's phone number in E.164; null when not given." })
  phone!: string | null;

  @Field(() => DateTimeScalar, { description: "When the designation was registered." })
  since!: Date;

  @Field(() => DelegateNotificationChannel, { description: "MEM-4: how the Desk was notified (APP, EMAIL or PHONE)." })
  notifiedVia!: (typeof DELEGATE_NOTIFICATION_CHANNELS)[number];

  @Field(() => Role, { description: "MEM-4: the role of whoever registered the designation." })
  registeredByRole!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "Set once revoked or replaced." })
  revokedAt!: Date | null;
}

@ObjectType({ implements: Node, description: "A third-party payer (BIL-6)." })
export class Payer extends Node {
  rawId!: string;
  memberRawId!: string;

  @Field(() => PayerKind, { description: "BIL-6: a natural person or a legal entity." })
  kind!: (typeof PAYER_KINDS)[number];

  @Field(() => String, { description: "The payer's name as printed on the invoices they pay." })
  displayName!: string;

  @Field(() => String, { description: "Where the invoices the payer pays are sent (BIL-5)." })
  email!: string;

  @Field(() => String, { description: "The postal address printed on the invoices the payer pays." })
  billingAddress!: string;
}

@ObjectType({ implements: Node, description: "An Orange VIP desk staff member or a partner system account." })
export class StaffUser extends Node {
  rawId!: string;

  @Field(() => StaffRole, { description: "What the account may do (SPEC § 0)." })
  role!: (typeof STAFF_ROLES)[number];

  @Field(() => String, { description: "The name shown to members and in the audit trail." })
  displayName!: string;

  @Field(() => String, { description: "The staff member's work e-mail address." })
  email!: string;
}

@ObjectType({ description: "Who the caller is. Exactly one of member/payer/staff is set, by role." })
export class Viewer {
  @Field(() => Role, { description: "The caller's role, from their credentials (SPEC § 0)." })
  role!: (typeof ROLES)[number];

  @Field(() => Member, { nullable: true, description: "For MEMBER and DELEGATE: the member they act for." })
  member!: Member | null;

  @Field(() => Delegate, { nullable: true, description: "For DELEGATE: their own designation." })
  delegate!: Delegate | null;

  @Field(() => Payer, { nullable: true, description: "For PAYER: their payer profile (not the member's data)." })
  payer!: Payer | null;

  @Field(() => StaffUser, { nullable: true, description: "For staff roles and the concierge partner." })
  staff!: StaffUser | null;
}
