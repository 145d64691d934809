import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { airboxes } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, refusalCodes } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember, aStaffUser, actors, anAddress } from "../../support/factories.js";
import { aProService } from "../pro/pro.support.js";
import {
  AIRBOX,
  NOT_SERVING_STAFF,
  RECORD_HANDOVER,
  RECORD_INADEQUATE_USE,
  aDevice,
  aRepair,
  aScheduledRepair,
  airboxGid,
  anAirbox,
  anIccid,
  anIncident,
  expectRefusedAsUserError,
  expectRefusedByShield,
  incidentGid,
  repairGid,
} from "./airbox.support.js";

describe("recordAirboxHandover (AIR-1)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });
  const handover = (who: "DESK_AGENT" | "TECHNICIAN", memberId: string, device: { serialNumber: string; simIccid: string }, extra: Record<string, unknown> = {}) =>
    gql(db.current, cast.as[who], RECORD_HANDOVER, { variables: { input: { memberId: toGlobalId("Member", memberId), device, ...extra } } });

  it("AIR-1: the desk records the Airbox handed over at the entry appointment (serial, SIM), audited", async () => {
    const m = await aMember(db.current);
    const iccid = anIccid();
    const res = await handover("DESK_AGENT", m.id, { serialNumber: " ab-123 456 ", simIccid: `${iccid.slice(0, 4)} ${iccid.slice(4)}` });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordAirboxHandover).toMatchObject({
      airbox: { serialNumber: "AB-123456", simIccid: iccid, handedOverAt: "2026-11-26T10:00:00.000Z", replacedAt: null, inadequateUse: null },
      userErrors: [],
    });
    const [row] = await db.current.db.select().from(airboxes).where(eq(airboxes.memberId, m.id));
    expect(row).toMatchObject({ serialNumber: "AB-123456", simIccid: iccid, recordedBy: cast.staff.DESK_AGENT.id });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "recordAirboxHandover", actorRole: "DESK_AGENT", onBehalfOfMemberId: m.id, targetIds: [row!.id] });
  });

  it("AIR-1: a technician the desk assigned to the member records it too, with the appointment's date", async () => {
    const m = await aMember(db.current);
    await aProService(db.current, m.id, { technicianId: cast.staff.TECHNICIAN.id });
    const res = await handover("TECHNICIAN", m.id, aDevice(), { handedOverAt: "2026-11-20T14:00:00Z" });
    expect(res.data!.recordAirboxHandover).toMatchObject({ airbox: { handedOverAt: "2026-11-20T14:00:00.000Z" }, userErrors: [] });
  });

  it("AUT-3: a technician who does not serve the member records no handover: not found, nothing written", async () => {
    const m = await aMember(db.current);
    const { errors } = await expectRefusedAsUserError(db.current, () => handover("TECHNICIAN", m.id, aDevice()), [m.id], "recordAirboxHandover");
    expect(errors).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
  });

  it("AIR-1: one Airbox per member: a second handover is refused, and nothing is written", async () => {
    const m = await aMember(db.current);
    const first = await anAirbox(db.current, m.id);
    const { errors, userErrors } = await expectRefusedAsUserError(db.current, () => handover("DESK_AGENT", m.id, aDevice()), [m.id], "recordAirboxHandover");
    expect(errors).toEqual([["AIRBOX_ALREADY_ASSIGNED", "AIR-1"]]);
    expect(userErrors[0]!.message).toContain(first.serialNumber);
  });

  it.each([
    ["AB", "8933011234567890128", "INVALID_SERIAL"],
    ["AB/12", "8933011234567890128", "INVALID_SERIAL"],
    ["x".repeat(10_000), "8933011234567890128", "INVALID_SERIAL"],
  ])("AIR-1: serial %#: invalid serial numbers are refused", async (serialNumber, _iccid, code) => {
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => handover("DESK_AGENT", cast.member.id, { serialNumber, simIccid: anIccid() }),
      [cast.member.id],
      "recordAirboxHandover",
    );
    expect(errors).toEqual([[code, "AIR-1"]]);
  });

  it("AIR-1: an ICCID with a wrong check digit, prefix or length is refused; every problem at once", async () => {
    const good = anIccid();
    const wrongCheck = good.slice(0, -1) + String((Number(good.at(-1)) + 1) % 10);
    for (const simIccid of [wrongCheck, `12${good.slice(2)}`, good.slice(0, 15), "8".repeat(10_000)]) {
      const { errors, userErrors } = await expectRefusedAsUserError(
        db.current,
        () => handover("DESK_AGENT", cast.member.id, { serialNumber: "?", simIccid }),
        [cast.member.id],
        "recordAirboxHandover",
      );
      expect(errors).toEqual([
        ["INVALID_SERIAL", "AIR-1"],
        ["INVALID_ICCID", "AIR-1"],
      ]);
      expect(userErrors.map((e) => e.field)).toEqual([
        ["input", "device", "serialNumber"],
        ["input", "device", "simIccid"],
      ]);
    }
  });

  it("AIR-1: a serial number or SIM already on another member's Airbox is refused", async () => {
    const holder = await aMember(db.current);
    const held = await anAirbox(db.current, holder.id);
    const m = await aMember(db.current);
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => handover("DESK_AGENT", m.id, { serialNumber: held.serialNumber, simIccid: held.simIccid }),
      [m.id, holder.id],
      "recordAirboxHandover",
    );
    expect(errors).toEqual([
      ["SERIAL_IN_USE", "AIR-1"],
      ["ICCID_IN_USE", "AIR-1"],
    ]);
  });

  it("AIR-1: only an active member gets an Airbox; an unknown or malformed member id is not found; no future date", async () => {
    for (const status of ["CANDIDATE", "ACCEPTED", "REJECTED"] as const) {
      const m = await aMember(db.current, { status });
      const { errors } = await expectRefusedAsUserError(db.current, () => handover("DESK_AGENT", m.id, aDevice()), [m.id], "recordAirboxHandover");
      expect(errors).toEqual([["MEMBERSHIP_NOT_ACTIVE", "AIR-1"]]);
    }
    for (const memberId of [toGlobalId("Member", "00000000-0000-4000-8000-000000000000"), "garbage", toGlobalId("Address", cast.member.id)]) {
      const res = await gql(db.current, cast.as.DESK_AGENT, RECORD_HANDOVER, { variables: { input: { memberId, device: aDevice() } } });
      expect(refusalCodes(res, "recordAirboxHandover")).toEqual(["MEMBER_NOT_FOUND"]);
    }
    const m = await aMember(db.current);
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => handover("DESK_AGENT", m.id, aDevice(), { handedOverAt: "2026-11-27T10:00:00Z" }),
      [m.id],
      "recordAirboxHandover",
    );
    expect(errors).toEqual([["HANDOVER_IN_FUTURE", "AIR-1"]]);
  });

  it.each(NOT_SERVING_STAFF)("AIR-1: %s cannot record a handover, and nothing is written", async (who) => {
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], RECORD_HANDOVER, { variables: { input: { memberId: cast.memberGid, device: aDevice() } } }), [
      cast.member.id,
    ]);
  });

  it("AIR-1: an anonymous caller cannot record a handover", async () => {
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, RECORD_HANDOVER, { variables: { input: { memberId: cast.memberGid, device: aDevice() } } }),
      [cast.member.id],
      "UNAUTHENTICATED",
    );
  });
});

describe("recordAirboxInadequateUse (AIR-2)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });
  const record = (who: keyof typeof cast.as, airboxId: string) =>
    gql(db.current, cast.as[who], RECORD_INADEQUATE_USE, { variables: { input: { airboxId, reason: "MOBILE_USE", note: "Utilisée en vacances" } } });

  it.each(["DESK_AGENT", "TECHNICIAN"] as const)(
    "AIR-2: %s (the desk, or a technician serving the member) records an inadequate use (mobile use), audited; a second time is refused",
    async (who) => {
      const m = await aMember(db.current);
      const box = await anAirbox(db.current, m.id);
      await aScheduledRepair(db.current, box, cast.staff.TECHNICIAN.id);
      const res = await record(who, airboxGid(box));
      expect(res.data!.recordAirboxInadequateUse).toMatchObject({
        airbox: { inadequateUse: { recordedAt: "2026-11-26T10:00:00.000Z", reason: "MOBILE_USE", note: "Utilisée en vacances" } },
        userErrors: [],
      });
      const [audit] = await auditRowsOf(db.current, res.requestId);
      expect(audit).toMatchObject({ operation: "recordAirboxInadequateUse", actorRole: who, onBehalfOfMemberId: m.id });
      const { errors } = await expectRefusedAsUserError(db.current, () => record(who, airboxGid(box)), [m.id], "recordAirboxInadequateUse");
      expect(errors).toEqual([["INADEQUATE_USE", "AIR-2"]]);
    },
  );

  it("AIR-2: a replaced Airbox or a malformed id is not found", async () => {
    const m = await aMember(db.current);
    const old = await anAirbox(db.current, m.id, { replacedAt: new Date("2026-11-20T00:00:00Z") });
    for (const id of [airboxGid(old), "garbage"]) {
      const { errors } = await expectRefusedAsUserError(db.current, () => record("DESK_AGENT", id), [m.id], "recordAirboxInadequateUse");
      expect(errors).toEqual([["AIRBOX_NOT_FOUND", "AUT-2"]]);
    }
  });

  it("AUT-3: a technician who does not serve the member records no inadequate use: not found, nothing written", async () => {
    const box = await anAirbox(db.current, (await aMember(db.current)).id);
    const { errors } = await expectRefusedAsUserError(db.current, () => record("TECHNICIAN", airboxGid(box)), [box.memberId], "recordAirboxInadequateUse");
    expect(errors).toEqual([["AIRBOX_NOT_FOUND", "AUT-2"]]);
  });

  it.each(NOT_SERVING_STAFF)("AIR-2: %s cannot record an inadequate use, and nothing is written", async (who) => {
    const box = await anAirbox(db.current, (await aMember(db.current)).id);
    await expectRefusedByShield(db.current, () => record(who, airboxGid(box)), [box.memberId]);
  });

  it("AIR-2: an anonymous caller cannot record an inadequate use", async () => {
    const box = await anAirbox(db.current, (await aMember(db.current)).id);
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, RECORD_INADEQUATE_USE, { variables: { input: { airboxId: airboxGid(box), reason: "OTHER" } } }),
      [box.memberId],
      "UNAUTHENTICATED",
    );
  });
});

const AIRBOX_DATA = `airbox { ${AIRBOX} replaces { id } incidents { id status } repairs { id status } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename id
  ... on Member { ${AIRBOX_DATA} }
  ... on Airbox { serialNumber incidents { id } repairs { id } }
  ... on AirboxIncident { incidentStatus: status airbox { id } }
  ... on AirboxRepair { repairStatus: status airbox { id } } } }`;

describe("Member.airbox and the Airbox types (reads)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let ids: { airbox: string; old: string; incident: string; repair: string };
  beforeAll(async () => {
    cast = await aCast(db.current);
    const home = await anAddress(db.current, cast.member.id);
    const old = await anAirbox(db.current, cast.member.id, { replacedAt: new Date("2026-11-10T00:00:00Z") });
    const box = await anAirbox(db.current, cast.member.id, { replacesAirboxId: old.id });
    const incident = await anIncident(db.current, box, home.id);
    const repair = await aRepair(db.current, box);
    ids = { airbox: airboxGid(box), old: airboxGid(old), incident: incidentGid(incident), repair: repairGid(repair) };
    // AUT-3: the cast's technician serves the member (the desk assigned him a Univers Pro request of theirs).
    await aProService(db.current, cast.member.id, { technicianId: cast.staff.TECHNICIAN.id });
  });

  it.each(["member", "delegate", "DESK_AGENT"] as const)("AIR-1: %s sees the member's current Airbox, its history, incidents and repairs", async (who) => {
    const res = await gql(db.current, cast.as[who], NODE, { variables: { id: cast.memberGid } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node.airbox).toMatchObject({
      id: ids.airbox,
      replacedAt: null,
      replaces: { id: ids.old },
      incidents: [{ id: ids.incident, status: "DECLARED" }],
      repairs: [{ id: ids.repair, status: "REMOTE_DIAGNOSIS" }],
    });
  });

  it.each(["member", "delegate", "DESK_AGENT", "TECHNICIAN"] as const)(
    "AIR-3: %s (a technician: one who serves the member) fetches the Airbox, the incident and the repair by global id",
    async (who) => {
      for (const [id, typename] of [
        [ids.airbox, "Airbox"],
        [ids.incident, "AirboxIncident"],
        [ids.repair, "AirboxRepair"],
      ] as const) {
        const res = await gql(db.current, cast.as[who], NODE, { variables: { id } });
        expect(res.errors).toBeUndefined();
        expect(res.data!.node).toMatchObject({ __typename: typename, id });
      }
    },
  );

  it.each(["otherMember", "payer", "COACH", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
    "AUT-2: %s cannot reach the member's Airbox, incidents or repairs",
    async (who) => {
      for (const id of [ids.airbox, ids.incident, ids.repair]) {
        const res = await gql(db.current, cast.as[who], NODE, { variables: { id } });
        expect(res.errors).toBeUndefined();
        expect(res.data!.node).toBeNull();
      }
    },
  );

  it("AUT-3: a technician who does not serve the member cannot reach its Airbox, incidents or repairs", async () => {
    const stranger = actors.staff(await aStaffUser(db.current, "TECHNICIAN"));
    for (const id of [ids.airbox, ids.incident, ids.repair]) {
      const res = await gql(db.current, stranger, NODE, { variables: { id } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toBeNull();
    }
  });

  it("AUT-1: an anonymous caller cannot fetch an Airbox", async () => {
    const res = await gql(db.current, null, NODE, { variables: { id: ids.airbox } });
    expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
  });

  it("AIR-1: a member without an Airbox reads null", async () => {
    const m = await aMember(db.current);
    const res = await gql(db.current, actors.member(m), `{ me { member { airbox { id } } } }`);
    expect(res.data!.me.member.airbox).toBeNull();
  });
});

const MEMBERS = `query($first: Int!, $search: String) { members(first: $first, search: $search) { edges { node { id ${AIRBOX_DATA} } } } }`;

describe("members connection with Airboxes: statements do not grow with the page size", () => {
  const db = useTestDatabase();
  let desk: Awaited<ReturnType<typeof aCast>>["as"]["DESK_AGENT"];
  beforeAll(async () => {
    desk = (await aCast(db.current)).as.DESK_AGENT;
    for (let i = 0; i < 50; i++) {
      const m = await aMember(db.current, { lastName: `Air${String(i).padStart(2, "0")}` });
      const home = await anAddress(db.current, m.id);
      const old = await anAirbox(db.current, m.id, { replacedAt: new Date("2026-11-10T00:00:00Z") });
      const box = await anAirbox(db.current, m.id, { replacesAirboxId: old.id });
      await anIncident(db.current, box, home.id);
      await aRepair(db.current, box);
    }
  });

  async function statementsFor(first: number): Promise<number> {
    const before = db.current.statements.count;
    const res = await gql(db.current, desk, MEMBERS, { variables: { first, search: "Air" } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.members.edges).toHaveLength(first);
    expect(res.data!.members.edges[0].node.airbox.incidents).toHaveLength(1);
    return db.current.statements.count - before;
  }

  it("AIR-1: 5 and 50 members with their Airbox, its predecessor, incidents and repairs take the same number of statements", async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
    // principal check + page + current airboxes + predecessors + incidents + repairs
    expect(five).toBeLessThanOrEqual(6);
  });
});
