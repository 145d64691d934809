import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Connection, PageArgs } from "../../shared/relay.js";
import { Member } from "../members/index.js";
import { MemberQuotas, Quota } from "../premises/index.js";
import { ServiceAvailability, serviceHoursService } from "../service-hours/index.js";
import { ActivateDeviceInput, DeclareVipLineInput, DesignateDeviceInput, RemoveDeviceInput, WithdrawVipLineInput } from "./devices.inputs.js";
import { ActivateDevicePayload, DeclareVipLinePayload, DesignateDevicePayload, RemoveDevicePayload, WithdrawVipLinePayload } from "./devices.payloads.js";
import { devicesReads } from "./devices.reads.js";
import { devicesService } from "./devices.service.js";
import { CoachedMember, Device, VipLine } from "./devices.types.js";
import { vipLinesService } from "./vip-lines.service.js";

export const { ConnectionType: CoachedMemberConnection } = Connection(CoachedMember, "CoachedMember");

@Resolver()
export class DevicesResolver {
  @Query(() => CoachedMemberConnection, { description: "COACH: the members you coach, as assigned coach or substitute (SVC-2), by name." })
  coachedMembers(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return devicesReads.coachedMembers(ctx, page);
  }

  @Mutation(() => DesignateDevicePayload, { description: "DEV-1/DEV-2: designate a device for Bitdefender protection (at most 20 per member)." })
  async designateDevice(
    @Ctx() ctx: Context,
    @Arg("input", () => DesignateDeviceInput, { description: "All of `designateDevice`'s arguments, as one `DesignateDeviceInput` (see its fields)." }) input: DesignateDeviceInput,
  ) {
    return DesignateDevicePayload.from(ctx, await devicesService.designate(ctx, input));
  }

  @Mutation(() => ActivateDevicePayload, { description: "DEV-2: the member's coach activates a designated device that has internet connectivity." })
  async activateDevice(
    @Ctx() ctx: Context,
    @Arg("input", () => ActivateDeviceInput, { description: "All of `activateDevice`'s arguments, as one `ActivateDeviceInput` (see its fields)." }) input: ActivateDeviceInput,
  ) {
    return ActivateDevicePayload.from(ctx, await devicesService.activate(ctx, input));
  }

  @Mutation(() => RemoveDevicePayload, { description: "DEV-3: remove a device; its slot is free again." })
  async removeDevice(
    @Ctx() ctx: Context,
    @Arg("input", () => RemoveDeviceInput, { description: "All of `removeDevice`'s arguments, as one `RemoveDeviceInput` (see its fields)." }) input: RemoveDeviceInput,
  ) {
    return RemoveDevicePayload.from(ctx, await devicesService.remove(ctx, input));
  }

  @Mutation(() => DeclareVipLinePayload, { description: "SVC-3: the member's coach records an Orange consumer mobile line declared by the member." })
  async declareVipLine(
    @Ctx() ctx: Context,
    @Arg("input", () => DeclareVipLineInput, { description: "All of `declareVipLine`'s arguments, as one `DeclareVipLineInput` (see its fields)." }) input: DeclareVipLineInput,
  ) {
    return DeclareVipLinePayload.from(ctx, await vipLinesService.declare(ctx, input));
  }

  @Mutation(() => WithdrawVipLinePayload, { description: "SVC-3: the member's coach withdraws a declared line." })
  async withdrawVipLine(
    @Ctx() ctx: Context,
    @Arg("input", () => WithdrawVipLineInput, { description: "All of `withdrawVipLine`'s arguments, as one `WithdrawVipLineInput` (see its fields)." }) input: WithdrawVipLineInput,
  ) {
    return WithdrawVipLinePayload.from(ctx, await vipLinesService.withdraw(ctx, input));
  }
}

/** Device and VIP-line fields of Member; guarded by Member's own rule (canReadMember). */
@Resolver(() => Member)
export class MemberDevicesResolver {
  @FieldResolver(() => [Device], { description: "DEV-1: devices holding a protection slot (designated or active), oldest first." })
  devices(@Root() member: Member, @Ctx() ctx: Context): Promise<Device[]> {
    return devicesReads.devices(ctx, member.rawId);
  }

  @FieldResolver(() => [VipLine], { description: "SVC-3: mobile lines declared to the coach for Orange VIP." })
  vipLines(@Root() member: Member, @Ctx() ctx: Context): Promise<VipLine[]> {
    return devicesReads.vipLines(ctx, member.rawId);
  }
}

@Resolver(() => CoachedMember)
export class CoachedMemberResolver {
  @FieldResolver(() => [Device], { description: "DEV-2: the member's devices, to activate the designated ones." })
  devices(@Root() member: CoachedMember, @Ctx() ctx: Context): Promise<Device[]> {
    return devicesReads.devices(ctx, member.memberRawId);
  }

  @FieldResolver(() => [VipLine], { description: "SVC-3: the lines you or another coach recorded." })
  vipLines(@Root() member: CoachedMember, @Ctx() ctx: Context): Promise<VipLine[]> {
    return devicesReads.vipLines(ctx, member.memberRawId);
  }
}

@Resolver(() => Device)
export class DeviceResolver {
  @FieldResolver(() => String, { nullable: true, description: "DEV-2: the coach who activated the device." })
  activatedBy(@Root() device: Device, @Ctx() ctx: Context): Promise<string | null> {
    return devicesReads.activatedByName(ctx, device);
  }
}

@Resolver(() => DeclareVipLinePayload)
export class DeclareVipLinePayloadResolver {
  @FieldResolver(() => ServiceAvailability, { description: "SVC-3: Orange VIP's hours now, for information (declarations are recorded at any time)." })
  orangeVip(@Ctx() ctx: Context): Promise<ServiceAvailability> {
    return serviceHoursService.availability(ctx, "ORANGE_VIP", null);
  }
}

@Resolver(() => MemberQuotas)
export class DevicesQuotaResolver {
  @FieldResolver(() => Quota, { description: "DEV-1: protected devices (designated or active), at most 20." })
  devices(@Root() quotas: MemberQuotas, @Ctx() ctx: Context): Promise<Quota> {
    return devicesReads.devicesQuota(ctx, quotas);
  }
}

export const devicesResolvers = [DevicesResolver, MemberDevicesResolver, CoachedMemberResolver, DeviceResolver, DeclareVipLinePayloadResolver, DevicesQuotaResolver];
