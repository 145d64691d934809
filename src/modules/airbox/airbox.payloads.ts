import { Field, ObjectType } from "type-graphql";
import { userErrorType } from "../../shared/user-errors.js";
import { airboxErrors } from "./airbox.errors.js";
import { Airbox, AirboxIncident, AirboxRepair } from "./airbox.types.js";

export const { ModuleUserError: AirboxUserError, toUserErrors } = userErrorType("Airbox", airboxErrors);
type AirboxUserError = InstanceType<typeof AirboxUserError>;

@ObjectType()
export class AirboxPayload {
  @Field(() => Airbox, { nullable: true, description: "The Airbox after the change; null when refused." })
  airbox!: Airbox | null;

  @Field(() => [AirboxUserError])
  userErrors!: AirboxUserError[];
}

@ObjectType()
export class AirboxIncidentPayload {
  @Field(() => AirboxIncident, { nullable: true, description: "The incident after the change; null when refused." })
  incident!: AirboxIncident | null;

  @Field(() => [AirboxUserError])
  userErrors!: AirboxUserError[];
}

@ObjectType()
export class AirboxRepairPayload {
  @Field(() => AirboxRepair, { nullable: true, description: "The repair after the change; null when refused." })
  repair!: AirboxRepair | null;

  @Field(() => [AirboxUserError])
  userErrors!: AirboxUserError[];
}
