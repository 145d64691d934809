import { Field, ID, InputType } from "type-graphql";
import { MemberIdInput } from "../../shared/member-target.js";
import type { ADDRESS_KINDS, LINE_OFFERS, LINE_OPERATORS, LINE_TECHNOLOGIES } from "../../../db/schema/premises.js";
import { AddressKind, LineOffer, LineOperator, LineTechnology } from "./premises.types.js";

@InputType({ description: "ADR-1/ADR-2: a main address or an extra site, inside the coverage zone (ZON-2)." })
export class AddAddressInput extends MemberIdInput {
  @Field(() => AddressKind, { description: "MAIN (one only, ADR-1) or EXTRA_SITE (at most 5, ADR-2, billed monthly)." })
  kind!: (typeof ADDRESS_KINDS)[number];

  @Field(() => String, { nullable: true, description: "A name for the member, e.g. « Bureau » (60 characters at most)." })
  label?: string | null;

  @Field(() => String, { description: "Street line: number and street name (required)." })
  line1!: string;

  @Field(() => String, { nullable: true, description: "Complement (building, staircase, floor); optional." })
  line2?: string | null;

  @Field(() => String, { description: "Five-digit French postal code; the address must be inside the zone (ZON-2)." })
  postalCode!: string;

  @Field(() => String, { description: "The commune's name; any case and accents; must belong to the postal code." })
  commune!: string;

  @Field(() => Boolean, { defaultValue: false, description: "OPT-1: eligible for fiber." })
  fiberEligible!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "OPT-1: eligible for ADSL." })
  adslEligible!: boolean;
}

@InputType({ description: "ADR-1/ADR-2: remove an address; its internet lines go with it (which may end the option, OPT-3)." })
export class RemoveAddressInput {
  @Field(() => ID, { description: "The address; its lines are removed with it." })
  addressId!: string;
}

@InputType({ description: "The desk records Orange's eligibility test. Fields left out are unchanged; at least one is required." })
export class UpdateAddressEligibilityInput {
  @Field(() => ID, { description: "The global ID of the Address tested." })
  addressId!: string;

  @Field(() => Boolean, { nullable: true, description: "OPT-1: the fiber eligibility result." })
  fiberEligible?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "OPT-1: the ADSL eligibility result." })
  adslEligible?: boolean | null;
}

@InputType({ description: "LIN-3: the person the subscription is in the name of." })
export class LineHolderInput {
  @Field(() => String, { description: "The holder's family name; must match the member's (LIN-3)." })
  lastName!: string;

  @Field(() => String, { description: "The holder's given name; must match the member's (LIN-3)." })
  firstName!: string;
}

@InputType({ description: "LIN-1..3: an internet subscription at one of the member's addresses." })
export class AddInternetLineInput {
  @Field(() => ID, { description: "An active address of the member." })
  addressId!: string;

  @Field(() => LineOperator, { description: "LIN-2: Orange or a third party (recorded but never eligible)." })
  operator!: (typeof LINE_OPERATORS)[number];

  @Field(() => LineOffer, { description: "LIN-1/LIN-2: the subscribed offer." })
  offer!: (typeof LINE_OFFERS)[number];

  @Field(() => LineTechnology, { description: "LIN-1: the access technology." })
  technology!: (typeof LINE_TECHNOLOGIES)[number];

  @Field(() => String, { nullable: true, description: "Orange's line reference (ND or contract number), 40 characters at most." })
  reference?: string | null;

  @Field(() => LineHolderInput, { description: "LIN-3: must be the member." })
  holder!: LineHolderInput;
}

@InputType({ description: "Remove an internet line; removing the last eligible one ends the option (OPT-3)." })
export class RemoveInternetLineInput {
  @Field(() => ID, { description: "The global ID of the InternetLine to remove." })
  lineId!: string;
}
