import { Field, ObjectType } from "type-graphql";
import { userErrorType } from "../../shared/user-errors.js";
import { premisesErrors } from "./premises.errors.js";
import { Address, InternetLine } from "./premises.types.js";

export const { ModuleUserError: PremisesUserError, toUserErrors } = userErrorType("Premises", premisesErrors);
type PremisesUserError = InstanceType<typeof PremisesUserError>;

@ObjectType()
export class AddAddressPayload {
  @Field(() => Address, { nullable: true, description: "The new address; null when refused." })
  address!: Address | null;

  @Field(() => [PremisesUserError])
  userErrors!: PremisesUserError[];
}

@ObjectType()
export class RemoveAddressPayload {
  @Field(() => Address, { nullable: true, description: "The removed address (removedAt set); null when refused." })
  address!: Address | null;

  @Field(() => [InternetLine], { description: "The lines removed with it." })
  removedLines!: InternetLine[];

  @Field(() => Boolean, { description: "OPT-3: the option ended in this change (no eligible line left)." })
  optionEnded!: boolean;

  @Field(() => [PremisesUserError])
  userErrors!: PremisesUserError[];
}

@ObjectType()
export class UpdateAddressEligibilityPayload {
  @Field(() => Address, { nullable: true, description: "The address after the change; null when refused." })
  address!: Address | null;

  @Field(() => [PremisesUserError])
  userErrors!: PremisesUserError[];
}

@ObjectType()
export class AddInternetLinePayload {
  @Field(() => InternetLine, { nullable: true, description: "The new line (see `eligible`, LIN-2); null when refused." })
  line!: InternetLine | null;

  @Field(() => [PremisesUserError])
  userErrors!: PremisesUserError[];
}

@ObjectType()
export class RemoveInternetLinePayload {
  @Field(() => InternetLine, { nullable: true, description: "The removed line (removedAt set); null when refused." })
  line!: InternetLine | null;

  @Field(() => Boolean, { description: "OPT-3: the option ended in this change (it was the last eligible line)." })
  optionEnded!: boolean;

  @Field(() => [PremisesUserError])
  userErrors!: PremisesUserError[];
}
