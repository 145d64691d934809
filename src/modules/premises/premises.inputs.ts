import { Field, ID, InputType } from "type-graphql";
import { MemberIdInput } from "../../shared/member-target.js";
import type { ADDRESS_KINDS, LINE_OFFERS, LINE_OPERATORS, LINE_TECHNOLOGIES } from "../../../db/schema/premises.js";
import { AddressKind, LineOffer, LineOperator, LineTechnology } from "./premises.types.js";

@InputType({ description: "ADR-1/ADR-2: a main address or an extra site, inside the coverage zone (ZON-2)." })
export class AddAddressInput extends MemberIdInput {
  @Field(() => AddressKind)
  kind!: (typeof ADDRESS_KINDS)[number];

  @Field(() => String, { nullable: true, description: "A name for the member, e.g. « Bureau » (60 characters at most)." })
  label?: string | null;

  @Field(() => String)
  line1!: string;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field(() => String)
  postalCode!: string;

  @Field(() => String)
  commune!: string;

  @Field(() => Boolean, { defaultValue: false, description: "OPT-1: eligible for fiber." })
  fiberEligible!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "OPT-1: eligible for ADSL." })
  adslEligible!: boolean;
}

@InputType()
export class RemoveAddressInput {
  @Field(() => ID, { description: "The address; its lines are removed with it." })
  addressId!: string;
}

@InputType({ description: "The desk records Orange's eligibility test. Fields left out are unchanged; at least one is required." })
export class UpdateAddressEligibilityInput {
  @Field(() => ID)
  addressId!: string;

  @Field(() => Boolean, { nullable: true })
  fiberEligible?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  adslEligible?: boolean | null;
}

@InputType({ description: "LIN-3: the person the subscription is in the name of." })
export class LineHolderInput {
  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  firstName!: string;
}

@InputType({ description: "LIN-1..3: an internet subscription at one of the member's addresses." })
export class AddInternetLineInput {
  @Field(() => ID, { description: "An active address of the member." })
  addressId!: string;

  @Field(() => LineOperator)
  operator!: (typeof LINE_OPERATORS)[number];

  @Field(() => LineOffer)
  offer!: (typeof LINE_OFFERS)[number];

  @Field(() => LineTechnology)
  technology!: (typeof LINE_TECHNOLOGIES)[number];

  @Field(() => String, { nullable: true, description: "Orange's line reference (ND or contract number), 40 characters at most." })
  reference?: string | null;

  @Field(() => LineHolderInput, { description: "LIN-3: must be the member." })
  holder!: LineHolderInput;
}

@InputType()
export class RemoveInternetLineInput {
  @Field(() => ID)
  lineId!: string;
}
