import type { Context } from "../../context.js";
import { isServiceSuspended } from "../../shared/service-suspension.js";
import { actorRole } from "../../authz/actor.js";
import { recordAudit } from "../../shared/audit.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { idOfType } from "../../shared/relay.js";
import { coachingService } from "../coaching/index.js";
import { optionsRepository } from "../options/index.js";
import { canManageDevices } from "./devices.policies.js";
import { deviceErrors, type DeviceErrorCode } from "./devices.errors.js";
import type { ActivateDeviceInput, DesignateDeviceInput, RemoveDeviceInput } from "./devices.inputs.js";
import { toDevice } from "./devices.mappers.js";
import { devicesRepository as repo, type DeviceRow, type LockedMember } from "./devices.repository.js";
import { DEVICE_LIMIT, DEVICE_NAME_MAX } from "./devices.rules.js";
import type { Device } from "./devices.types.js";

type DeviceResult = Result<Device, DeviceErrorCode>;
const CLOSED: readonly LockedMember["status"][] = ["REJECTED", "TERMINATED"];
const DEVICE_FIELD = ["input", "deviceId"];

/** Changes to device slots (DEV-1..3). Each runs in one transaction that locks the member row first. */
export const devicesService = {
  /** DEV-1 (at most 20 per member, under concurrency) and DEV-2 (designated by the member side). */
  async designate(ctx: Context, input: DesignateDeviceInput): Promise<DeviceResult> {
    const target = resolveMemberTarget(ctx.actor, input.memberId, canManageDevices);
    if (!target.ok) return fail(deviceErrors.error(target.problem, ["input", "memberId"]));
    const memberId = target.memberId;
    const name = input.name.trim();
    if (name.length === 0 || name.length > DEVICE_NAME_MAX) return fail(deviceErrors.error("INVALID_TEXT", ["input", "name"], { max: DEVICE_NAME_MAX }));
    const now = ctx.clock.now();

    const result = await ctx.db.transaction(async (tx): Promise<DeviceResult> => {
      // Lock, count, insert: concurrent designations for one member queue on this lock, so the count is exact.
      const member = await repo.lockMember(tx, memberId);
      if (!member) return fail(deviceErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
      if (CLOSED.includes(member.status)) return fail(deviceErrors.error("MEMBERSHIP_CLOSED", ["input"]));
      if (!(await optionsRepository.inForce(tx, memberId, now))) return fail(deviceErrors.error("OPTION_NOT_IN_FORCE", ["input"]));
      if (await isServiceSuspended(tx, memberId)) return fail(deviceErrors.error("SERVICE_SUSPENDED", ["input"]));
      const used = await repo.countActiveDevices(tx, memberId);
      if (used >= DEVICE_LIMIT) return fail(deviceErrors.error("DEVICE_LIMIT_REACHED", ["input"], { limit: DEVICE_LIMIT }));
      const row = await repo.insertDevice(tx, {
        memberId,
        name,
        kind: input.kind,
        os: input.os,
        hasInternetConnectivity: input.hasInternetConnectivity,
        designatedAt: now,
        designatedByRole: actorRole(ctx.actor),
        designatedById: subjectOf(ctx),
      });
      await recordAudit(tx, ctx, {
        operation: "designateDevice",
        onBehalfOfMemberId: memberId,
        targetIds: [row.id],
        details: { kind: row.kind, os: row.os, hasInternetConnectivity: row.hasInternetConnectivity, slotsUsed: used + 1 },
      });
      return ok(toDevice(row));
    });
    if (result.ok) ctx.loaders.devices.activeDevicesByMemberId.clear(memberId);
    return result;
  },

  /** DEV-2: only the member's coach (or substitute) activates, recording who and when; the device needs internet. */
  async activate(ctx: Context, input: ActivateDeviceInput): Promise<DeviceResult> {
    const coachId = ctx.actor.kind === "staff" ? ctx.actor.subjectId : null;
    const found = await findDevice(ctx, input.deviceId);
    if (!coachId || !found || !(await coachingService.isCoachOf(ctx, found.memberId))) {
      return fail(deviceErrors.error("NOT_THE_MEMBERS_COACH", DEVICE_FIELD));
    }
    const now = ctx.clock.now();

    const result = await ctx.db.transaction(async (tx): Promise<DeviceResult> => {
      const member = await repo.lockMember(tx, found.memberId);
      const current = await repo.deviceById(tx, found.id);
      if (!member || !current || current.removedAt) return fail(deviceErrors.error("DEVICE_NOT_FOUND", DEVICE_FIELD));
      if (CLOSED.includes(member.status)) return fail(deviceErrors.error("MEMBERSHIP_CLOSED", ["input"]));
      if (current.state === "ACTIVE") return fail(deviceErrors.error("ALREADY_ACTIVE", DEVICE_FIELD));
      if (!(await optionsRepository.inForce(tx, member.id, now))) return fail(deviceErrors.error("OPTION_NOT_IN_FORCE", ["input"]));
      const connected = input.hasInternetConnectivity ?? current.hasInternetConnectivity;
      if (!connected) return fail(deviceErrors.error("NO_INTERNET_CONNECTIVITY", ["input", "hasInternetConnectivity"]));
      const row = await repo.updateDevice(tx, current.id, { state: "ACTIVE", activatedAt: now, activatedById: coachId, hasInternetConnectivity: true });
      await recordAudit(tx, ctx, {
        operation: "activateDevice",
        onBehalfOfMemberId: member.id,
        targetIds: [row.id],
        details: { connectivityConfirmedByCoach: input.hasInternetConnectivity === true },
      });
      return ok(toDevice(row));
    });
    if (result.ok) clearDevice(ctx, found);
    return result;
  },

  /** DEV-3: removing a device frees its slot; the row stays (removed_at) for history. */
  async remove(ctx: Context, input: RemoveDeviceInput): Promise<DeviceResult> {
    const found = await findDevice(ctx, input.deviceId);
    if (!found || !canManageDevices(ctx.actor, found.memberId)) return fail(deviceErrors.error("DEVICE_NOT_FOUND", DEVICE_FIELD));
    const now = ctx.clock.now();

    const result = await ctx.db.transaction(async (tx): Promise<DeviceResult> => {
      await repo.lockMember(tx, found.memberId);
      const current = await repo.deviceById(tx, found.id);
      if (!current || current.removedAt) return fail(deviceErrors.error("DEVICE_NOT_FOUND", DEVICE_FIELD));
      const row = await repo.updateDevice(tx, current.id, { removedAt: now, removedByRole: actorRole(ctx.actor), removedById: subjectOf(ctx) });
      await recordAudit(tx, ctx, {
        operation: "removeDevice",
        onBehalfOfMemberId: current.memberId,
        targetIds: [row.id],
        details: { previousState: current.state },
      });
      return ok(toDevice(row));
    });
    if (result.ok) clearDevice(ctx, found);
    return result;
  },
};

/** A device that holds a slot, by global id; read outside the transaction only to learn its member. */
async function findDevice(ctx: Context, globalId: string): Promise<DeviceRow | null> {
  const id = idOfType(globalId, "Device");
  const row = id ? await repo.deviceById(ctx.db, id) : undefined;
  return row && !row.removedAt ? row : null;
}

function subjectOf(ctx: Context): string {
  if (ctx.actor.kind === "anonymous") throw new Error("an anonymous caller reached a device change");
  return ctx.actor.subjectId;
}

function clearDevice(ctx: Context, row: DeviceRow): void {
  ctx.loaders.devices.activeDevicesByMemberId.clear(row.memberId);
  ctx.loaders.devices.deviceById.clear(row.id);
}
