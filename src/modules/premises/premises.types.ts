import { Field, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { ADDRESS_KINDS, LINE_OFFERS, LINE_OPERATORS, LINE_TECHNOLOGIES } from "../../../db/schema/premises.js";
import { Node } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { LINE_INELIGIBILITY_REASONS } from "./premises.rules.js";

export const AddressKind = graphqlEnum(ADDRESS_KINDS, {
  name: "AddressKind",
  description: "ADR-1: the main address covered by the option; ADR-2: an extra site (« Site supplémentaire »).",
  valuesConfig: {
    MAIN: { description: "ADR-1: the one address covered by the option." },
    EXTRA_SITE: { description: "ADR-2: a « Site supplémentaire », billed monthly (at most 5)." },
  },
});

export const LineOperator = graphqlEnum(LINE_OPERATORS, {
  name: "LineOperator",
  description: "LIN-2: a third-party operator's line is never eligible.",
  valuesConfig: {
    ORANGE: { description: "An Orange line: eligible when its offer and technology are (LIN-1)." },
    THIRD_PARTY: { description: "LIN-2: another operator's line: recorded, never eligible." },
  },
});

export const LineOffer = graphqlEnum(LINE_OFFERS, {
  name: "LineOffer",
  description: "LIN-1: RESIDENTIAL_INTERNET and PRO_INTERNET are eligible; the others are LIN-2 incompatible offers.",
  valuesConfig: {
    RESIDENTIAL_INTERNET: { description: "LIN-1: Orange residential internet: eligible." },
    PRO_INTERNET: { description: "LIN-1: Orange Pro internet: eligible." },
    FIXED_ONLY: { description: "LIN-2: fixed-line only: incompatible." },
    FIXED_PABX: { description: "LIN-2: fixed PABX: incompatible." },
    CONNECT_PRO: { description: "LIN-2: Connect Pro: incompatible." },
    MULTI_LINE: { description: "LIN-2: multi-line: incompatible." },
    PRO_OFFICE: { description: "LIN-2: Pro Office: incompatible." },
  },
});

export const LineTechnology = graphqlEnum(LINE_TECHNOLOGIES, {
  name: "LineTechnology",
  description: "LIN-1: ADSL, VDSL, FIBER; ROUTER_4G is not eligible.",
  valuesConfig: {
    ADSL: { description: "LIN-1: ADSL: eligible." },
    VDSL: { description: "LIN-1: VDSL: eligible." },
    FIBER: { description: "LIN-1: fiber: eligible." },
    ROUTER_4G: { description: "A 4G router: in intervention scope (INT-5) but not an eligible line." },
  },
});

export const LineIneligibilityReason = graphqlEnum(LINE_INELIGIBILITY_REASONS, {
  name: "LineIneligibilityReason",
  description: "LIN-2: why a line never counts for the option.",
  valuesConfig: {
    THIRD_PARTY_OPERATOR: { description: "LIN-2: the line is another operator's." },
    INCOMPATIBLE_OFFER: { description: "LIN-2: the offer is one of the incompatible ones." },
    INELIGIBLE_TECHNOLOGY: { description: "LIN-1: the technology is ROUTER_4G." },
  },
});

@ObjectType({ implements: Node, description: "A member's address: the main one (ADR-1) or an extra site (ADR-2), inside the zone (ZON-2)." })
export class Address extends Node {
  /** Database ids: for loaders and authorization rules, never exposed. */
  rawId!: string;
  memberRawId!: string;

  @Field(() => AddressKind, { description: "ADR-1: the main address, or ADR-2: an extra site." })
  kind!: (typeof ADDRESS_KINDS)[number];

  @Field(() => String, { nullable: true, description: "A name for the member, e.g. « Bureau »." })
  label!: string | null;

  @Field(() => String, { description: "Street line: number and street name." })
  line1!: string;

  @Field(() => String, { nullable: true, description: "Complement (building, staircase, floor); null when none." })
  line2!: string | null;

  @Field(() => String, { description: "Five-digit French postal code, inside the zone (ZON-1)." })
  postalCode!: string;

  @Field(() => String, { description: "The commune's official spelling." })
  commune!: string;

  @Field(() => Boolean, { description: "OPT-1: eligible for fiber (Orange's eligibility test)." })
  fiberEligible!: boolean;

  @Field(() => Boolean, { description: "OPT-1: eligible for ADSL (Orange's eligibility test)." })
  adslEligible!: boolean;

  @Field(() => DateTimeScalar, { description: "When the address was declared." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "Set once the address was removed; removed addresses are not listed." })
  removedAt!: Date | null;
}

@ObjectType({ implements: Node, description: "An internet subscription at an address (LIN-1..3)." })
export class InternetLine extends Node {
  rawId!: string;
  memberRawId!: string;
  addressRawId!: string;

  @Field(() => LineOperator, { description: "LIN-2: Orange, or a third-party operator (never eligible)." })
  operator!: (typeof LINE_OPERATORS)[number];

  @Field(() => LineOffer, { description: "LIN-1/LIN-2: the subscribed offer; only RESIDENTIAL_INTERNET and PRO_INTERNET can be eligible." })
  offer!: (typeof LINE_OFFERS)[number];

  @Field(() => LineTechnology, { description: "LIN-1: the access technology; ROUTER_4G is not eligible." })
  technology!: (typeof LINE_TECHNOLOGIES)[number];

  @Field(() => String, { nullable: true, description: "Orange's line reference (ND or contract number)." })
  reference!: string | null;

  @Field(() => Boolean, { description: "LIN-2: whether the line counts for the option (OPT-1, OPT-3)." })
  eligible!: boolean;

  @Field(() => LineIneligibilityReason, { nullable: true, description: "LIN-2: why it does not count; null when eligible." })
  ineligibilityReason!: (typeof LINE_INELIGIBILITY_REASONS)[number] | null;

  @Field(() => DateTimeScalar, { description: "When the line was recorded." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "Set once the line was removed." })
  removedAt!: Date | null;
}

@ObjectType({ description: "How much of a limit is used." })
export class Quota {
  @Field(() => Int, { description: "How much of the limit is used now." })
  used!: number;

  @Field(() => Int, { description: "The most allowed." })
  limit!: number;

  @Field(() => Int, { description: "limit − used, never below 0." })
  remaining!: number;
}

@ObjectType({ description: "LIN-3: internet subscriptions at one address." })
export class AddressLinesQuota extends Quota {
  memberRawId!: string;

  @Field(() => Address, { description: "The address these subscriptions are at." })
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
