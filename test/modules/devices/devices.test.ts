import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { devices } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aMember, actors, anOption } from "../../support/factories.js";
import {
  ACTIVATE,
  DESIGNATE,
  NOT_COACH,
  NOT_MEMBER_SIDE,
  REMOVE,
  aCoachedCast,
  aDevice,
  activeDevicesOf,
  assignCoach,
  deviceGid,
  deviceInput,
  expectRefusedAsUserError,
  expectRefusedByShield,
  type CoachedCast,
} from "./devices.support.js";

describe("designateDevice", () => {
  const db = useTestDatabase();
  let cast: CoachedCast;
  beforeAll(async () => {
    cast = await aCoachedCast(db.current);
  });

  it("DEV-2: the member designates a device (name, kind, OS, connectivity): DESIGNATED, audited", async () => {
    const m = await aMember(db.current);
    await anOption(db.current, m.id);
    const res = await gql(db.current, actors.member(m), DESIGNATE, { variables: { input: deviceInput({ name: "  iPad de Jeanne ", kind: "TABLET", os: "IPADOS" }) } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.designateDevice.userErrors).toEqual([]);
    const [row] = await activeDevicesOf(db.current, m.id);
    expect(res.data!.designateDevice.device).toEqual({
      id: deviceGid(row!),
      name: "iPad de Jeanne",
      kind: "TABLET",
      os: "IPADOS",
      state: "DESIGNATED",
      hasInternetConnectivity: true,
      designatedAt: "2026-11-26T10:00:00.000Z",
      activatedAt: null,
      activatedBy: null,
      removedAt: null,
    });
    expect(row).toMatchObject({ designatedByRole: "MEMBER", designatedById: m.id });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "designateDevice", actorRole: "MEMBER", onBehalfOfMemberId: m.id, targetIds: [row!.id] });
  });

  it("DEV-2: the delegate designates for their member, recorded as the delegate on the member's behalf", async () => {
    const res = await gql(db.current, cast.as.delegate, DESIGNATE, { variables: { input: deviceInput({ name: "Mac du délégué", kind: "COMPUTER", os: "MACOS" }) } });
    expect(res.data!.designateDevice.userErrors).toEqual([]);
    const row = (await activeDevicesOf(db.current, cast.member.id)).find((d) => d.name === "Mac du délégué");
    expect(row).toMatchObject({ designatedByRole: "DELEGATE", designatedById: cast.delegate.id });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ actorRole: "DELEGATE", actorId: cast.delegate.id, onBehalfOfMemberId: cast.member.id });
  });

  it("DEV-2: the desk designates for a member it names; without memberId it is told to name one", async () => {
    const res = await gql(db.current, cast.as.DESK_AGENT, DESIGNATE, { variables: { input: deviceInput({ memberId: cast.memberGid, name: "Android", os: "ANDROID" }) } });
    expect(res.data!.designateDevice.userErrors).toEqual([]);
    expect((await activeDevicesOf(db.current, cast.member.id)).some((d) => d.name === "Android" && d.designatedByRole === "DESK_AGENT")).toBe(true);
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, DESIGNATE, { variables: { input: deviceInput() } }),
      [cast.member.id],
      "designateDevice",
    );
    expect(errors).toEqual([["MEMBER_ID_REQUIRED", null]]);
  });

  it("DEV-2: a device without internet connectivity may be designated (activation will need it)", async () => {
    const res = await gql(db.current, cast.as.member, DESIGNATE, { variables: { input: deviceInput({ name: "Tablette hors ligne", hasInternetConnectivity: false }) } });
    expect(res.data!.designateDevice.device).toMatchObject({ state: "DESIGNATED", hasInternetConnectivity: false });
  });

  it("DEV-1: the 21st device is refused with the limit in the message; nothing is written", async () => {
    const m = await aMember(db.current);
    await anOption(db.current, m.id);
    for (let i = 0; i < 19; i++) await aDevice(db.current, m.id, {});
    const twentieth = await gql(db.current, actors.member(m), DESIGNATE, { variables: { input: deviceInput() } });
    expect(twentieth.data!.designateDevice.userErrors).toEqual([]);
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), DESIGNATE, { variables: { input: deviceInput() }, locale: "en" }),
      [m.id],
      "designateDevice",
    );
    expect(errors).toEqual([["DEVICE_LIMIT_REACHED", "DEV-1"]]);
    expect(userErrors[0]!.message).toBe("At most 20 protected devices per member: the limit is reached. Remove a device to free a slot.");
    expect(await activeDevicesOf(db.current, m.id)).toHaveLength(20);
  });

  it("DEV-1: active and designated devices both hold a slot; removed ones do not", async () => {
    const m = await aMember(db.current);
    await anOption(db.current, m.id);
    for (let i = 0; i < 10; i++) {
      await aDevice(db.current, m.id, { state: "ACTIVE", activatedAt: new Date("2026-11-11T09:00:00Z"), activatedById: cast.staff.COACH.id });
      await aDevice(db.current, m.id);
    }
    await aDevice(db.current, m.id, { removedAt: new Date("2026-11-12T09:00:00Z"), removedByRole: "MEMBER", removedById: m.id });
    const full = await gql(db.current, actors.member(m), DESIGNATE, { variables: { input: deviceInput() } });
    expect(full.data!.designateDevice.userErrors.map((e: { rule: string }) => e.rule)).toEqual(["DEV-1"]);
  });

  it("DEV-1: any kind and OS is accepted: phone, tablet, computer on every OS", async () => {
    const m = await aMember(db.current);
    await anOption(db.current, m.id);
    const combos = [
      ["PHONE", "ANDROID"],
      ["PHONE", "IOS"],
      ["TABLET", "IPADOS"],
      ["COMPUTER", "WINDOWS"],
      ["COMPUTER", "MACOS"],
      ["COMPUTER", "LINUX"],
      ["TABLET", "OTHER"],
    ];
    for (const [kind, os] of combos) {
      const res = await gql(db.current, actors.member(m), DESIGNATE, { variables: { input: deviceInput({ kind, os }) } });
      expect(res.data!.designateDevice.userErrors).toEqual([]);
    }
    expect(await activeDevicesOf(db.current, m.id)).toHaveLength(combos.length);
  });

  it.each([
    ["", "empty"],
    ["   ", "blank"],
    ["x".repeat(61), "too long"],
    ["x".repeat(100_000), "huge"],
  ])("DEV-2: a %s name (%s) is refused, nothing written", async (name) => {
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.member, DESIGNATE, { variables: { input: deviceInput({ name }) } }),
      [cast.member.id],
      "designateDevice",
    );
    expect(errors).toEqual([["INVALID_TEXT", null]]);
    expect(userErrors[0]!.field).toEqual(["input", "name"]);
  });

  it("DEV-2: no device without the option in force (OPT-2), nor for a terminated membership (MEM-2)", async () => {
    const noOption = await aMember(db.current);
    const a = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(noOption), DESIGNATE, { variables: { input: deviceInput() } }),
      [noOption.id],
      "designateDevice",
    );
    expect(a.errors).toEqual([["OPTION_NOT_IN_FORCE", "OPT-2"]]);
    const ended = await aMember(db.current);
    await anOption(db.current, ended.id, { endsAt: new Date("2026-11-20T09:00:00Z"), endReason: "MEMBER_REQUEST" });
    const b = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(ended), DESIGNATE, { variables: { input: deviceInput() } }),
      [ended.id],
      "designateDevice",
    );
    expect(b.errors).toEqual([["OPTION_NOT_IN_FORCE", "OPT-2"]]);
    const terminated = await aMember(db.current, { status: "TERMINATED" });
    await anOption(db.current, terminated.id);
    const c = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, DESIGNATE, { variables: { input: deviceInput({ memberId: toGlobalId("Member", terminated.id) }) } }),
      [terminated.id],
      "designateDevice",
    );
    expect(c.errors).toEqual([["MEMBERSHIP_CLOSED", "MEM-2"]]);
  });

  it.each([
    ["another member's id", () => toGlobalId("Member", "00000000-0000-4000-8000-000000000000")],
    ["a malformed id", () => "not-a-global-id"],
    ["an address id", () => toGlobalId("Address", "00000000-0000-4000-8000-000000000000")],
  ])("AUT-2: the desk naming %s gets MEMBER_NOT_FOUND, never a 500", async (_label, memberId) => {
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, DESIGNATE, { variables: { input: deviceInput({ memberId: memberId() }) } }),
      [cast.member.id],
      "designateDevice",
    );
    expect(errors).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
  });

  it("AUT-2: another member cannot designate a device for this member", async () => {
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.otherMember, DESIGNATE, { variables: { input: deviceInput({ memberId: cast.memberGid }) } }),
      [cast.member.id, cast.other.id],
      "designateDevice",
    );
    expect(errors).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
  });

  it.each(NOT_MEMBER_SIDE)("AUT-3: %s cannot designate a device (FORBIDDEN, nothing written)", async (who) => {
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], DESIGNATE, { variables: { input: deviceInput({ memberId: cast.memberGid }) } }), [cast.member.id]);
  });

  it("AUT-1: an anonymous caller cannot designate a device", async () => {
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, DESIGNATE, { variables: { input: deviceInput({ memberId: cast.memberGid }) } }),
      [cast.member.id],
      "UNAUTHENTICATED",
    );
  });
});

describe("activateDevice", () => {
  const db = useTestDatabase();
  let cast: CoachedCast;
  beforeAll(async () => {
    cast = await aCoachedCast(db.current);
  });
  const rowOf = async (id: string) => (await db.current.db.select().from(devices).where(eq(devices.id, id)))[0]!;

  it("DEV-2: the member's coach activates a designated device, recording who and when", async () => {
    const device = await aDevice(db.current, cast.member.id);
    const res = await gql(db.current, cast.as.COACH, ACTIVATE, { variables: { input: { deviceId: deviceGid(device) } } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.activateDevice.userErrors).toEqual([]);
    expect(res.data!.activateDevice.device).toMatchObject({
      state: "ACTIVE",
      activatedAt: "2026-11-26T10:00:00.000Z",
      activatedBy: cast.staff.COACH.displayName,
      hasInternetConnectivity: true,
    });
    expect(await rowOf(device.id)).toMatchObject({ state: "ACTIVE", activatedById: cast.staff.COACH.id });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "activateDevice", actorRole: "COACH", actorId: cast.staff.COACH.id, onBehalfOfMemberId: cast.member.id });
  });

  it("DEV-2: the substitute coach activates too (SVC-2)", async () => {
    const device = await aDevice(db.current, cast.member.id);
    const res = await gql(db.current, cast.asSubstitute, ACTIVATE, { variables: { input: { deviceId: deviceGid(device) } } });
    expect(res.data!.activateDevice.device).toMatchObject({ state: "ACTIVE", activatedBy: cast.substitute.displayName });
  });

  it("DEV-2: a device without internet connectivity is refused; nothing is written", async () => {
    const device = await aDevice(db.current, cast.member.id, { hasInternetConnectivity: false });
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.COACH, ACTIVATE, { variables: { input: { deviceId: deviceGid(device) } } }),
      [cast.member.id],
      "activateDevice",
    );
    expect(errors).toEqual([["NO_INTERNET_CONNECTIVITY", "DEV-2"]]);
    expect(userErrors[0]!.message).toBe("L'appareil doit disposer d'une connexion internet pour être activé.");
    expect(await rowOf(device.id)).toMatchObject({ state: "DESIGNATED", hasInternetConnectivity: false });
  });

  it("DEV-2: the coach confirming connectivity at activation records it; the coach finding none refuses", async () => {
    const offline = await aDevice(db.current, cast.member.id, { hasInternetConnectivity: false });
    const res = await gql(db.current, cast.as.COACH, ACTIVATE, { variables: { input: { deviceId: deviceGid(offline), hasInternetConnectivity: true } } });
    expect(res.data!.activateDevice.device).toMatchObject({ state: "ACTIVE", hasInternetConnectivity: true });
    const declared = await aDevice(db.current, cast.member.id, { hasInternetConnectivity: true });
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.COACH, ACTIVATE, { variables: { input: { deviceId: deviceGid(declared), hasInternetConnectivity: false } } }),
      [cast.member.id],
      "activateDevice",
    );
    expect(errors).toEqual([["NO_INTERNET_CONNECTIVITY", "DEV-2"]]);
    expect(await rowOf(declared.id)).toMatchObject({ state: "DESIGNATED", hasInternetConnectivity: true });
  });

  it("DEV-2: an active device cannot be activated again", async () => {
    const device = await aDevice(db.current, cast.member.id, { state: "ACTIVE", activatedAt: new Date("2026-11-11T09:00:00Z"), activatedById: cast.staff.COACH.id });
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.COACH, ACTIVATE, { variables: { input: { deviceId: deviceGid(device) } } }),
      [cast.member.id],
      "activateDevice",
    );
    expect(errors).toEqual([["ALREADY_ACTIVE", "DEV-2"]]);
  });

  it("DEV-2: another coach, a removed device, an unknown or malformed id are all refused alike", async () => {
    const device = await aDevice(db.current, cast.member.id);
    const removed = await aDevice(db.current, cast.member.id, { removedAt: new Date("2026-11-12T09:00:00Z"), removedByRole: "MEMBER", removedById: cast.member.id });
    const attempts: [typeof cast.as.COACH, string][] = [
      [cast.asOtherCoach, deviceGid(device)],
      [cast.as.COACH, deviceGid(removed)],
      [cast.as.COACH, toGlobalId("Device", "00000000-0000-4000-8000-000000000000")],
      [cast.as.COACH, "%%%"],
      [cast.as.COACH, toGlobalId("Member", cast.member.id)],
    ];
    for (const [actor, deviceId] of attempts) {
      const { errors } = await expectRefusedAsUserError(
        db.current,
        () => gql(db.current, actor, ACTIVATE, { variables: { input: { deviceId } } }),
        [cast.member.id],
        "activateDevice",
      );
      expect(errors).toEqual([["NOT_THE_MEMBERS_COACH", "DEV-2"]]);
    }
  });

  it("DEV-2: no activation once the option ended (OPT-2)", async () => {
    const m = await aMember(db.current);
    await anOption(db.current, m.id, { endsAt: new Date("2026-11-20T09:00:00Z"), endReason: "MEMBER_REQUEST" });
    await assignCoach(db.current, m.id, cast.staff.COACH.id);
    const device = await aDevice(db.current, m.id);
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.COACH, ACTIVATE, { variables: { input: { deviceId: deviceGid(device) } } }),
      [m.id],
      "activateDevice",
    );
    expect(errors).toEqual([["OPTION_NOT_IN_FORCE", "OPT-2"]]);
  });

  it.each(NOT_COACH)("DEV-2: %s cannot activate a device (FORBIDDEN, nothing written)", async (who) => {
    const device = await aDevice(db.current, cast.member.id);
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], ACTIVATE, { variables: { input: { deviceId: deviceGid(device) } } }), [cast.member.id]);
  });

  it("AUT-1: an anonymous caller cannot activate a device", async () => {
    const device = await aDevice(db.current, cast.member.id);
    await expectRefusedByShield(db.current, () => gql(db.current, null, ACTIVATE, { variables: { input: { deviceId: deviceGid(device) } } }), [cast.member.id], "UNAUTHENTICATED");
  });
});

describe("removeDevice", () => {
  const db = useTestDatabase();
  let cast: CoachedCast;
  beforeAll(async () => {
    cast = await aCoachedCast(db.current);
  });

  it("DEV-3: removing a device frees its slot; the row stays for history, audited", async () => {
    const m = await aMember(db.current);
    await anOption(db.current, m.id);
    const all = [];
    for (let i = 0; i < 20; i++) all.push(await aDevice(db.current, m.id));
    const res = await gql(db.current, actors.member(m), REMOVE, { variables: { input: { deviceId: deviceGid(all[3]!) } } });
    expect(res.data!.removeDevice.userErrors).toEqual([]);
    expect(res.data!.removeDevice.device).toMatchObject({ id: deviceGid(all[3]!), removedAt: "2026-11-26T10:00:00.000Z" });
    const [row] = await db.current.db.select().from(devices).where(eq(devices.id, all[3]!.id));
    expect(row).toMatchObject({ removedByRole: "MEMBER", removedById: m.id });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "removeDevice", onBehalfOfMemberId: m.id, targetIds: [all[3]!.id] });
    const again = await gql(db.current, actors.member(m), DESIGNATE, { variables: { input: deviceInput() } });
    expect(again.data!.designateDevice.userErrors).toEqual([]);
    expect(await activeDevicesOf(db.current, m.id)).toHaveLength(20);
  });

  it.each(["delegate", "DESK_AGENT"] as const)("DEV-3: %s removes an active device of the member", async (who) => {
    const device = await aDevice(db.current, cast.member.id, { state: "ACTIVE", activatedAt: new Date("2026-11-11T09:00:00Z"), activatedById: cast.staff.COACH.id });
    const res = await gql(db.current, cast.as[who], REMOVE, { variables: { input: { deviceId: deviceGid(device) } } });
    expect(res.data!.removeDevice.userErrors).toEqual([]);
    expect(res.data!.removeDevice.device.state).toBe("ACTIVE");
    expect(res.data!.removeDevice.device.removedAt).not.toBeNull();
  });

  it("DEV-3: a device already removed, unknown, malformed or of another member is not found; nothing written", async () => {
    const removed = await aDevice(db.current, cast.member.id, { removedAt: new Date("2026-11-12T09:00:00Z"), removedByRole: "MEMBER", removedById: cast.member.id });
    const others = await aDevice(db.current, cast.other.id);
    for (const deviceId of [deviceGid(removed), deviceGid(others), toGlobalId("Device", "00000000-0000-4000-8000-000000000000"), "x".repeat(5000)]) {
      const { errors } = await expectRefusedAsUserError(
        db.current,
        () => gql(db.current, cast.as.member, REMOVE, { variables: { input: { deviceId } } }),
        [cast.member.id, cast.other.id],
        "removeDevice",
      );
      expect(errors).toEqual([["DEVICE_NOT_FOUND", "AUT-2"]]);
    }
  });

  it("AUT-2: another member cannot remove this member's device", async () => {
    const device = await aDevice(db.current, cast.member.id);
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.otherMember, REMOVE, { variables: { input: { deviceId: deviceGid(device) } } }),
      [cast.member.id],
      "removeDevice",
    );
    expect(errors).toEqual([["DEVICE_NOT_FOUND", "AUT-2"]]);
  });

  it.each(NOT_MEMBER_SIDE)("DEV-3: %s cannot remove a device (FORBIDDEN, nothing written)", async (who) => {
    const device = await aDevice(db.current, cast.member.id);
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], REMOVE, { variables: { input: { deviceId: deviceGid(device) } } }), [cast.member.id]);
  });

  it("AUT-1: an anonymous caller cannot remove a device", async () => {
    const device = await aDevice(db.current, cast.member.id);
    await expectRefusedByShield(db.current, () => gql(db.current, null, REMOVE, { variables: { input: { deviceId: deviceGid(device) } } }), [cast.member.id], "UNAUTHENTICATED");
  });
});
