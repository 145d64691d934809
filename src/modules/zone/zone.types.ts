import { Field, ObjectType } from "type-graphql";
import { userErrorType } from "../../shared/user-errors.js";
import { zoneErrors } from "./zone.errors.js";

export const { ModuleUserError: ZoneUserError, toUserErrors: toZoneUserErrors } = userErrorType(
  "Zone",
  zoneErrors,
  "Why a place is outside the coverage zone (ZON-1): `code` names the reason, `rule` the SPEC rule.",
);
export type ZoneUserError = InstanceType<typeof ZoneUserError>;

@ObjectType({ description: "ZON-1: whether a place is inside the coverage zone." })
export class CoverageEligibility {
  @Field(() => Boolean, { description: "ZON-1: true when the postal code and commune are inside the coverage zone, so the person may apply (MEM-1)." })
  eligible!: boolean;

  @Field(() => String, { description: "The postal code checked, trimmed (five digits when recognised)." })
  postalCode!: string;

  @Field(() => String, { description: "The commune's official spelling when it was recognised, else as given." })
  commune!: string;

  @Field(() => [ZoneUserError], { description: "Why the place is not eligible (empty when eligible)." })
  reasons!: ZoneUserError[];
}
