import { Field, Int, ObjectType } from "type-graphql";
import { MEMBER_STATUSES } from "../../../db/schema/members.js";
import { DELEGATE_NOTIFICATION_CHANNELS, PAYER_KINDS, STAFF_ROLES } from "../../../db/schema/people.js";
import { ROLES } from "../../authz/actor.js";
import { Node } from "../../shared/relay.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { graphqlEnum } from "../../shared/enums.js";

export const MemberStatus = graphqlEnum(MEMBER_STATUSES, { name: "MemberStatus", description: "MEM-2 membership states." });

export const PayerKind = graphqlEnum(PAYER_KINDS, { name: "PayerKind" });

export const StaffRole = graphqlEnum(STAFF_ROLES, { name: "StaffRole" });

export const DelegateNotificationChannel = graphqlEnum(DELEGATE_NOTIFICATION_CHANNELS, {
  name: "DelegateNotificationChannel",
  description: "MEM-4: how the Desk learnt of a delegate designation: in the app, by email or by phone.",
});

export const Role = graphqlEnum(ROLES, { name: "Role", description: "SPEC § 0 roles." });

@ObjectType({ description: "A postal address in France." })
export class PostalAddress {
  @Field(() => String)
  line1!: string;

  @Field(() => String, { nullable: true })
  line2!: string | null;

  @Field(() => String)
  postalCode!: string;

  @Field(() => String)
  commune!: string;
}

@ObjectType({ description: "The legal entity a member holds for professional use (MEM-1)." })
export class LegalEntity {
  @Field(() => String)
  companyName!: string;

  @Field(() => String, { description: "9-digit SIREN." })
  siren!: string;
}

@ObjectType({ implements: Node, description: "A Parnasse member (MEM-1)." })
export class Member extends Node {
  /** Database id: for loaders and authorization rules, never exposed. */
  rawId!: string;

  @Field(() => MemberStatus)
  status!: (typeof MEMBER_STATUSES)[number];

  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => String, { nullable: true })
  nationality!: string | null;

  @Field(() => String)
  email!: string;

  @Field(() => String, { description: "E.164, e.g. +33612345678." })
  phone!: string;

  @Field(() => PostalAddress)
  postalAddress!: PostalAddress;

  @Field(() => LegalEntity, { nullable: true })
  legalEntity!: LegalEntity | null;

  @Field(() => Boolean, { description: "MEM-3: a former member in good standing, who may rejoin." })
  honorary!: boolean;

  @Field(() => Int, { description: "MEM-3: fee-free rejoins left (out of 2)." })
  freeRejoinsRemaining!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@ObjectType({ implements: Node, description: "The person a member designated to act on their behalf (MEM-4)." })
export class Delegate extends Node {
  rawId!: string;
  memberRawId!: string;
  /** Who registered the designation (MEM-4): read by Delegate.registeredBy (audit-trail module); null on rows older than the column. */
  registeredByRawId!: string | null;

  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
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

  @Field(() => PayerKind)
  kind!: (typeof PAYER_KINDS)[number];

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  billingAddress!: string;
}

@ObjectType({ implements: Node, description: "An Orange VIP desk staff member or a partner system account." })
export class StaffUser extends Node {
  rawId!: string;

  @Field(() => StaffRole)
  role!: (typeof STAFF_ROLES)[number];

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;
}

@ObjectType({ description: "Who the caller is. Exactly one of member/payer/staff is set, by role." })
export class Viewer {
  @Field(() => Role)
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
