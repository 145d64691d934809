import type { Context } from "../../context.js";
import type { Queryable } from "../../shared/db.js";
import { constraintName, fail, ok, sqlState, type Result } from "../../shared/errors.js";
import { actorId, memberCommand } from "../../shared/mutation.js";
import { idOfType } from "../../shared/relay.js";
import { airboxErrors, type AirboxErrorCode } from "./airbox.errors.js";
import { airboxPolicies, requireServingStaff } from "./airbox.policies.js";
import { inadequateUse, text, validateDevice, type Err } from "./airbox.rules.js";
import type { RecordAirboxHandoverInput, RecordAirboxInadequateUseInput } from "./airbox.inputs.js";
import { toAirbox } from "./airbox.mappers.js";
import { airboxRepository as repo } from "./airbox.repository.js";
import type { Airbox } from "./airbox.types.js";

const NOTE_MAX = 1000;

/** AIR-2/AIR-3 and OPT-3: the Airbox backup is a service of the option, for an ACTIVE member whose option is in force (BIL-9: not suspended). */
export const SERVED = { active: "NOT_SERVED", optionInForce: "NOT_SERVED", notSuspended: "SERVICE_SUSPENDED" } as const;

/** AIR-1: a serial number or SIM already on another current Airbox is refused. */
export async function deviceInUse(tx: Queryable, device: { serialNumber: string; simIccid: string }, field: string[], ignoreAirboxId: string | null = null): Promise<Err[]> {
  const errors: Err[] = [];
  const serial = await repo.currentHolding(tx, "serialNumber", device.serialNumber);
  if (serial && serial.id !== ignoreAirboxId) errors.push(airboxErrors.error("SERIAL_IN_USE", [...field, "serialNumber"]));
  const sim = await repo.currentHolding(tx, "simIccid", device.simIccid);
  if (sim && sim.id !== ignoreAirboxId) errors.push(airboxErrors.error("ICCID_IN_USE", [...field, "simIccid"]));
  return errors;
}

/** The unique indexes are the last guard against a race between two members' handovers. */
export function deviceConflict(error: unknown, field: string[]): Err | null {
  if (sqlState(error) !== "23505") return null;
  switch (constraintName(error)) {
    case "airboxes_serial_current_key":
      return airboxErrors.error("SERIAL_IN_USE", [...field, "serialNumber"]);
    case "airboxes_iccid_current_key":
      return airboxErrors.error("ICCID_IN_USE", [...field, "simIccid"]);
    default:
      return null;
  }
}

export const airboxService = {
  /**
   * AIR-1: the desk, or a technician who serves the member (AUT-3: the desk assigned him a case of
   * that member, e.g. booked the entry appointment with him), records the Airbox handed over at the
   * entry appointment; one per member.
   */
  async recordHandover(ctx: Context, input: RecordAirboxHandoverInput): Promise<Result<Airbox, AirboxErrorCode>> {
    requireServingStaff(ctx);
    const memberId = idOfType(input.memberId, "Member");
    if (!memberId || !(await airboxPolicies.actOnMember(ctx, memberId))) return fail(airboxErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
    const errors: Err[] = [];
    const device = validateDevice(input.device, ["input", "device"], errors);
    const now = ctx.clock.now();
    const handedOverAt = input.handedOverAt ?? now;
    if (handedOverAt > now) errors.push(airboxErrors.error("HANDOVER_IN_FUTURE", ["input", "handedOverAt"]));
    if (errors.length || !device) return fail(...errors);

    const requires = { active: "MEMBERSHIP_NOT_ACTIVE" } as const;
    const onDatabaseError = (error: unknown) => deviceConflict(error, ["input", "device"]);
    const options = { operation: "recordAirboxHandover", errors: airboxErrors, member: { id: memberId }, requires, field: ["input", "memberId"], onDatabaseError };
    return memberCommand(ctx, options, async ({ tx, audit }) => {
      // AIR-1: one per member, exact under the member lock.
      const current = await repo.currentOf(tx, memberId);
      if (current) return fail(airboxErrors.error("AIRBOX_ALREADY_ASSIGNED", ["input", "memberId"], { serialNumber: current.serialNumber }));
      const inUse = await deviceInUse(tx, device, ["input", "device"]);
      if (inUse.length) return fail(...inUse);
      const row = await repo.insertAirbox(tx, { memberId, ...device, handedOverAt, recordedBy: actorId(ctx), createdAt: now });
      await audit({ targetIds: [row.id], details: { ...device } });
      return ok(toAirbox(row));
    });
  },

  /**
   * AIR-2: inadequate use recorded (by the desk, or a technician who serves the member, AUT-3):
   * every later activation, diagnosis or repair is refused.
   */
  async recordInadequateUse(ctx: Context, input: RecordAirboxInadequateUseInput): Promise<Result<Airbox, AirboxErrorCode>> {
    requireServingStaff(ctx);
    const field = ["input", "airboxId"];
    const id = idOfType(input.airboxId, "Airbox");
    const found = id ? await ctx.loaders.airbox.airboxById.load(id) : null;
    if (!found || found.replacedAt || !(await airboxPolicies.actOnMember(ctx, found.memberId))) return fail(airboxErrors.error("AIRBOX_NOT_FOUND", field));
    const errors: Err[] = [];
    const note = text(input.note, NOTE_MAX, ["input", "note"], errors);
    if (errors.length) return fail(...errors);

    return memberCommand(ctx, { operation: "recordAirboxInadequateUse", errors: airboxErrors, member: { id: found.memberId } }, async ({ tx, audit }) => {
      const airbox = await repo.airboxById(tx, found.id);
      if (!airbox || airbox.replacedAt) return fail(airboxErrors.error("AIRBOX_NOT_FOUND", field));
      const already = inadequateUse(airbox, field);
      if (already) return fail(already);
      const row = await repo.updateAirbox(tx, airbox.id, {
        inadequateUseAt: ctx.clock.now(),
        inadequateUseReason: input.reason,
        inadequateUseNote: note,
        inadequateUseRecordedBy: actorId(ctx),
      });
      await audit({ targetIds: [airbox.id], details: { reason: input.reason } });
      return ok(toAirbox(row));
    });
  },
};
