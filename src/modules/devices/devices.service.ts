import type { Context } from "../../context.js";
import { actorRole } from "../../authz/actor.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { actorId, memberCommand } from "../../shared/mutation.js";
import { optionInForce } from "../../shared/prerequisites.js";
import { idOfType } from "../../shared/relay.js";
import { coachingService } from "../coaching/index.js";
import { canManageDevices } from "./devices.policies.js";
import { deviceErrors, type DeviceErrorCode } from "./devices.errors.js";
import type { ActivateDeviceInput, DesignateDeviceInput, RemoveDeviceInput } from "./devices.inputs.js";
import { toDevice } from "./devices.mappers.js";
import { devicesRepository as repo, type DeviceRow } from "./devices.repository.js";
import { DEVICE_LIMIT, DEVICE_NAME_MAX } from "./devices.rules.js";
import type { Device } from "./devices.types.js";

type DeviceResult = Result<Device, DeviceErrorCode>;
const DEVICE_FIELD = ["input", "deviceId"];

/** Changes to device slots (DEV-1..3). Each runs in one transaction that locks the member row first. */
export const devicesService = {
  /** DEV-1 (at most 20 per member, under concurrency) and DEV-2 (designated by the member side). */
  async designate(ctx: Context, input: DesignateDeviceInput): Promise<DeviceResult> {
    const name = input.name.trim();
    if (name.length === 0 || name.length > DEVICE_NAME_MAX) return fail(deviceErrors.error("INVALID_TEXT", ["input", "name"], { max: DEVICE_NAME_MAX }));
    const member = { globalId: input.memberId, mayActFor: canManageDevices };
    const requires = { open: "MEMBERSHIP_CLOSED", optionInForce: "OPTION_NOT_IN_FORCE", notSuspended: "SERVICE_SUSPENDED" } as const;
    return memberCommand(ctx, { operation: "designateDevice", errors: deviceErrors, member, requires }, async ({ tx, member, audit }) => {
      // Under the member lock: concurrent designations for one member queue, so the count is exact.
      const used = await repo.countActiveDevices(tx, member.id);
      if (used >= DEVICE_LIMIT) return fail(deviceErrors.error("DEVICE_LIMIT_REACHED", ["input"], { limit: DEVICE_LIMIT }));
      const row = await repo.insertDevice(tx, {
        memberId: member.id,
        name,
        kind: input.kind,
        os: input.os,
        hasInternetConnectivity: input.hasInternetConnectivity,
        designatedAt: ctx.clock.now(),
        designatedByRole: actorRole(ctx.actor),
        designatedById: actorId(ctx),
      });
      await audit({ targetIds: [row.id], details: { kind: row.kind, os: row.os, hasInternetConnectivity: row.hasInternetConnectivity, slotsUsed: used + 1 } });
      return ok(toDevice(row));
    });
  },

  /** DEV-2: only the member's coach (or substitute) activates, recording who and when; the device needs internet. */
  async activate(ctx: Context, input: ActivateDeviceInput): Promise<DeviceResult> {
    const found = await findDevice(ctx, input.deviceId);
    if (ctx.actor.kind !== "staff" || !found || !(await coachingService.isCoachOf(ctx, found.memberId))) {
      return fail(deviceErrors.error("NOT_THE_MEMBERS_COACH", DEVICE_FIELD));
    }
    const requires = { open: "MEMBERSHIP_CLOSED" } as const;
    return memberCommand(ctx, { operation: "activateDevice", errors: deviceErrors, member: { id: found.memberId }, requires }, async ({ tx, audit }) => {
      const current = await repo.deviceById(tx, found.id);
      if (!current || current.removedAt) return fail(deviceErrors.error("DEVICE_NOT_FOUND", DEVICE_FIELD));
      if (current.state === "ACTIVE") return fail(deviceErrors.error("ALREADY_ACTIVE", DEVICE_FIELD));
      if (!(await optionInForce(tx, found.memberId, ctx.clock.now()))) return fail(deviceErrors.error("OPTION_NOT_IN_FORCE", ["input"]));
      const connected = input.hasInternetConnectivity ?? current.hasInternetConnectivity;
      if (!connected) return fail(deviceErrors.error("NO_INTERNET_CONNECTIVITY", ["input", "hasInternetConnectivity"]));
      const row = await repo.updateDevice(tx, current.id, { state: "ACTIVE", activatedAt: ctx.clock.now(), activatedById: actorId(ctx), hasInternetConnectivity: true });
      await audit({ targetIds: [row.id], details: { connectivityConfirmedByCoach: input.hasInternetConnectivity === true } });
      return ok(toDevice(row));
    });
  },

  /** DEV-3: removing a device frees its slot; the row stays (removed_at) for history. */
  async remove(ctx: Context, input: RemoveDeviceInput): Promise<DeviceResult> {
    const found = await findDevice(ctx, input.deviceId);
    if (!found || !canManageDevices(ctx.actor, found.memberId)) return fail(deviceErrors.error("DEVICE_NOT_FOUND", DEVICE_FIELD));
    return memberCommand(ctx, { operation: "removeDevice", errors: deviceErrors, member: { id: found.memberId } }, async ({ tx, audit }) => {
      const current = await repo.deviceById(tx, found.id);
      if (!current || current.removedAt) return fail(deviceErrors.error("DEVICE_NOT_FOUND", DEVICE_FIELD));
      const row = await repo.updateDevice(tx, current.id, { removedAt: ctx.clock.now(), removedByRole: actorRole(ctx.actor), removedById: actorId(ctx) });
      await audit({ targetIds: [row.id], details: { previousState: current.state } });
      return ok(toDevice(row));
    });
  },
};

/** A device that holds a slot, by global id; read outside the transaction only to learn its member. */
async function findDevice(ctx: Context, globalId: string): Promise<DeviceRow | null> {
  const id = idOfType(globalId, "Device");
  const row = id ? await repo.deviceById(ctx.db, id) : undefined;
  return row && !row.removedAt ? row : null;
}
