import type { Context } from "../../context.js";
import type { Tx } from "../../shared/db.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { actorId, memberCommand } from "../../shared/mutation.js";
import { idOfType } from "../../shared/relay.js";
import { serviceHoursService } from "../service-hours/index.js";
import { airboxErrors, type AirboxErrorCode } from "./airbox.errors.js";
import { airboxPolicies, requireDispatcher, requireServingStaff } from "./airbox.policies.js";
import type { CompleteAirboxRepairInput, RecordAirboxDiagnosisInput, ReportAirboxFaultInput, ScheduleAirboxTechnicianInput } from "./airbox.inputs.js";
import { toAirboxRepair } from "./airbox.mappers.js";
import { airboxRepository as repo, type RepairRow } from "./airbox.repository.js";
import { AIRBOX_OFFER, inadequateUse, text, validateDevice, type Err } from "./airbox.rules.js";
import { namedTechnician } from "../members/index.js";
import { deviceConflict, deviceInUse, SERVED } from "./airbox.service.js";
import type { AirboxRepair } from "./airbox.types.js";

const TEXT_MAX = 1000;
type RepairResult = Result<AirboxRepair, AirboxErrorCode>;
const FIELD = ["input", "repairId"];

async function findRepair(ctx: Context, globalId: string): Promise<Result<RepairRow, AirboxErrorCode>> {
  const id = idOfType(globalId, "AirboxRepair");
  const row = id ? await ctx.loaders.airbox.repairById.load(id) : null;
  return row ? ok(row) : fail(airboxErrors.error("REPAIR_NOT_FOUND", FIELD));
}

/** AIR-3: remote diagnosis first, then a technician slot (Mon–Fri 08:00–20:00), then repaired or replaced. */
export const airboxRepairsService = {
  /** The member, their delegate or the desk reports a faulty Airbox: it starts with a remote diagnosis. */
  async report(ctx: Context, input: ReportAirboxFaultInput): Promise<RepairResult> {
    const errors: Err[] = [];
    const description = text(input.description, TEXT_MAX, ["input", "description"], errors, true);
    if (errors.length || description === null) return fail(...errors);
    const member = { globalId: input.memberId, mayActFor: airboxPolicies.declare };
    return memberCommand(ctx, { operation: "reportAirboxFault", errors: airboxErrors, member, requires: SERVED }, async ({ tx, member, audit }) => {
      const airbox = await repo.currentOf(tx, member.id);
      if (!airbox) return fail(airboxErrors.error("NO_AIRBOX", ["input"]));
      const refused = inadequateUse(airbox);
      if (refused) return fail(refused);
      if (await repo.openRepairOf(tx, airbox.id)) return fail(airboxErrors.error("REPAIR_ALREADY_OPEN", ["input"]));
      const row = await repo.insertRepair(tx, {
        airboxId: airbox.id,
        memberId: member.id,
        description,
        status: "REMOTE_DIAGNOSIS",
        reportedAt: ctx.clock.now(),
        reportedBy: actorId(ctx),
      });
      await audit({ targetIds: [row.id, airbox.id] });
      return ok(toAirboxRepair(row));
    });
  },

  /** The desk's remote diagnosis resolves the fault, or calls for a technician. */
  async diagnose(ctx: Context, input: RecordAirboxDiagnosisInput): Promise<RepairResult> {
    requireDispatcher(ctx);
    const found = await findRepair(ctx, input.repairId);
    if (!found.ok) return found;
    const errors: Err[] = [];
    const note = text(input.note, TEXT_MAX, ["input", "note"], errors);
    if (errors.length) return fail(...errors);

    return memberCommand(ctx, { operation: "recordAirboxDiagnosis", errors: airboxErrors, member: { id: found.value.memberId } }, async ({ tx, audit }) => {
      const step = await currentRepair(tx, found.value);
      if (!step.ok) return step;
      const { repair } = step.value;
      if (repair.status !== "REMOTE_DIAGNOSIS") return fail(airboxErrors.error("WRONG_REPAIR_STEP", FIELD, { status: repair.status }));
      const now = ctx.clock.now();
      const row = await repo.updateRepair(tx, repair.id, {
        status: input.outcome,
        diagnosisNote: note,
        diagnosedAt: now,
        resolvedAt: input.outcome === "RESOLVED_REMOTELY" ? now : null,
      });
      await audit({ targetIds: [repair.id], details: { outcome: input.outcome } });
      return ok(toAirboxRepair(row));
    });
  },

  /**
   * The desk books a technician slot inside AIRBOX_TECHNICIAN hours (Mon–Fri 08:00–20:00), at the
   * member's home (ZON-2), naming the technician; it may move it. AUT-3: assigning is the desk's
   * act, never the technician's, since the assignment makes him serve the member.
   */
  async schedule(ctx: Context, input: ScheduleAirboxTechnicianInput): Promise<RepairResult> {
    requireDispatcher(ctx);
    const found = await findRepair(ctx, input.repairId);
    if (!found.ok) return found;
    const errors: Err[] = [];
    const technicianId = input.technicianId == null ? null : await namedTechnician(ctx, input.technicianId);
    if (!technicianId) errors.push(airboxErrors.error("NOT_A_TECHNICIAN", ["input", "technicianId"]));
    if (input.startsAt <= ctx.clock.now()) errors.push(airboxErrors.error("SLOT_IN_PAST", ["input", "startsAt"]));
    else if (!(await serviceHoursService.covers(ctx.db, AIRBOX_OFFER.technicianService, input.startsAt, input.endsAt))) {
      errors.push(airboxErrors.error("SLOT_OUTSIDE_HOURS", ["input", "startsAt"]));
    }
    if (errors.length || !technicianId) return fail(...errors);

    return memberCommand(ctx, { operation: "scheduleAirboxTechnician", errors: airboxErrors, member: { id: found.value.memberId } }, async ({ tx, audit }) => {
      const step = await currentRepair(tx, found.value);
      if (!step.ok) return step;
      const { repair } = step.value;
      if (repair.status === "REMOTE_DIAGNOSIS") return fail(airboxErrors.error("REMOTE_DIAGNOSIS_FIRST", FIELD));
      if (repair.status !== "NEEDS_TECHNICIAN" && repair.status !== "TECHNICIAN_SCHEDULED") {
        return fail(airboxErrors.error("WRONG_REPAIR_STEP", FIELD, { status: repair.status }));
      }
      if (!(await repo.activeMainAddress(tx, repair.memberId))) return fail(airboxErrors.error("NO_HOME_ADDRESS", FIELD));
      const row = await repo.updateRepair(tx, repair.id, {
        status: "TECHNICIAN_SCHEDULED",
        technicianId,
        slotStartsAt: input.startsAt,
        slotEndsAt: input.endsAt,
      });
      await audit({ targetIds: [repair.id, technicianId], details: { startsAt: input.startsAt, endsAt: input.endsAt, previous: repair.slotStartsAt } });
      return ok(toAirboxRepair(row));
    });
  },

  /**
   * The technician repaired the Airbox, or replaced it: the old Airbox is closed (`replacedAt`)
   * and a new one recorded that points back to it, in one transaction. AUT-3: a technician
   * completes only the visits the desk assigned to him; the desk any.
   */
  async complete(ctx: Context, input: CompleteAirboxRepairInput): Promise<RepairResult> {
    requireServingStaff(ctx);
    const found = await findRepair(ctx, input.repairId);
    if (!found.ok) return found;
    if (!airboxPolicies.actOnCase(ctx.actor, found.value.technicianId)) return fail(airboxErrors.error("REPAIR_NOT_FOUND", FIELD));
    const errors: Err[] = [];
    const note = text(input.note, TEXT_MAX, ["input", "note"], errors);
    let device: { serialNumber: string; simIccid: string } | null = null;
    if (input.outcome === "REPLACED") {
      if (!input.replacement) errors.push(airboxErrors.error("REPLACEMENT_REQUIRED", ["input", "replacement"]));
      else device = validateDevice(input.replacement, ["input", "replacement"], errors);
    }
    if (errors.length) return fail(...errors);

    const onDatabaseError = (error: unknown) => deviceConflict(error, ["input", "replacement"]);
    const options = { operation: "completeAirboxRepair", errors: airboxErrors, member: { id: found.value.memberId }, onDatabaseError };
    return memberCommand(ctx, options, async ({ tx, audit }) => {
      const step = await currentRepair(tx, found.value);
      if (!step.ok) return step;
      const { repair, airbox } = step.value;
      if (repair.status === "REMOTE_DIAGNOSIS") return fail(airboxErrors.error("REMOTE_DIAGNOSIS_FIRST", FIELD));
      if (repair.status !== "TECHNICIAN_SCHEDULED") return fail(airboxErrors.error("WRONG_REPAIR_STEP", FIELD, { status: repair.status }));
      // Re-checked under the member lock: the desk may have moved the slot to another technician.
      if (!airboxPolicies.actOnCase(ctx.actor, repair.technicianId)) return fail(airboxErrors.error("REPAIR_NOT_FOUND", FIELD));
      const now = ctx.clock.now();
      let replacementAirboxId: string | null = null;
      if (device) {
        const inUse = await deviceInUse(tx, device, ["input", "replacement"], airbox.id);
        if (inUse.length) return fail(...inUse);
        await repo.updateAirbox(tx, airbox.id, { replacedAt: now });
        const replacement = await repo.insertAirbox(tx, {
          memberId: repair.memberId,
          ...device,
          handedOverAt: now,
          recordedBy: actorId(ctx),
          replacesAirboxId: airbox.id,
          createdAt: now,
        });
        replacementAirboxId = replacement.id;
      }
      const row = await repo.updateRepair(tx, repair.id, {
        status: input.outcome,
        resolvedAt: now,
        resolutionNote: note,
        replacementAirboxId,
      });
      await audit({ targetIds: [repair.id, airbox.id, ...(replacementAirboxId ? [replacementAirboxId] : [])], details: { outcome: input.outcome, ...(device ?? {}) } });
      return ok(toAirboxRepair(row));
    });
  },
};

/** Under the member lock: re-reads the repair and its Airbox, and applies AIR-2's "no intervention after inadequate use". */
async function currentRepair(tx: Tx, found: RepairRow) {
  const repair = await repo.repairById(tx, found.id);
  const airbox = repair && (await repo.airboxById(tx, repair.airboxId));
  if (!repair || !airbox) return fail(airboxErrors.error("REPAIR_NOT_FOUND", FIELD));
  const refused = inadequateUse(airbox, FIELD);
  if (refused) return fail(refused);
  return ok({ repair, airbox });
}
