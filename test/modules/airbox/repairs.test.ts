import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { airboxes } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember, aStaffUser, actors, anAddress, anOption } from "../../support/factories.js";
import {
  COMPLETE_REPAIR,
  NOT_MEMBER_FACING,
  NOT_DESK,
  NOT_SERVING_STAFF,
  RECORD_DIAGNOSIS,
  REPORT_FAULT,
  SCHEDULE_TECHNICIAN,
  aDevice,
  aRepair,
  aRepairNeedingTechnician,
  aScheduledRepair,
  airboxGid,
  anAirbox,
  expectRefusedAsUserError,
  expectRefusedByShield,
  repairGid,
} from "./airbox.support.js";

/** Friday 27 Nov 2026, 08:00–09:00 Paris (07:00–08:00 UTC): inside AIRBOX_TECHNICIAN hours. */
const FRIDAY_8AM = { startsAt: "2026-11-27T07:00:00Z", endsAt: "2026-11-27T08:00:00Z" };

describe("reportAirboxFault and recordAirboxDiagnosis (AIR-3)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  it.each(["member", "delegate", "DESK_AGENT"] as const)("AIR-3: %s reports a faulty Airbox: a remote diagnosis comes first, audited", async (who) => {
    const m = who === "DESK_AGENT" ? await aMember(db.current) : cast.member;
    const box = await anAirbox(db.current, m.id);
    const input = who === "DESK_AGENT" ? { memberId: toGlobalId("Member", m.id), description: "Voyant rouge" } : { description: "Voyant rouge" };
    const res = await gql(db.current, cast.as[who], REPORT_FAULT, { variables: { input } });
    expect(res.data!.reportAirboxFault).toMatchObject({
      repair: { status: "REMOTE_DIAGNOSIS", description: "Voyant rouge", reportedAt: "2026-11-26T10:00:00.000Z" },
      userErrors: [],
    });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "reportAirboxFault", onBehalfOfMemberId: m.id, targetIds: [expect.any(String), box.id] });
    await db.current.db
      .update(airboxes)
      .set({ replacedAt: new Date("2026-11-26T09:00:00Z") })
      .where(eq(airboxes.id, box.id));
  });

  it("AIR-3: a second open repair, no Airbox, or an Airbox used inadequately are refused", async () => {
    const m = await aMember(db.current);
    await anOption(db.current, m.id);
    const none = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), REPORT_FAULT, { variables: { input: { description: "x" } } }),
      [m.id],
      "reportAirboxFault",
    );
    expect(none.errors).toEqual([["NO_AIRBOX", "AIR-1"]]);
    const box = await anAirbox(db.current, m.id);
    await aRepair(db.current, box);
    const open = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), REPORT_FAULT, { variables: { input: { description: "x" } } }),
      [m.id],
      "reportAirboxFault",
    );
    expect(open.errors).toEqual([["REPAIR_ALREADY_OPEN", "AIR-3"]]);
    const misused = await aMember(db.current);
    await anAirbox(db.current, misused.id, { inadequateUseAt: new Date("2026-11-20T00:00:00Z"), inadequateUseReason: "DAMAGE", inadequateUseRecordedBy: misused.id });
    const refused = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(misused), REPORT_FAULT, { variables: { input: { description: "x" } } }),
      [misused.id],
      "reportAirboxFault",
    );
    expect(refused.errors).toEqual([["INADEQUATE_USE", "AIR-2"]]);
  });

  it.each([
    ["RESOLVED_REMOTELY", "DESK_AGENT", "2026-11-26T10:00:00.000Z"],
    ["NEEDS_TECHNICIAN", "DESK_AGENT", null],
  ] as const)("AIR-3: the remote diagnosis concludes %s (%s)", async (outcome, who, resolvedAt) => {
    const m = await aMember(db.current);
    const repair = await aRepair(db.current, await anAirbox(db.current, m.id));
    const res = await gql(db.current, cast.as[who], RECORD_DIAGNOSIS, { variables: { input: { repairId: repairGid(repair), outcome, note: "Redémarrage" } } });
    expect(res.data!.recordAirboxDiagnosis).toMatchObject({
      repair: { status: outcome, diagnosisNote: "Redémarrage", diagnosedAt: "2026-11-26T10:00:00.000Z", resolvedAt },
      userErrors: [],
    });
    const again = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as[who], RECORD_DIAGNOSIS, { variables: { input: { repairId: repairGid(repair), outcome } } }),
      [m.id],
      "recordAirboxDiagnosis",
    );
    expect(again.errors).toEqual([["WRONG_REPAIR_STEP", "AIR-3"]]);
  });

  it.each(NOT_MEMBER_FACING)("AIR-3: %s cannot report a fault, and nothing is written", async (who) => {
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], REPORT_FAULT, { variables: { input: { memberId: cast.memberGid, description: "x" } } }), [
      cast.member.id,
    ]);
  });

  it.each(NOT_DESK)("AIR-3: %s cannot record a diagnosis (the desk's remote diagnosis, AUT-3), and nothing is written", async (who) => {
    const m = await aMember(db.current);
    const repair = await aRepair(db.current, await anAirbox(db.current, m.id));
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, cast.as[who], RECORD_DIAGNOSIS, { variables: { input: { repairId: repairGid(repair), outcome: "NEEDS_TECHNICIAN" } } }),
      [m.id],
    );
  });

  it("AIR-3: an anonymous caller cannot report a fault or record a diagnosis", async () => {
    const m = await aMember(db.current);
    const repair = await aRepair(db.current, await anAirbox(db.current, m.id));
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, REPORT_FAULT, { variables: { input: { memberId: toGlobalId("Member", m.id), description: "x" } } }),
      [m.id],
      "UNAUTHENTICATED",
    );
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, RECORD_DIAGNOSIS, { variables: { input: { repairId: repairGid(repair), outcome: "NEEDS_TECHNICIAN" } } }),
      [m.id],
      "UNAUTHENTICATED",
    );
  });
});

describe("scheduleAirboxTechnician (AIR-3)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  async function needingTechnician() {
    const m = await aMember(db.current);
    await anAddress(db.current, m.id);
    const repair = await aRepairNeedingTechnician(db.current, await anAirbox(db.current, m.id));
    return { m, repair };
  }
  const technician = () => toGlobalId("StaffUser", cast.staff.TECHNICIAN.id);
  const schedule = (who: keyof typeof cast.as, repairId: string, slot: { startsAt: string; endsAt: string }, technicianId?: string) =>
    gql(db.current, cast.as[who], SCHEDULE_TECHNICIAN, { variables: { input: { repairId, ...slot, ...(technicianId ? { technicianId } : {}) } } });

  it("AIR-3: the desk books a technician's weekday slot between 08:00 and 20:00 Paris time, audited; it may move it to another technician", async () => {
    const { m, repair } = await needingTechnician();
    const res = await schedule("DESK_AGENT", repairGid(repair), FRIDAY_8AM, technician());
    expect(res.data!.scheduleAirboxTechnician).toMatchObject({
      repair: { status: "TECHNICIAN_SCHEDULED", slotStartsAt: "2026-11-27T07:00:00.000Z", slotEndsAt: "2026-11-27T08:00:00.000Z" },
      userErrors: [],
    });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "scheduleAirboxTechnician", onBehalfOfMemberId: m.id, targetIds: [repair.id, cast.staff.TECHNICIAN.id] });
    const other = await aStaffUser(db.current, "TECHNICIAN");
    const moved = await schedule("DESK_AGENT", repairGid(repair), { startsAt: "2026-11-30T18:00:00Z", endsAt: "2026-11-30T19:00:00Z" }, toGlobalId("StaffUser", other.id));
    expect(moved.data!.scheduleAirboxTechnician).toMatchObject({ repair: { slotStartsAt: "2026-11-30T18:00:00.000Z" }, userErrors: [] });
  });

  it.each([
    ["Saturday 10:00", { startsAt: "2026-11-28T09:00:00Z", endsAt: "2026-11-28T10:00:00Z" }],
    ["Friday 19:30–20:30", { startsAt: "2026-11-27T18:30:00Z", endsAt: "2026-11-27T19:30:00Z" }],
    ["Monday 07:00–08:30", { startsAt: "2026-11-30T06:00:00Z", endsAt: "2026-11-30T07:30:00Z" }],
    ["Sunday 12:00", { startsAt: "2026-11-29T11:00:00Z", endsAt: "2026-11-29T12:00:00Z" }],
    ["an end before its start", { startsAt: "2026-11-27T09:00:00Z", endsAt: "2026-11-27T08:00:00Z" }],
  ])("AIR-3: a slot on %s is outside the technician's hours: refused, nothing written", async (_label, slot) => {
    const { m, repair } = await needingTechnician();
    const { errors } = await expectRefusedAsUserError(db.current, () => schedule("DESK_AGENT", repairGid(repair), slot, technician()), [m.id], "scheduleAirboxTechnician");
    expect(errors).toEqual([["SLOT_OUTSIDE_HOURS", "AIR-3"]]);
  });

  it("AIR-3: a slot in the past, or with no technician (the desk must name one, and it must be a technician), is refused", async () => {
    const { m, repair } = await needingTechnician();
    const past = await expectRefusedAsUserError(
      db.current,
      () => schedule("DESK_AGENT", repairGid(repair), { startsAt: "2026-11-26T08:00:00Z", endsAt: "2026-11-26T09:00:00Z" }, technician()),
      [m.id],
      "scheduleAirboxTechnician",
    );
    expect(past.errors).toEqual([["SLOT_IN_PAST", "AIR-3"]]);
    for (const technicianId of [undefined, toGlobalId("StaffUser", cast.staff.COACH.id), "garbage"]) {
      const { errors } = await expectRefusedAsUserError(
        db.current,
        () => schedule("DESK_AGENT", repairGid(repair), FRIDAY_8AM, technicianId ?? undefined),
        [m.id],
        "scheduleAirboxTechnician",
      );
      expect(errors).toEqual([["NOT_A_TECHNICIAN", "AIR-3"]]);
    }
  });

  it("AIR-3: remote diagnosis first: a repair still in remote diagnosis gets no technician", async () => {
    const m = await aMember(db.current);
    await anAddress(db.current, m.id);
    const repair = await aRepair(db.current, await anAirbox(db.current, m.id));
    const { errors } = await expectRefusedAsUserError(db.current, () => schedule("DESK_AGENT", repairGid(repair), FRIDAY_8AM, technician()), [m.id], "scheduleAirboxTechnician");
    expect(errors).toEqual([["REMOTE_DIAGNOSIS_FIRST", "AIR-3"]]);
  });

  it("ZON-2: the technician comes to the member's home: no main address, no slot", async () => {
    const m = await aMember(db.current);
    const repair = await aRepairNeedingTechnician(db.current, await anAirbox(db.current, m.id));
    const { errors } = await expectRefusedAsUserError(db.current, () => schedule("DESK_AGENT", repairGid(repair), FRIDAY_8AM, technician()), [m.id], "scheduleAirboxTechnician");
    expect(errors).toEqual([["NO_HOME_ADDRESS", "ZON-2"]]);
  });

  it("AIR-2: no technician after inadequate use", async () => {
    const m = await aMember(db.current);
    await anAddress(db.current, m.id);
    const box = await anAirbox(db.current, m.id, { inadequateUseAt: new Date("2026-11-25T00:00:00Z"), inadequateUseReason: "DAMAGE", inadequateUseRecordedBy: m.id });
    const repair = await aRepairNeedingTechnician(db.current, box);
    const { errors } = await expectRefusedAsUserError(db.current, () => schedule("DESK_AGENT", repairGid(repair), FRIDAY_8AM, technician()), [m.id], "scheduleAirboxTechnician");
    expect(errors).toEqual([["INADEQUATE_USE", "AIR-2"]]);
  });

  it.each(NOT_DESK)("AIR-3: %s cannot schedule a technician (assigning is the desk's act, AUT-3), and nothing is written", async (who) => {
    const { m, repair } = await needingTechnician();
    await expectRefusedByShield(db.current, () => schedule(who, repairGid(repair), FRIDAY_8AM, toGlobalId("StaffUser", cast.staff.TECHNICIAN.id)), [m.id]);
  });

  it("AIR-3: an anonymous caller cannot schedule a technician", async () => {
    const { m, repair } = await needingTechnician();
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, SCHEDULE_TECHNICIAN, { variables: { input: { repairId: repairGid(repair), ...FRIDAY_8AM } } }),
      [m.id],
      "UNAUTHENTICATED",
    );
  });
});

describe("completeAirboxRepair (AIR-3)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  async function scheduled(technicianId = cast.staff.TECHNICIAN.id) {
    const m = await aMember(db.current);
    const box = await anAirbox(db.current, m.id);
    const repair = await aScheduledRepair(db.current, box, technicianId);
    return { m, box, repair };
  }

  it("AIR-3: the assigned technician records the repair, audited", async () => {
    const { m, box, repair } = await scheduled();
    const res = await gql(db.current, cast.as.TECHNICIAN, COMPLETE_REPAIR, { variables: { input: { repairId: repairGid(repair), outcome: "REPAIRED", note: "Antenne changée" } } });
    expect(res.data!.completeAirboxRepair).toMatchObject({
      repair: {
        status: "REPAIRED",
        resolvedAt: "2026-11-26T10:00:00.000Z",
        resolutionNote: "Antenne changée",
        airbox: { id: airboxGid(box), replacedAt: null },
        replacement: null,
      },
      userErrors: [],
    });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "completeAirboxRepair", actorRole: "TECHNICIAN", onBehalfOfMemberId: m.id, details: { outcome: "REPAIRED" } });
  });

  it("AIR-3: a replacement records the new serial and SIM, keeps the old Airbox in the history, and the member sees the new one", async () => {
    const { m, box, repair } = await scheduled();
    const device = aDevice();
    const res = await gql(db.current, cast.as.DESK_AGENT, COMPLETE_REPAIR, { variables: { input: { repairId: repairGid(repair), outcome: "REPLACED", replacement: device } } });
    expect(res.errors).toBeUndefined();
    const replacement = res.data!.completeAirboxRepair.repair.replacement;
    expect(res.data!.completeAirboxRepair.repair).toMatchObject({ status: "REPLACED", airbox: { id: airboxGid(box), replacedAt: "2026-11-26T10:00:00.000Z" } });
    expect(replacement).toMatchObject({ serialNumber: device.serialNumber, simIccid: device.simIccid, replaces: { id: airboxGid(box) } });
    const current = await db.current.db
      .select()
      .from(airboxes)
      .where(and(eq(airboxes.memberId, m.id), isNull(airboxes.replacedAt)));
    expect(current.map((a) => airboxGid(a))).toEqual([replacement.id]);
    const me = await gql(db.current, actors.member(m), `{ me { member { airbox { id replaces { id replacedAt } } } } }`);
    expect(me.data!.me.member.airbox).toEqual({ id: replacement.id, replaces: { id: airboxGid(box), replacedAt: "2026-11-26T10:00:00.000Z" } });
  });

  it("AIR-3: a replacement without a valid new device, or with a SIM held elsewhere, is refused and nothing is written", async () => {
    const { m, repair } = await scheduled();
    const missing = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, COMPLETE_REPAIR, { variables: { input: { repairId: repairGid(repair), outcome: "REPLACED" } } }),
      [m.id],
      "completeAirboxRepair",
    );
    expect(missing.errors).toEqual([["REPLACEMENT_REQUIRED", "AIR-3"]]);
    const invalid = await expectRefusedAsUserError(
      db.current,
      () =>
        gql(db.current, cast.as.DESK_AGENT, COMPLETE_REPAIR, {
          variables: { input: { repairId: repairGid(repair), outcome: "REPLACED", replacement: { serialNumber: "?", simIccid: "1" } } },
        }),
      [m.id],
      "completeAirboxRepair",
    );
    expect(invalid.errors).toEqual([
      ["INVALID_SERIAL", "AIR-1"],
      ["INVALID_ICCID", "AIR-1"],
    ]);
    const holder = await anAirbox(db.current, (await aMember(db.current)).id);
    const held = await expectRefusedAsUserError(
      db.current,
      () =>
        gql(db.current, cast.as.DESK_AGENT, COMPLETE_REPAIR, {
          variables: { input: { repairId: repairGid(repair), outcome: "REPLACED", replacement: { serialNumber: aDevice().serialNumber, simIccid: holder.simIccid } } },
        }),
      [m.id, holder.memberId],
      "completeAirboxRepair",
    );
    expect(held.errors).toEqual([["ICCID_IN_USE", "AIR-1"]]);
  });

  it("AIR-3: repaired only after the technician's slot is booked (remote diagnosis first)", async () => {
    const m = await aMember(db.current);
    const box = await anAirbox(db.current, m.id);
    const inDiagnosis = await aRepair(db.current, box);
    const first = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, COMPLETE_REPAIR, { variables: { input: { repairId: repairGid(inDiagnosis), outcome: "REPAIRED" } } }),
      [m.id],
      "completeAirboxRepair",
    );
    expect(first.errors).toEqual([["REMOTE_DIAGNOSIS_FIRST", "AIR-3"]]);
    const m2 = await aMember(db.current);
    const waiting = await aRepairNeedingTechnician(db.current, await anAirbox(db.current, m2.id));
    const step = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, COMPLETE_REPAIR, { variables: { input: { repairId: repairGid(waiting), outcome: "REPAIRED" } } }),
      [m2.id],
      "completeAirboxRepair",
    );
    expect(step.errors).toEqual([["WRONG_REPAIR_STEP", "AIR-3"]]);
  });

  it("AUT-3: a technician completes only their own visits", async () => {
    const colleague = await aStaffUser(db.current, "TECHNICIAN");
    const { m, repair } = await scheduled(colleague.id);
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.TECHNICIAN, COMPLETE_REPAIR, { variables: { input: { repairId: repairGid(repair), outcome: "REPAIRED" } } }),
      [m.id],
      "completeAirboxRepair",
    );
    expect(errors).toEqual([["REPAIR_NOT_FOUND", "AUT-2"]]);
  });

  it("AIR-2: no repair after inadequate use", async () => {
    const m = await aMember(db.current);
    const box = await anAirbox(db.current, m.id, { inadequateUseAt: new Date("2026-11-25T00:00:00Z"), inadequateUseReason: "OTHER", inadequateUseRecordedBy: m.id });
    const repair = await aScheduledRepair(db.current, box, cast.staff.TECHNICIAN.id);
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.TECHNICIAN, COMPLETE_REPAIR, { variables: { input: { repairId: repairGid(repair), outcome: "REPAIRED" } } }),
      [m.id],
      "completeAirboxRepair",
    );
    expect(errors).toEqual([["INADEQUATE_USE", "AIR-2"]]);
  });

  it.each(NOT_SERVING_STAFF)("AIR-3: %s cannot complete a repair, and nothing is written", async (who) => {
    const { m, repair } = await scheduled();
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], COMPLETE_REPAIR, { variables: { input: { repairId: repairGid(repair), outcome: "REPAIRED" } } }), [
      m.id,
    ]);
  });

  it("AIR-3: an anonymous caller cannot complete a repair", async () => {
    const { m, repair } = await scheduled();
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, COMPLETE_REPAIR, { variables: { input: { repairId: repairGid(repair), outcome: "REPAIRED" } } }),
      [m.id],
      "UNAUTHENTICATED",
    );
  });
});
