import { Field, ID, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { CONCIERGE_LANGUAGES, CONCIERGE_STATUSES } from "../../../db/schema/concierge.js";
import { Node } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";

export const ConciergeStatus = graphqlEnum(CONCIERGE_STATUSES, {
  name: "ConciergeStatus",
  description: "CON-6: SUBMITTED → ACCEPTED → PROPOSED → BOOKED → COMPLETED; CANCELLED (member side, before BOOKED) and REJECTED (partner) carry a reason.",
  values: {
    SUBMITTED: "Submitted by the member's side; the partner has not answered yet.",
    ACCEPTED: "The concierge partner took the request on.",
    PROPOSED: "The partner proposed a provider or an option to the member.",
    BOOKED: "Booked with the provider; the member pays the provider directly (CON-3) and can no longer cancel.",
    COMPLETED: "Done (final).",
    CANCELLED: "Cancelled by the member's side before BOOKED, with a reason (final).",
    REJECTED: "Rejected by the partner before BOOKED, with a reason (final).",
  },
});
export type ConciergeStatusValue = (typeof CONCIERGE_STATUSES)[number];

export const PARTNER_STATUS_CHANGES = ["ACCEPTED", "PROPOSED", "BOOKED", "COMPLETED", "REJECTED"] as const;
export const ConciergePartnerStatus = graphqlEnum(PARTNER_STATUS_CHANGES, {
  name: "ConciergePartnerStatus",
  description: "CON-6: the statuses the concierge partner sets.",
  values: {
    ACCEPTED: "Take on a SUBMITTED request.",
    PROPOSED: "Propose to the member, from ACCEPTED.",
    BOOKED: "Booked with the provider, from PROPOSED.",
    COMPLETED: "Done, from BOOKED.",
    REJECTED: "Reject, before BOOKED; the note (the reason) is required.",
  },
});

export const ConciergeLanguage = graphqlEnum(CONCIERGE_LANGUAGES, {
  name: "ConciergeLanguage",
  description: "CON-5: the language the member prefers to be contacted in.",
  values: { fr: "French.", en: "English." },
});

export const CONCIERGE_SCOPES = ["SEARCH_AND_CONNECTION"] as const;
export const ConciergeScope = graphqlEnum(CONCIERGE_SCOPES, {
  name: "ConciergeScope",
  description:
    "CON-3: what Parnasse provides: the search and the connection with providers only. Whatever is booked is paid by the member to the provider; Parnasse never bills or guarantees provider amounts.",
  values: { SEARCH_AND_CONNECTION: "CON-3: the search and the connection with providers, nothing more." },
});

export const ACTOR_ROLES = ["MEMBER", "DELEGATE", "DESK_AGENT", "CONCIERGE_PARTNER"] as const;
export const ConciergeActorRole = graphqlEnum(ACTOR_ROLES, {
  name: "ConciergeActorRole",
  description: "Who made a concierge change.",
  values: {
    MEMBER: "The member.",
    DELEGATE: "The member's delegate, on the member's behalf (MEM-4).",
    DESK_AGENT: "A desk agent, for the member.",
    CONCIERGE_PARTNER: "La Conciergerie John Paul.",
  },
});

@ObjectType({ description: "CON-1/CON-2: a category of the concierge's predetermined list of services." })
export class ConciergeCategory {
  @Field(() => String, { description: "e.g. RESTAURANT, EVENTS." })
  code!: string;

  @Field(() => String, { description: "In the caller's language." })
  label!: string;

  @Field(() => Boolean, { description: "CON-1: included in the membership; false: needs the Privilège option (CON-2)." })
  included!: boolean;

  @Field(() => Int, { description: "The category's rank in the list (categories are listed by position, then code)." })
  position!: number;
}

@ObjectType({ description: "CON-6: one status change of a request: when, and who made it." })
export class ConciergeStatusChange {
  @Field(() => ConciergeStatus, { nullable: true, description: "Null for the submission." })
  from!: (typeof CONCIERGE_STATUSES)[number] | null;

  @Field(() => ConciergeStatus, { description: "The status the request moved to." })
  to!: (typeof CONCIERGE_STATUSES)[number];

  @Field(() => String, { nullable: true, description: "Reason (CANCELLED, REJECTED) or the partner's note." })
  reason!: string | null;

  @Field(() => DateTimeScalar, { description: "When the change was made." })
  at!: Date;

  @Field(() => ConciergeActorRole, { description: "MEMBER, DELEGATE (on the member's behalf), DESK_AGENT or CONCIERGE_PARTNER." })
  byRole!: (typeof ACTOR_ROLES)[number];
}

/** The fields a request shows both to the member's side and to the concierge partner (CON-5); no SDL type of its own. */
@ObjectType()
abstract class ConciergeRequestFields {
  rawId!: string;
  memberRawId!: string;
  categoryCode!: string;

  @Field(() => String, { description: "What the member asks for." })
  content!: string;

  @Field(() => ConciergeStatus, { description: "CON-6: where the request stands." })
  status!: (typeof CONCIERGE_STATUSES)[number];

  @Field(() => String, { nullable: true, description: "CON-6: reason of the cancellation or rejection, or the partner's last note." })
  statusReason!: string | null;

  @Field(() => String, { nullable: true, description: "CON-4: the number to call back (E.164); null when no callback was asked." })
  callbackPhone!: string | null;

  @Field(() => ConciergeLanguage, { description: "CON-5: the language the member prefers to be contacted in." })
  preferredLanguage!: (typeof CONCIERGE_LANGUAGES)[number];

  @Field(() => DateTimeScalar, { description: "When the request was submitted." })
  submittedAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the request last changed status (the submission time until then)." })
  updatedAt!: Date;
}

/** `id` comes from the Node interface it implements. */
@ObjectType({ implements: Node, description: "A concierge request, as the member, the delegate and the desk see it (CON-1..6)." })
export class ConciergeRequest extends ConciergeRequestFields implements Node {
  id!: string;
  /** Who submitted it (AUT-4): read by ConciergeRequest.submittedBy (audit-trail module); never on the partner's view. */
  submittedByRawId!: string;

  @Field(() => Boolean, { description: "CON-4: the member asked to be called back." })
  callbackRequested!: boolean;

  @Field(() => Boolean, { description: "CON-2: the category needed the Privilège option when the request was made." })
  privilegeRequired!: boolean;

  @Field(() => ConciergeScope, { description: "CON-3: search and connection only; the member pays the provider directly." })
  scope!: (typeof CONCIERGE_SCOPES)[number];

  @Field(() => ConciergeActorRole, { description: "MEM-4: a delegate's request is the member's request, billed to the member." })
  submittedByRole!: (typeof ACTOR_ROLES)[number];
}

/**
 * CON-5: the concierge partner's view of a request. Only what it needs to handle it: the request,
 * its category, the member's first and last name, the callback phone and the preferred language.
 * Deliberately a separate type, not linked to Member and not a Node: nothing else of the member
 * is reachable from here.
 */
@ObjectType({ description: "CON-5: a request as La Conciergerie John Paul sees it." })
export class PartnerConciergeRequest extends ConciergeRequestFields {
  @Field(() => ID, { description: "The request's global ID, for updateConciergeRequestStatus." })
  id!: string;

  @Field(() => String, { description: "CON-5: the member's first name." })
  memberFirstName!: string;

  @Field(() => String, { description: "CON-5: the member's last name." })
  memberLastName!: string;
}

export const PRIVILEGE_STATUSES = ["ACTIVE", "CANCELLATION_PENDING", "ENDED"] as const;
export const ConciergePrivilegeStatus = graphqlEnum(PRIVILEGE_STATUSES, {
  name: "ConciergePrivilegeStatus",
  description: "CON-2: where the « Privilège » subscription stands.",
  values: {
    ACTIVE: "In force, no cancellation asked.",
    CANCELLATION_PENDING: "Cancelled, in force until endsAt (the first day of the next month); subscribing again withdraws the cancellation.",
    ENDED: "No longer in force (endsAt is past).",
  },
});

@ObjectType({ implements: Node, description: "CON-2: the « Privilège » option, paid monthly." })
export class ConciergePrivilege extends Node {
  rawId!: string;
  memberRawId!: string;

  @Field(() => ConciergePrivilegeStatus, { description: "At the time of the request." })
  status!: (typeof PRIVILEGE_STATUSES)[number];

  @Field(() => DateTimeScalar, { description: "When the option was subscribed." })
  startedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the cancellation was asked; null while no cancellation is pending or done." })
  cancelledAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "The first day of the month after the cancellation, Paris time: the started month is due (BIL-2)." })
  endsAt!: Date | null;
}
