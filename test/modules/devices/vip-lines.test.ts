import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { vipLines } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aMember, anOption } from "../../support/factories.js";
import {
  DECLARE_VIP,
  NOT_COACH,
  WITHDRAW_VIP,
  aCoachedCast,
  aVipLine,
  assignCoach,
  expectRefusedAsUserError,
  expectRefusedByShield,
  vipLineGid,
  type CoachedCast,
} from "./devices.support.js";

describe("declareVipLine", () => {
  const db = useTestDatabase();
  let cast: CoachedCast;
  beforeAll(async () => {
    cast = await aCoachedCast(db.current);
  });
  const input = (overrides: Record<string, unknown> = {}) => ({
    memberId: cast.memberGid,
    phoneNumber: "06 12 34 56 78",
    operator: "ORANGE",
    planType: "ORANGE_PLAN",
    holder: { lastName: cast.member.lastName, firstName: cast.member.firstName },
    ...overrides,
  });
  const linesOf = (memberId: string) => db.current.db.select().from(vipLines).where(eq(vipLines.memberId, memberId));

  it("SVC-3: the member's coach records an Orange consumer line in the member's name, in E.164, audited; Orange VIP hours come as information", async () => {
    const res = await gql(db.current, cast.as.COACH, DECLARE_VIP, { variables: { input: input() } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.declareVipLine.userErrors).toEqual([]);
    const [row] = await linesOf(cast.member.id);
    expect(res.data!.declareVipLine.vipLine).toEqual({
      id: vipLineGid(row!),
      phoneNumber: "+33612345678",
      planType: "ORANGE_PLAN",
      declaredAt: "2026-11-26T10:00:00.000Z",
      withdrawnAt: null,
    });
    // 2026-11-26 is a Thursday, 11:00 in Paris: Orange VIP is open (SVC-3 hours are data).
    expect(res.data!.declareVipLine.orangeVip).toMatchObject({ service: "ORANGE_VIP", openNow: true, rule: "SVC-3" });
    expect(row).toMatchObject({ declaredById: cast.staff.COACH.id });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "declareVipLine", actorRole: "COACH", onBehalfOfMemberId: cast.member.id, targetIds: [row!.id] });
  });

  it("SVC-3: out of Orange VIP hours a declaration is still recorded; the hours say when VIP next opens", async () => {
    const m = await aMember(db.current, { lastName: "Martin", firstName: "Élodie" });
    await anOption(db.current, m.id);
    await assignCoach(db.current, m.id, cast.staff.COACH.id);
    const { ManualClock } = await import("../../../src/shared/clock.js");
    const sunday = new ManualClock("2026-11-29T10:00:00Z");
    const res = await gql(db.current, cast.as.COACH, DECLARE_VIP, {
      clock: sunday,
      variables: {
        input: input({ memberId: toGlobalId("Member", m.id), phoneNumber: "+33 7 81 22 33 44", planType: "ORANGE_OPEN", holder: { lastName: "MARTIN", firstName: "elodie" } }),
      },
    });
    expect(res.data!.declareVipLine.userErrors).toEqual([]);
    expect(res.data!.declareVipLine.vipLine).toMatchObject({ phoneNumber: "+33781223344", planType: "ORANGE_OPEN" });
    expect(res.data!.declareVipLine.orangeVip).toMatchObject({ openNow: false, nextOpensAt: "2026-11-30T07:00:00.000Z" });
  });

  it.each([
    ["SOSH", "Les offres Sosh sont exclues d'Orange VIP."],
    ["MOBICARTE", "Les offres Mobicarte sont exclues d'Orange VIP."],
    ["LOCKED_PLAN", "Les offres forfait bloqué sont exclues d'Orange VIP."],
  ])("SVC-3: a %s line is refused; nothing is written", async (planType, message) => {
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.COACH, DECLARE_VIP, { variables: { input: input({ phoneNumber: "0698765432", planType }) } }),
      [cast.member.id],
      "declareVipLine",
    );
    expect(errors).toEqual([["EXCLUDED_PLAN", "SVC-3"]]);
    expect(userErrors[0]).toMatchObject({ field: ["input", "planType"], message });
  });

  it("SVC-3: a professional plan is not a consumer line and is refused", async () => {
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.COACH, DECLARE_VIP, { variables: { input: input({ phoneNumber: "0698765432", planType: "PRO_PLAN" }) } }),
      [cast.member.id],
      "declareVipLine",
    );
    expect(errors).toEqual([["NOT_CONSUMER_PLAN", "SVC-3"]]);
  });

  it.each(["SFR", "BOUYGUES_TELECOM", "FREE_MOBILE", "OTHER"])("SVC-3: a line of another operator (%s) is refused", async (operator) => {
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.COACH, DECLARE_VIP, { variables: { input: input({ phoneNumber: "0698765432", operator }) } }),
      [cast.member.id],
      "declareVipLine",
    );
    expect(errors).toEqual([["NOT_ORANGE", "SVC-3"]]);
    expect(userErrors[0]!.field).toEqual(["input", "operator"]);
  });

  it("SVC-3: a line in someone else's name is refused, with the member's name in the message", async () => {
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () =>
        gql(db.current, cast.as.COACH, DECLARE_VIP, {
          variables: { input: input({ phoneNumber: "0698765432", holder: { lastName: "Durand", firstName: "Paul" } }) },
          locale: "en",
        }),
      [cast.member.id],
      "declareVipLine",
    );
    expect(errors).toEqual([["HOLDER_NOT_MEMBER", "SVC-3"]]);
    expect(userErrors[0]!.message).toBe(`The line must be in the member's own name (${cast.member.firstName} ${cast.member.lastName}).`);
  });

  it.each([
    ["a landline", "0123456789"],
    ["a UK mobile", "+44 7700 900123"],
    ["a number too short", "06"],
    ["a huge string", "9".repeat(100_000)],
  ])("SVC-3: %s is not a French mobile number and is refused", async (_label, phoneNumber) => {
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.COACH, DECLARE_VIP, { variables: { input: input({ phoneNumber }) } }),
      [cast.member.id],
      "declareVipLine",
    );
    expect(errors).toEqual([["INVALID_PHONE_NUMBER", "SVC-3"]]);
  });

  it("SVC-3: every problem is reported at once", async () => {
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () =>
        gql(db.current, cast.as.COACH, DECLARE_VIP, {
          variables: { input: input({ phoneNumber: "0123", operator: "SFR", holder: { lastName: "x".repeat(200), firstName: " " } }) },
        }),
      [cast.member.id],
      "declareVipLine",
    );
    expect(errors).toEqual([
      ["INVALID_PHONE_NUMBER", "SVC-3"],
      ["NOT_ORANGE", "SVC-3"],
      ["INVALID_TEXT", null],
      ["INVALID_TEXT", null],
    ]);
  });

  it("SVC-3: a line already declared for the member is refused; once withdrawn it can be declared again", async () => {
    const m = await aMember(db.current);
    await anOption(db.current, m.id);
    await assignCoach(db.current, m.id, cast.staff.COACH.id);
    const existing = await aVipLine(db.current, m.id, cast.staff.COACH.id, { phoneNumber: "+33655555555" });
    const declare = () =>
      gql(db.current, cast.as.COACH, DECLARE_VIP, {
        variables: { input: input({ memberId: toGlobalId("Member", m.id), phoneNumber: "06 55 55 55 55", holder: { lastName: m.lastName, firstName: m.firstName } }) },
      });
    const { errors } = await expectRefusedAsUserError(db.current, declare, [m.id], "declareVipLine");
    expect(errors).toEqual([["ALREADY_DECLARED", "SVC-3"]]);
    const withdrawn = await gql(db.current, cast.as.COACH, WITHDRAW_VIP, { variables: { input: { vipLineId: vipLineGid(existing) } } });
    expect(withdrawn.data!.withdrawVipLine.userErrors).toEqual([]);
    expect((await declare()).data!.declareVipLine.userErrors).toEqual([]);
  });

  it("SVC-3: no declaration without the option in force (OPT-2) or after the membership ended (MEM-2)", async () => {
    const noOption = await aMember(db.current);
    await assignCoach(db.current, noOption.id, cast.staff.COACH.id);
    const a = await expectRefusedAsUserError(
      db.current,
      () =>
        gql(db.current, cast.as.COACH, DECLARE_VIP, {
          variables: { input: input({ memberId: toGlobalId("Member", noOption.id), holder: { lastName: noOption.lastName, firstName: noOption.firstName } }) },
        }),
      [noOption.id],
      "declareVipLine",
    );
    expect(a.errors).toEqual([["OPTION_NOT_IN_FORCE", "OPT-2"]]);
    const terminated = await aMember(db.current, { status: "TERMINATED" });
    await anOption(db.current, terminated.id);
    await assignCoach(db.current, terminated.id, cast.staff.COACH.id);
    const b = await expectRefusedAsUserError(
      db.current,
      () =>
        gql(db.current, cast.as.COACH, DECLARE_VIP, {
          variables: { input: input({ memberId: toGlobalId("Member", terminated.id), holder: { lastName: terminated.lastName, firstName: terminated.firstName } }) },
        }),
      [terminated.id],
      "declareVipLine",
    );
    expect(b.errors).toEqual([["MEMBERSHIP_CLOSED", "MEM-2"]]);
  });

  it("SVC-3: a coach cannot declare lines for a member they do not coach, nor for an unknown or malformed member id", async () => {
    for (const memberId of [cast.otherGid, toGlobalId("Member", "00000000-0000-4000-8000-000000000000"), "@@@"]) {
      const { errors } = await expectRefusedAsUserError(
        db.current,
        () => gql(db.current, cast.as.COACH, DECLARE_VIP, { variables: { input: input({ memberId }) } }),
        [cast.member.id, cast.other.id],
        "declareVipLine",
      );
      expect(errors).toEqual([["MEMBER_NOT_FOUND", "AUT-3"]]);
    }
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.asOtherCoach, DECLARE_VIP, { variables: { input: input() } }),
      [cast.member.id],
      "declareVipLine",
    );
    expect(errors).toEqual([["MEMBER_NOT_FOUND", "AUT-3"]]);
  });

  it.each(NOT_COACH)("SVC-3: %s cannot record a VIP line (FORBIDDEN, nothing written)", async (who) => {
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], DECLARE_VIP, { variables: { input: input({ phoneNumber: "0611111111" }) } }), [cast.member.id]);
  });

  it("AUT-1: an anonymous caller cannot record a VIP line", async () => {
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, DECLARE_VIP, { variables: { input: input({ phoneNumber: "0611111111" }) } }),
      [cast.member.id],
      "UNAUTHENTICATED",
    );
  });
});

describe("withdrawVipLine", () => {
  const db = useTestDatabase();
  let cast: CoachedCast;
  beforeAll(async () => {
    cast = await aCoachedCast(db.current);
  });

  it("SVC-3: the member's coach withdraws a declared line; the row stays, audited", async () => {
    const line = await aVipLine(db.current, cast.member.id, cast.staff.COACH.id, { phoneNumber: "+33600000001" });
    const res = await gql(db.current, cast.asSubstitute, WITHDRAW_VIP, { variables: { input: { vipLineId: vipLineGid(line) } } });
    expect(res.data!.withdrawVipLine).toEqual({ vipLine: { id: vipLineGid(line), withdrawnAt: "2026-11-26T10:00:00.000Z" }, userErrors: [] });
    const [row] = await db.current.db.select().from(vipLines).where(eq(vipLines.id, line.id));
    expect(row).toMatchObject({ withdrawnById: cast.substitute.id });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "withdrawVipLine", onBehalfOfMemberId: cast.member.id });
  });

  it("SVC-3: another coach, a withdrawn line, an unknown or malformed id are refused alike", async () => {
    const line = await aVipLine(db.current, cast.member.id, cast.staff.COACH.id, { phoneNumber: "+33600000002" });
    const gone = await aVipLine(db.current, cast.member.id, cast.staff.COACH.id, {
      phoneNumber: "+33600000003",
      withdrawnAt: new Date("2026-11-20T09:00:00Z"),
      withdrawnById: cast.staff.COACH.id,
    });
    const attempts = [
      [cast.asOtherCoach, vipLineGid(line)],
      [cast.as.COACH, vipLineGid(gone)],
      [cast.as.COACH, toGlobalId("VipLine", "00000000-0000-4000-8000-000000000000")],
      [cast.as.COACH, "!"],
    ] as const;
    for (const [actor, vipLineId] of attempts) {
      const { errors } = await expectRefusedAsUserError(
        db.current,
        () => gql(db.current, actor, WITHDRAW_VIP, { variables: { input: { vipLineId } } }),
        [cast.member.id],
        "withdrawVipLine",
      );
      expect(errors).toEqual([["VIP_LINE_NOT_FOUND", "AUT-3"]]);
    }
  });

  it.each(NOT_COACH)("SVC-3: %s cannot withdraw a VIP line (FORBIDDEN, nothing written)", async (who) => {
    const line = await aVipLine(db.current, cast.member.id, cast.staff.COACH.id, { phoneNumber: `+3361111${String(NOT_COACH.indexOf(who)).padStart(4, "0")}` });
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], WITHDRAW_VIP, { variables: { input: { vipLineId: vipLineGid(line) } } }), [cast.member.id]);
  });

  it("AUT-1: an anonymous caller cannot withdraw a VIP line", async () => {
    const line = await aVipLine(db.current, cast.member.id, cast.staff.COACH.id, { phoneNumber: "+33699999999" });
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, WITHDRAW_VIP, { variables: { input: { vipLineId: vipLineGid(line) } } }),
      [cast.member.id],
      "UNAUTHENTICATED",
    );
  });
});
