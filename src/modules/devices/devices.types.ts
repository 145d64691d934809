import { Field, ID, ObjectType } from "type-graphql";
import type { MEMBER_STATUSES } from "../../../db/schema/members.js";
import { DEVICE_KINDS, DEVICE_OSES, DEVICE_STATES, ELIGIBLE_VIP_PLAN_TYPES, MOBILE_OPERATORS, VIP_PLAN_TYPES } from "../../../db/schema/devices.js";
import { Node } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { MemberStatus } from "../members/index.js";
import { graphqlEnum } from "../../shared/enums.js";

export const DeviceKind = graphqlEnum(DEVICE_KINDS, { name: "DeviceKind", description: "DEV-1: any kind of device: phone, tablet or computer." });

export const DeviceOs = graphqlEnum(DEVICE_OSES, { name: "DeviceOs", description: "DEV-1: any operating system." });

export const DeviceState = graphqlEnum(DEVICE_STATES, { name: "DeviceState", description: "DEV-2: DESIGNATED by the member, then ACTIVE once the coach activated it." });

export const MobileOperator = graphqlEnum(MOBILE_OPERATORS, { name: "MobileOperator", description: "SVC-3: only Orange lines get Orange VIP." });

export const VipPlanType = graphqlEnum(VIP_PLAN_TYPES, {
  name: "VipPlanType",
  description:
    "SVC-3: ORANGE_PLAN (forfait Orange) and ORANGE_OPEN (Open) are accepted; SOSH, MOBICARTE, LOCKED_PLAN (forfait bloqué) and PRO_PLAN (not a consumer line) are refused.",
});

@ObjectType({ implements: Node, description: "DEV-1..3: a device designated for Bitdefender protection, holding one of the member's 20 slots." })
export class Device extends Node {
  /** Database ids: for loaders and authorization rules, never exposed. */
  rawId!: string;
  memberRawId!: string;
  activatedByRawId!: string | null;
  /** Who designated it (AUT-4): read by Device.designatedBy (audit-trail module). */
  designatedByRole!: string;
  designatedByRawId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => DeviceKind)
  kind!: (typeof DEVICE_KINDS)[number];

  @Field(() => DeviceOs)
  os!: (typeof DEVICE_OSES)[number];

  @Field(() => DeviceState)
  state!: (typeof DEVICE_STATES)[number];

  @Field(() => Boolean, { description: "DEV-2: the device has internet connectivity (needed to activate it)." })
  hasInternetConnectivity!: boolean;

  @Field(() => DateTimeScalar)
  designatedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "DEV-2: when the coach activated it." })
  activatedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "DEV-3: set once removed; the slot is free again. Removed devices are not listed." })
  removedAt!: Date | null;
}

@ObjectType({ implements: Node, description: "SVC-3: an Orange consumer mobile line in the member's name, declared to their coach for Orange VIP." })
export class VipLine extends Node {
  rawId!: string;
  memberRawId!: string;

  @Field(() => String, { description: "E.164, e.g. +33612345678." })
  phoneNumber!: string;

  @Field(() => VipPlanType)
  planType!: (typeof ELIGIBLE_VIP_PLAN_TYPES)[number];

  @Field(() => DateTimeScalar, { description: "When the coach recorded the declaration." })
  declaredAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "Set once withdrawn; withdrawn lines are not listed." })
  withdrawnAt!: Date | null;
}

@ObjectType({ description: "A member as their coach sees them (SVC-2): enough to activate devices and record VIP lines, nothing more." })
export class CoachedMember {
  memberRawId!: string;

  @Field(() => ID, { description: "The member's global id, to pass as `memberId`." })
  memberId!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => MemberStatus)
  status!: (typeof MEMBER_STATUSES)[number];

  @Field(() => Boolean, { description: "SVC-2: you coach this member as the substitute, not as the assigned coach." })
  asSubstitute!: boolean;
}
