import { Field, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { ADDRESS_KINDS, LINE_OFFERS, LINE_OPERATORS, LINE_TECHNOLOGIES } from "../../../db/schema/premises.js";
import { Node } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { LINE_INELIGIBILITY_REASONS } from "./premises.rules.js";

export const AddressKind = graphqlEnum(ADDRESS_KINDS, {
  name: "AddressKind",
  description: "ADR-1: the main address covered by the option; ADR-2: an extra site (« Site supplémentaire »).",
});

export const LineOperator = graphqlEnum(LINE_OPERATORS, { name: "LineOperator", description: "LIN-2: a third-party operator's line is never eligible." });

export const LineOffer = graphqlEnum(LINE_OFFERS, {
  name: "LineOffer",
  description: "LIN-1: RESIDENTIAL_INTERNET and PRO_INTERNET are eligible; the others are LIN-2 incompatible offers.",
});

export const LineTechnology = graphqlEnum(LINE_TECHNOLOGIES, { name: "LineTechnology", description: "LIN-1: ADSL, VDSL, FIBER; ROUTER_4G is not eligible." });

export const LineIneligibilityReason = graphqlEnum(LINE_INELIGIBILITY_REASONS, { name: "LineIneligibilityReason", description: "LIN-2: why a line never counts for the option." });

@ObjectType({ implements: Node, description: "A member's address: the main one (ADR-1) or an extra site (ADR-2), inside the zone (ZON-2)." })
export class Address extends Node {
  /** Database ids: for loaders and authorization rules, never exposed. */
  rawId!: string;
  memberRawId!: string;

  @Field(() => AddressKind)
  kind!: (typeof ADDRESS_KINDS)[number];

  @Field(() => String, { nullable: true, description: "A name for the member, e.g. « Bureau »." })
  label!: string | null;

  @Field(() => String)
  line1!: string;

  @Field(() => String, { nullable: true })
  line2!: string | null;

  @Field(() => String)
  postalCode!: string;

  @Field(() => String, { description: "The commune's official spelling." })
  commune!: string;

  @Field(() => Boolean, { description: "OPT-1: eligible for fiber (Orange's eligibility test)." })
  fiberEligible!: boolean;

  @Field(() => Boolean, { description: "OPT-1: eligible for ADSL (Orange's eligibility test)." })
  adslEligible!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "Set once the address was removed; removed addresses are not listed." })
  removedAt!: Date | null;
}

@ObjectType({ implements: Node, description: "An internet subscription at an address (LIN-1..3)." })
export class InternetLine extends Node {
  rawId!: string;
  memberRawId!: string;
  addressRawId!: string;

  @Field(() => LineOperator)
  operator!: (typeof LINE_OPERATORS)[number];

  @Field(() => LineOffer)
  offer!: (typeof LINE_OFFERS)[number];

  @Field(() => LineTechnology)
  technology!: (typeof LINE_TECHNOLOGIES)[number];

  @Field(() => String, { nullable: true, description: "Orange's line reference (ND or contract number)." })
  reference!: string | null;

  @Field(() => Boolean, { description: "LIN-2: whether the line counts for the option (OPT-1, OPT-3)." })
  eligible!: boolean;

  @Field(() => LineIneligibilityReason, { nullable: true, description: "LIN-2: why it does not count; null when eligible." })
  ineligibilityReason!: (typeof LINE_INELIGIBILITY_REASONS)[number] | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "Set once the line was removed." })
  removedAt!: Date | null;
}

@ObjectType({ description: "How much of a limit is used." })
export class Quota {
  @Field(() => Int)
  used!: number;

  @Field(() => Int)
  limit!: number;

  @Field(() => Int, { description: "limit − used, never below 0." })
  remaining!: number;
}

@ObjectType({ description: "LIN-3: internet subscriptions at one address." })
export class AddressLinesQuota extends Quota {
  memberRawId!: string;

  @Field(() => Address)
  address!: Address;
}

/**
 * A member's limits. Each module adds its own quota as a field resolver on this type
 * (`@Resolver(() => MemberQuotas)`), reading `memberRawId`; premises adds extra sites and lines.
 */
@ObjectType({ description: "A member's limits: what is used out of what is allowed." })
export class MemberQuotas {
  memberRawId!: string;
}
