import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { tariffs } from "../../../db/schema/index.js";
import { PRIVILEGE_TARIFF_CODE } from "../../../src/modules/concierge/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql, refusalCodes } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aDelegate, aMember, actors } from "../../support/factories.js";
import {
  CANCEL_PRIVILEGE,
  STAFF_REFUSED,
  SUBMIT,
  SUBSCRIBE_PRIVILEGE,
  aConciergeCast,
  aPrivilege,
  anOptionHolder,
  conciergeState,
  expectShieldRefusal,
  expectUserErrors,
} from "./concierge.support.js";

const at = (iso: string) => new ManualClock(iso);
const none = { variables: { input: {} } };

describe("the « Privilège » option (CON-2)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aConciergeCast>>;
  beforeAll(async () => {
    cast = await aConciergeCast(db.current);
  });

  it("CON-2: the member subscribes Privilège at 100.00 TTC (83.33 HT) a month, then asks for an EVENTS request", async () => {
    const m = await anOptionHolder(db.current);
    const res = await gql(db.current, actors.member(m), SUBSCRIBE_PRIVILEGE, { ...none, clock: at("2026-11-26T10:00:00Z") });
    expect(res.data!.subscribeConciergePrivilege).toEqual({
      privilege: {
        id: expect.any(String),
        status: "ACTIVE",
        startedAt: "2026-11-26T10:00:00.000Z",
        cancelledAt: null,
        endsAt: null,
        monthlyPriceTtcCents: 10_000,
        monthlyPriceHtCents: 8_333,
      },
      userErrors: [],
    });
    // BIL-10: the price shown is the tariff table's (Annexe 1 seed), not a constant of the module.
    expect((await db.current.db.select().from(tariffs).where(eq(tariffs.code, PRIVILEGE_TARIFF_CODE))).map((r) => r.ttcCents)).toEqual([10_000]);
    expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ operation: "subscribeConciergePrivilege", onBehalfOfMemberId: m.id }]);
    const events = await gql(db.current, actors.member(m), SUBMIT, { variables: { input: { category: "EVENTS", content: "Une soirée privée" } } });
    expect(events.data!.submitConciergeRequest.userErrors).toEqual([]);
  });

  it("CON-2: cancelling takes effect on the first day of the next month, Paris time; Privilège still covers requests until then", async () => {
    const m = await anOptionHolder(db.current);
    await aPrivilege(db.current, m.id);
    const res = await gql(db.current, actors.member(m), CANCEL_PRIVILEGE, { ...none, clock: at("2026-11-26T10:00:00Z") });
    expect(res.data!.cancelConciergePrivilege.privilege).toMatchObject({
      status: "CANCELLATION_PENDING",
      cancelledAt: "2026-11-26T10:00:00.000Z",
      endsAt: "2026-11-30T23:00:00.000Z",
    });
    const before = await gql(db.current, actors.member(m), SUBMIT, { variables: { input: { category: "OTHER", content: "x" } }, clock: at("2026-11-30T22:59:00Z") });
    expect(before.data!.submitConciergeRequest.userErrors).toEqual([]);
    const after = await gql(db.current, actors.member(m), SUBMIT, { variables: { input: { category: "OTHER", content: "x" } }, clock: at("2026-11-30T23:00:00Z") });
    expect(refusalCodes(after, "submitConciergeRequest")).toEqual(["PRIVILEGE_REQUIRED"]);
    const me = await gql(db.current, actors.member(m), `{ me { member { conciergePrivilege { status } } } }`, { clock: at("2026-12-01T10:00:00Z") });
    expect(me.data!.me.member.conciergePrivilege.status).toBe("ENDED");
  });

  it("CON-2: a cancellation at 00:30 on 1 December, Paris time, ends on 1 January (Paris month, not UTC)", async () => {
    const m = await anOptionHolder(db.current);
    await aPrivilege(db.current, m.id);
    const res = await gql(db.current, actors.member(m), CANCEL_PRIVILEGE, { ...none, clock: at("2026-11-30T23:30:00Z") });
    expect(res.data!.cancelConciergePrivilege.privilege.endsAt).toBe("2026-12-31T23:00:00.000Z");
  });

  it("CON-2: subscribing twice is refused; subscribing during a pending cancellation withdraws it", async () => {
    const m = await anOptionHolder(db.current);
    const row = await aPrivilege(db.current, m.id);
    const errors = await expectUserErrors(db.current, () => gql(db.current, actors.member(m), SUBSCRIBE_PRIVILEGE, none), [m.id], "subscribeConciergePrivilege");
    expect(errors).toEqual([["PRIVILEGE_ALREADY_SUBSCRIBED", "CON-2"]]);
    await gql(db.current, actors.member(m), CANCEL_PRIVILEGE, none);
    const again = await gql(db.current, actors.member(m), SUBSCRIBE_PRIVILEGE, none);
    expect(again.data!.subscribeConciergePrivilege.privilege).toMatchObject({ id: toGlobalId("ConciergePrivilege", row.id), status: "ACTIVE", endsAt: null });
    expect((await conciergeState(db.current, [m.id])).privileges).toHaveLength(1);
  });

  it("CON-2: after the Privilège ended, a new subscription starts a new period", async () => {
    const m = await anOptionHolder(db.current);
    await aPrivilege(db.current, m.id, { startedAt: new Date("2026-06-01T09:00:00Z"), cancelledAt: new Date("2026-06-10T09:00:00Z"), endsAt: new Date("2026-06-30T22:00:00Z") });
    const res = await gql(db.current, actors.member(m), SUBSCRIBE_PRIVILEGE, none);
    expect(res.data!.subscribeConciergePrivilege.privilege.status).toBe("ACTIVE");
    expect((await conciergeState(db.current, [m.id])).privileges).toHaveLength(2);
  });

  it("CON-2: cancelling without a Privilège in force, or twice, is refused; nothing is written", async () => {
    const m = await anOptionHolder(db.current);
    expect(await expectUserErrors(db.current, () => gql(db.current, actors.member(m), CANCEL_PRIVILEGE, none), [m.id], "cancelConciergePrivilege")).toEqual([
      ["NO_PRIVILEGE_IN_FORCE", "CON-2"],
    ]);
    await aPrivilege(db.current, m.id, { cancelledAt: new Date("2026-11-20T09:00:00Z"), endsAt: new Date("2026-11-30T23:00:00Z") });
    expect(await expectUserErrors(db.current, () => gql(db.current, actors.member(m), CANCEL_PRIVILEGE, none), [m.id], "cancelConciergePrivilege")).toEqual([
      ["NO_PRIVILEGE_IN_FORCE", "CON-2"],
    ]);
  });

  it("CON-2: Privilège needs an active membership with the Option Intérieur in force", async () => {
    const m = await aMember(db.current);
    expect(await expectUserErrors(db.current, () => gql(db.current, actors.member(m), SUBSCRIBE_PRIVILEGE, none), [m.id], "subscribeConciergePrivilege")).toEqual([
      ["OPTION_NOT_IN_FORCE", "CON-1"],
    ]);
  });

  it("MEM-4: the delegate subscribes and cancels Privilège on the member's behalf (MEM-5 does not reserve it to the member)", async () => {
    const m = await anOptionHolder(db.current);
    const d = await aDelegate(db.current, m.id);
    const sub = await gql(db.current, actors.delegate(d), SUBSCRIBE_PRIVILEGE, none);
    expect(sub.data!.subscribeConciergePrivilege.userErrors).toEqual([]);
    expect(await auditRowsOf(db.current, sub.requestId)).toMatchObject([{ actorRole: "DELEGATE", actorId: d.id, onBehalfOfMemberId: m.id }]);
    const cancel = await gql(db.current, actors.delegate(d), CANCEL_PRIVILEGE, none);
    expect(cancel.data!.cancelConciergePrivilege.privilege.status).toBe("CANCELLATION_PENDING");
  });

  it("CON-2: the desk subscribes and cancels for a member it names", async () => {
    const m = await anOptionHolder(db.current);
    const input = { variables: { input: { memberId: toGlobalId("Member", m.id) } } };
    expect((await gql(db.current, cast.as.DESK_AGENT, SUBSCRIBE_PRIVILEGE, input)).data!.subscribeConciergePrivilege.userErrors).toEqual([]);
    expect((await gql(db.current, cast.as.DESK_AGENT, CANCEL_PRIVILEGE, input)).data!.cancelConciergePrivilege.userErrors).toEqual([]);
    expect(await expectUserErrors(db.current, () => gql(db.current, cast.as.DESK_AGENT, SUBSCRIBE_PRIVILEGE, none), [m.id], "subscribeConciergePrivilege")).toEqual([
      ["MEMBER_ID_REQUIRED", null],
    ]);
  });

  it("AUT-2: a member cannot subscribe or cancel for another member", async () => {
    for (const [query, field] of [
      [SUBSCRIBE_PRIVILEGE, "subscribeConciergePrivilege"],
      [CANCEL_PRIVILEGE, "cancelConciergePrivilege"],
    ] as const) {
      const errors = await expectUserErrors(
        db.current,
        () => gql(db.current, cast.as.otherMember, query, { variables: { input: { memberId: cast.memberGid } } }),
        [cast.member.id, cast.other.id],
        field,
      );
      expect(errors).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
    }
  });

  it.each([...STAFF_REFUSED, "CONCIERGE_PARTNER"] as const)("AUT-1: %s may neither subscribe nor cancel Privilège; nothing is written", async (who) => {
    for (const query of [SUBSCRIBE_PRIVILEGE, CANCEL_PRIVILEGE]) {
      await expectShieldRefusal(db.current, () => gql(db.current, cast.as[who], query, { variables: { input: { memberId: cast.memberGid } } }), [cast.member.id]);
    }
  });

  it("AUT-1: an anonymous caller may neither subscribe nor cancel Privilège", async () => {
    for (const query of [SUBSCRIBE_PRIVILEGE, CANCEL_PRIVILEGE]) {
      await expectShieldRefusal(db.current, () => gql(db.current, null, query, { variables: { input: { memberId: cast.memberGid } } }), [cast.member.id], "UNAUTHENTICATED");
    }
  });
});
