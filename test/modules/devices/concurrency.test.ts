import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, devices, vipLines } from "../../../db/schema/index.js";
import { gql } from "../../support/api.js";
import { outcomesOf, tally } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aMember, actors, anOption } from "../../support/factories.js";
import { ACTIVATE, DECLARE_VIP, DESIGNATE, REMOVE, aCoachedCast, aDevice, assignCoach, deviceGid, deviceInput, type CoachedCast } from "./devices.support.js";

describeOnPostgres("device slots under concurrent requests (PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });
  let cast: CoachedCast;
  beforeAll(async () => {
    cast = await aCoachedCast(db.current);
  });

  const auditCount = async (operation: string, memberId: string) =>
    (
      await db.current.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.operation, operation), eq(auditLog.onBehalfOfMemberId, memberId)))
    ).length;
  const activeOf = (memberId: string) =>
    db.current.db
      .select()
      .from(devices)
      .where(and(eq(devices.memberId, memberId), isNull(devices.removedAt)));

  it("DEV-1: the 21st device is refused under 50 concurrent designations: exactly 20 devices, 30 refusals, no 500", async () => {
    const m = await aMember(db.current);
    await anOption(db.current, m.id);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => gql(db.current, actors.member(m), DESIGNATE, { variables: { input: deviceInput({ name: `Appareil ${i}` }) } })),
    );
    expect(tally(outcomesOf(results, "designateDevice"))).toEqual({ ok: 20, "DEVICE_LIMIT_REACHED/DEV-1": 30 });
    expect(await activeOf(m.id)).toHaveLength(20);
    expect(await auditCount("designateDevice", m.id)).toBe(20);
  });

  it("DEV-1: member, delegate and desk designating at once, while devices are removed, never exceed 20", async () => {
    const start = [];
    for (let i = 0; i < 20; i++) start.push(await aDevice(db.current, cast.member.id));
    const actorsCycle = [cast.as.member, cast.as.delegate, cast.as.DESK_AGENT];
    const designations = Array.from({ length: 30 }, (_, i) =>
      gql(db.current, actorsCycle[i % 3]!, DESIGNATE, { variables: { input: deviceInput({ memberId: i % 3 === 2 ? cast.memberGid : null }) } }),
    );
    const removals = start.slice(0, 5).map((d) => gql(db.current, cast.as.member, REMOVE, { variables: { input: { deviceId: deviceGid(d) } } }));
    const [added, removed] = await Promise.all([Promise.all(designations), Promise.all(removals)]);
    expect(outcomesOf(removed, "removeDevice")).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    const ok = outcomesOf(added, "designateDevice").filter((c) => c === "ok").length;
    expect(ok).toBeLessThanOrEqual(5);
    expect((await activeOf(cast.member.id)).length).toBe(15 + ok);
    expect((await activeOf(cast.member.id)).length).toBeLessThanOrEqual(20);
  });

  it("DEV-2: 30 concurrent activations of one device by the coach and the substitute: one succeeds, the others see it active", async () => {
    const m = await aMember(db.current);
    await anOption(db.current, m.id);
    await assignCoach(db.current, m.id, cast.staff.COACH.id, cast.substitute.id);
    const target = await aDevice(db.current, m.id);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => gql(db.current, i % 2 ? cast.as.COACH : cast.asSubstitute, ACTIVATE, { variables: { input: { deviceId: deviceGid(target) } } })),
    );
    expect(tally(outcomesOf(results, "activateDevice"))).toEqual({ ok: 1, "ALREADY_ACTIVE/DEV-2": 29 });
    expect(await auditCount("activateDevice", m.id)).toBe(1);
  });

  it("SVC-3: 30 concurrent declarations of one line leave exactly one declared line", async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        gql(db.current, i % 2 ? cast.as.COACH : cast.asSubstitute, DECLARE_VIP, {
          variables: {
            input: {
              memberId: cast.memberGid,
              phoneNumber: "06 44 44 44 44",
              operator: "ORANGE",
              planType: "ORANGE_PLAN",
              holder: { lastName: cast.member.lastName, firstName: cast.member.firstName },
            },
          },
        }),
      ),
    );
    expect(tally(outcomesOf(results, "declareVipLine"))).toEqual({ ok: 1, "ALREADY_DECLARED/SVC-3": 29 });
    const rows = await db.current.db
      .select()
      .from(vipLines)
      .where(and(eq(vipLines.memberId, cast.member.id), eq(vipLines.phoneNumber, "+33644444444")));
    expect(rows).toHaveLength(1);
  });
});
