import { Field, ObjectType } from "type-graphql";
import { userErrorType } from "../../shared/user-errors.js";
import { deviceErrors, vipLineErrors } from "./devices.errors.js";
import { Device, VipLine } from "./devices.types.js";

export const { ModuleUserError: DeviceUserError, toUserErrors: toDeviceUserErrors } = userErrorType("Device", deviceErrors);
type DeviceUserError = InstanceType<typeof DeviceUserError>;
export const { ModuleUserError: VipLineUserError, toUserErrors: toVipLineUserErrors } = userErrorType("VipLine", vipLineErrors);
type VipLineUserError = InstanceType<typeof VipLineUserError>;

@ObjectType()
export class DesignateDevicePayload {
  @Field(() => Device, { nullable: true, description: "The designated device; null when refused." })
  device!: Device | null;

  @Field(() => [DeviceUserError])
  userErrors!: DeviceUserError[];
}

@ObjectType()
export class ActivateDevicePayload {
  @Field(() => Device, { nullable: true, description: "The device, now ACTIVE; null when refused." })
  device!: Device | null;

  @Field(() => [DeviceUserError])
  userErrors!: DeviceUserError[];
}

@ObjectType()
export class RemoveDevicePayload {
  @Field(() => Device, { nullable: true, description: "The removed device (removedAt set); null when refused." })
  device!: Device | null;

  @Field(() => [DeviceUserError])
  userErrors!: DeviceUserError[];
}

@ObjectType()
export class DeclareVipLinePayload {
  /** `orangeVip` (SVC-3 hours, for information) is a field resolver: computed only when asked. */
  @Field(() => VipLine, { nullable: true, description: "The declared line; null when refused." })
  vipLine!: VipLine | null;

  @Field(() => [VipLineUserError])
  userErrors!: VipLineUserError[];
}

@ObjectType()
export class WithdrawVipLinePayload {
  @Field(() => VipLine, { nullable: true, description: "The withdrawn line; null when refused." })
  vipLine!: VipLine | null;

  @Field(() => [VipLineUserError])
  userErrors!: VipLineUserError[];
}
