import { Field, ID, InputType } from "type-graphql";
import { MemberIdInput } from "../../shared/member-target.js";
import type { DEVICE_KINDS, DEVICE_OSES, MOBILE_OPERATORS, VIP_PLAN_TYPES } from "../../../db/schema/devices.js";
import { DeviceKind, DeviceOs, MobileOperator, VipPlanType } from "./devices.types.js";

@InputType({ description: "DEV-1/DEV-2: designate a device for protection." })
export class DesignateDeviceInput extends MemberIdInput {
  @Field(() => String, { description: "A name the member recognises, e.g. « iPhone de Jeanne » (60 characters at most)." })
  name!: string;

  @Field(() => DeviceKind, { description: "Phone, tablet or computer." })
  kind!: (typeof DEVICE_KINDS)[number];

  @Field(() => DeviceOs, { description: "The device's operating system." })
  os!: (typeof DEVICE_OSES)[number];

  @Field(() => Boolean, { description: "DEV-2: the device has internet connectivity (the coach may confirm it at activation)." })
  hasInternetConnectivity!: boolean;
}

@InputType({ description: "DEV-2: the member's coach activates a designated device." })
export class ActivateDeviceInput {
  @Field(() => ID, { description: "The Device's ID; it must be DESIGNATED." })
  deviceId!: string;

  @Field(() => Boolean, { nullable: true, description: "DEV-2: the coach's own check of connectivity; left out, the member's declaration stands." })
  hasInternetConnectivity?: boolean | null;
}

@InputType({ description: "DEV-3: remove a device; its slot is free again." })
export class RemoveDeviceInput {
  @Field(() => ID, { description: "The Device's ID." })
  deviceId!: string;
}

@InputType({ description: "SVC-3: the person the mobile line is in the name of." })
export class VipLineHolderInput {
  @Field(() => String, { description: "The holder's last name (100 characters at most)." })
  lastName!: string;

  @Field(() => String, { description: "The holder's first name (100 characters at most)." })
  firstName!: string;
}

@InputType({ description: "SVC-3: the coach records a mobile line the member declared to them." })
export class DeclareVipLineInput {
  @Field(() => ID, { description: "A member you coach." })
  memberId!: string;

  @Field(() => String, { description: "A French mobile number: 06…, 07… or +33…" })
  phoneNumber!: string;

  @Field(() => MobileOperator, { description: "SVC-3: the line's operator; only ORANGE is accepted." })
  operator!: (typeof MOBILE_OPERATORS)[number];

  @Field(() => VipPlanType, { description: "SVC-3: the line's plan; only ORANGE_PLAN and ORANGE_OPEN are accepted." })
  planType!: (typeof VIP_PLAN_TYPES)[number];

  @Field(() => VipLineHolderInput, { description: "SVC-3: must be the member." })
  holder!: VipLineHolderInput;
}

@InputType({ description: "SVC-3: the member's coach withdraws a declared line; it no longer gets Orange VIP." })
export class WithdrawVipLineInput {
  @Field(() => ID, { description: "The VipLine's ID." })
  vipLineId!: string;
}
