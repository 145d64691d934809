import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { decodeCursor, encodeCursor, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import { MemberQuotas, Quota } from "../premises/index.js";
import { canSeeMemberServices } from "./devices.policies.js";
import { toCoachedMember, toDevice, toVipLine } from "./devices.mappers.js";
import { devicesRepository as repo } from "./devices.repository.js";
import { DEVICE_LIMIT } from "./devices.rules.js";
import type { CoachedMember, Device, VipLine } from "./devices.types.js";

/** Reads: every list goes through the request's DataLoaders (one query per level, whatever the page size). */
export const devicesReads = {
  /** DEV-1: the devices holding a slot (designated or active), oldest first. */
  async devices(ctx: Context, memberId: string): Promise<Device[]> {
    if (!(await canSeeMemberServices(ctx, memberId))) return [];
    return (await ctx.loaders.devices.activeDevicesByMemberId.load(memberId)).map(toDevice);
  },

  /** SVC-3: the lines declared to the coach (the member sees which of their lines are declared). */
  async vipLines(ctx: Context, memberId: string): Promise<VipLine[]> {
    if (!(await canSeeMemberServices(ctx, memberId))) return [];
    return (await ctx.loaders.devices.activeVipLinesByMemberId.load(memberId)).map(toVipLine);
  },

  /** DEV-2: the coach who activated the device, by display name. */
  async activatedByName(ctx: Context, device: Device): Promise<string | null> {
    if (!device.activatedByRawId) return null;
    return (await ctx.loaders.members.staffUserById.load(device.activatedByRawId))?.displayName ?? null;
  },

  /** DEV-1: devices used out of 20. */
  async devicesQuota(ctx: Context, quotas: MemberQuotas): Promise<Quota> {
    const used = (await ctx.loaders.devices.activeDevicesByMemberId.load(quotas.memberRawId)).length;
    return Object.assign(new Quota(), { used, limit: DEVICE_LIMIT, remaining: Math.max(0, DEVICE_LIMIT - used) });
  },

  /**
   * The members the calling coach coaches (assigned or substitute), by name. The query is scoped
   * by the coach's own id; the assignments it read are primed into the coaching loader, so the
   * per-member checks that follow cost no query.
   */
  async coachedMembers(ctx: Context, args: { first: number; after?: string | null }): Promise<ConnectionShape<CoachedMember>> {
    const { actor } = ctx;
    if (actor.kind !== "staff" || actor.role !== "COACH") throw forbidden();
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["text", "text", "uuid"]) : null;
    const rows = await repo.coachedMembersPage(ctx.db, { coachId: actor.subjectId, after, limit: first + 1 });
    for (const row of rows) ctx.loaders.coaching.assignmentByMemberId.prime(row.member.id, row.assignment);
    return toConnection(
      rows,
      first,
      (row) => toCoachedMember(row, actor.subjectId),
      (row) => encodeCursor([row.member.lastName, row.member.firstName, row.member.id]),
    );
  },

  /** `node(id:)` for a Device (removed ones too, for history): null when unknown or not visible (no existence leak). */
  async deviceNode(ctx: Context, id: string): Promise<Device | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.devices.deviceById.load(id);
    return row && (await canSeeMemberServices(ctx, row.memberId)) ? toDevice(row) : null;
  },

  async vipLineNode(ctx: Context, id: string): Promise<VipLine | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.devices.vipLineById.load(id);
    return row && (await canSeeMemberServices(ctx, row.memberId)) ? toVipLine(row) : null;
  },
};
