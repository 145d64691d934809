import { Field, ID, ObjectType } from "type-graphql";
import type { MEMBER_STATUSES } from "../../../db/schema/members.js";
import { DEVICE_KINDS, DEVICE_OSES, DEVICE_STATES, ELIGIBLE_VIP_PLAN_TYPES, MOBILE_OPERATORS, VIP_PLAN_TYPES } from "../../../db/schema/devices.js";
import { Node } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { MemberStatus } from "../members/index.js";
import { graphqlEnum } from "../../shared/enums.js";

export const DeviceKind = graphqlEnum(DEVICE_KINDS, {
  name: "DeviceKind",
  description: "DEV-1: any kind of device: phone, tablet or computer.",
  values: { PHONE: "A smartphone.", TABLET: "A tablet.", COMPUTER: "A desktop or laptop computer." },
});

export const DeviceOs = graphqlEnum(DEVICE_OSES, {
  name: "DeviceOs",
  description: "DEV-1: any operating system.",
  values: {
    ANDROID: "Android.",
    IOS: "iOS (iPhone).",
    IPADOS: "iPadOS (iPad).",
    WINDOWS: "Microsoft Windows.",
    MACOS: "macOS.",
    LINUX: "Linux.",
    OTHER: "Another operating system.",
  },
});

export const DeviceState = graphqlEnum(DEVICE_STATES, {
  name: "DeviceState",
  description: "DEV-2: DESIGNATED by the member, then ACTIVE once the coach activated it.",
  values: {
    DESIGNATED: "Designated by the member; waiting for the coach to activate it.",
    ACTIVE: "Activated by the coach: the device is protected.",
  },
});

export const MobileOperator = graphqlEnum(MOBILE_OPERATORS, {
  name: "MobileOperator",
  description: "SVC-3: only Orange lines get Orange VIP.",
  values: {
    ORANGE: "Orange: the only operator accepted.",
    SFR: "SFR (refused).",
    BOUYGUES_TELECOM: "Bouygues Telecom (refused).",
    FREE_MOBILE: "Free Mobile (refused).",
    OTHER: "Another operator (refused).",
  },
});

export const VipPlanType = graphqlEnum(VIP_PLAN_TYPES, {
  name: "VipPlanType",
  description:
    "SVC-3: ORANGE_PLAN (forfait Orange) and ORANGE_OPEN (Open) are accepted; SOSH, MOBICARTE, LOCKED_PLAN (forfait bloqué) and PRO_PLAN (not a consumer line) are refused.",
  values: {
    ORANGE_PLAN: "An Orange consumer plan (forfait Orange): accepted.",
    ORANGE_OPEN: "An Orange Open plan: accepted.",
    SOSH: "A Sosh plan: refused (SVC-3).",
    MOBICARTE: "A Mobicarte prepaid line: refused (SVC-3).",
    LOCKED_PLAN: "A locked plan (forfait bloqué): refused (SVC-3).",
    PRO_PLAN: "An Orange professional plan, not a consumer line: refused.",
  },
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

  @Field(() => String, { description: "The name the member gave the device." })
  name!: string;

  @Field(() => DeviceKind, { description: "Phone, tablet or computer." })
  kind!: (typeof DEVICE_KINDS)[number];

  @Field(() => DeviceOs, { description: "The device's operating system." })
  os!: (typeof DEVICE_OSES)[number];

  @Field(() => DeviceState, { description: "DEV-2: DESIGNATED until the coach activates it, then ACTIVE." })
  state!: (typeof DEVICE_STATES)[number];

  @Field(() => Boolean, { description: "DEV-2: the device has internet connectivity (needed to activate it)." })
  hasInternetConnectivity!: boolean;

  @Field(() => DateTimeScalar, { description: "When the device was designated." })
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

  @Field(() => VipPlanType, { description: "SVC-3: the line's plan; only eligible plans are recorded." })
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

  @Field(() => String, { description: "The member's last name." })
  lastName!: string;

  @Field(() => String, { description: "The member's first name." })
  firstName!: string;

  @Field(() => MemberStatus, { description: "The member's membership status." })
  status!: (typeof MEMBER_STATUSES)[number];

  @Field(() => Boolean, { description: "SVC-2: you coach this member as the substitute, not as the assigned coach." })
  asSubstitute!: boolean;
}
