import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, members, membershipEvents, optionSubscriptions } from "../../../db/schema/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, refusals } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCandidate, aCast, aDelegate, aMember } from "../../support/factories.js";

const MEMBERSHIP = `membership { memberId status honorary freeRejoinsRemaining debtRecoveryOpened events { kind entryFeeCents entryFeeWaived welcomeGift reason } }`;
const PAY = `mutation($input: RecordEntryFeePaymentInput!) { recordEntryFeePayment(input: $input) { ${MEMBERSHIP} userErrors { code message field rule } } }`;
const TERMINATE = `mutation($input: TerminateMembershipInput!) { terminateMembership(input: $input) { ${MEMBERSHIP} optionEnded userErrors { code message field rule } } }`;
const DEBT = `mutation($input: RecordDebtRecoveryOpenedInput!) { recordDebtRecoveryOpened(input: $input) { ${MEMBERSHIP} userErrors { code message field rule } } }`;
const REJOIN = `mutation($input: RejoinMembershipInput!) { rejoinMembership(input: $input) { ${MEMBERSHIP} userErrors { code message field rule } } }`;

const FEE = 100_000;
const gid = (id: string) => toGlobalId("Member", id);

describe("membership lifecycle", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  const memberRow = async (id: string) => (await db.current.db.select().from(members).where(eq(members.id, id)))[0]!;
  const auditRows = async (requestId: string) => db.current.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));
  const eventsOf = async (id: string) => db.current.db.select().from(membershipEvents).where(eq(membershipEvents.memberId, id));
  const memberAs = (m: { id: string }) => ({ kind: "member-scoped" as const, role: "MEMBER" as const, subjectId: m.id, memberId: m.id });

  /** Asserts a refusal left the member row, its events and the audit log untouched. */
  async function expectUnchanged(memberId: string, before: Awaited<ReturnType<typeof memberRow>>, requestId: string) {
    expect(await memberRow(memberId)).toEqual(before);
    expect(await auditRows(requestId)).toEqual([]);
  }

  describe("recordEntryFeePayment", () => {
    it("MEM-2: paying the configured fee makes an accepted candidate ACTIVE, with a welcome gift on a first activation", async () => {
      const accepted = await aMember(db.current, { status: "ACCEPTED" });
      const res = await gql(db.current, cast.as.BILLING, PAY, { variables: { input: { memberId: gid(accepted.id), amountCents: FEE } } });
      const payload = res.data!.recordEntryFeePayment;
      expect(payload.userErrors).toEqual([]);
      expect(payload.membership).toMatchObject({ status: "ACTIVE", honorary: false, freeRejoinsRemaining: 2 });
      expect(payload.membership.events).toEqual([
        { kind: "ENTRY_FEE_PAID", entryFeeCents: FEE, entryFeeWaived: false, welcomeGift: null, reason: null },
        { kind: "ACTIVATED", entryFeeCents: null, entryFeeWaived: false, welcomeGift: true, reason: null },
      ]);
      expect((await auditRows(res.requestId))[0]).toMatchObject({ operation: "recordEntryFeePayment", actorRole: "BILLING", onBehalfOfMemberId: accepted.id });
    });

    it("MEM-2: an amount other than the configured fee is refused, and nothing is written", async () => {
      const accepted = await aMember(db.current, { status: "ACCEPTED" });
      const res = await gql(db.current, cast.as.DESK_AGENT, PAY, { variables: { input: { memberId: gid(accepted.id), amountCents: 50_000 } } });
      expect(refusals(res, "recordEntryFeePayment")).toEqual([["WRONG_ENTRY_FEE", "MEM-2"]]);
      expect(res.data!.recordEntryFeePayment.userErrors[0].message).toBe("Le droit d'entrée est de 100000 centimes, pas 50000.");
      await expectUnchanged(accepted.id, accepted, res.requestId);
      expect(await eventsOf(accepted.id)).toEqual([]);
    });

    it("MEM-2: the fee of a CANDIDATE (not yet accepted) or of an ACTIVE member is refused", async () => {
      for (const status of ["CANDIDATE", "ACTIVE", "REJECTED"] as const) {
        const m = await aMember(db.current, { status });
        const res = await gql(db.current, cast.as.DESK_AGENT, PAY, { variables: { input: { memberId: gid(m.id), amountCents: FEE } } });
        expect(refusals(res, "recordEntryFeePayment")).toEqual([["NOT_ACCEPTED", "MEM-2"]]);
        await expectUnchanged(m.id, m, res.requestId);
      }
    });

    it.each(["member", "delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "AUT-3: %s may not record an entry fee, and nothing is written",
      async (who) => {
        const accepted = await aMember(db.current, { status: "ACCEPTED" });
        const res = await gql(db.current, cast.as[who], PAY, { variables: { input: { memberId: gid(accepted.id), amountCents: FEE } } });
        expect(res.data).toBeNull();
        expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
        await expectUnchanged(accepted.id, accepted, res.requestId);
      },
    );
  });

  describe("terminateMembership", () => {
    it("MEM-3: a member in good standing who terminates becomes honorary; the option ends in the same transaction (OPT-3)", async () => {
      const m = await aMember(db.current);
      await db.current.db.insert(optionSubscriptions).values({ memberId: m.id, acceptedAt: new Date("2026-01-10T10:00:00Z"), createdAt: new Date("2026-01-10T10:00:00Z") });
      const res = await gql(db.current, memberAs(m), TERMINATE, { variables: { input: {} } });
      const payload = res.data!.terminateMembership;
      expect(payload.userErrors).toEqual([]);
      expect(payload).toMatchObject({ optionEnded: true, membership: { status: "TERMINATED", honorary: true } });
      const [option] = await db.current.db.select().from(optionSubscriptions).where(eq(optionSubscriptions.memberId, m.id));
      expect(option).toMatchObject({ endReason: "MEMBERSHIP_ENDED" });
      expect((await auditRows(res.requestId)).map((r) => r.operation).sort()).toEqual(["optionEndedAutomatically", "terminateMembership"]);
    });

    it("MEM-3: a member with a debt-recovery procedure does not become honorary", async () => {
      const m = await aMember(db.current, { debtRecoveryOpenedAt: new Date("2026-02-01T00:00:00Z") });
      const res = await gql(db.current, cast.as.DESK_AGENT, TERMINATE, { variables: { input: { memberId: gid(m.id), reason: "Demande écrite" } } });
      expect(res.data!.terminateMembership.membership).toMatchObject({ status: "TERMINATED", honorary: false });
    });

    it("MEM-3: a member whose address is no longer in the coverage zone does not become honorary (art. 3 eligibility)", async () => {
      const m = await aMember(db.current, { postalCode: "69002", commune: "Lyon" });
      const res = await gql(db.current, memberAs(m), TERMINATE, { variables: { input: {} } });
      expect(res.data!.terminateMembership.membership).toMatchObject({ status: "TERMINATED", honorary: false });
    });

    it("MEM-2: the desk must give a reason; terminating a CANDIDATE or an already terminated member is refused", async () => {
      const m = await aMember(db.current);
      const noReason = await gql(db.current, cast.as.DESK_AGENT, TERMINATE, { variables: { input: { memberId: gid(m.id) } } });
      expect(refusals(noReason, "terminateMembership")).toEqual([["REASON_REQUIRED", "MEM-2"]]);
      await expectUnchanged(m.id, m, noReason.requestId);
      for (const status of ["CANDIDATE", "ACCEPTED", "TERMINATED"] as const) {
        const other = await aMember(db.current, { status });
        const res = await gql(db.current, cast.as.DESK_AGENT, TERMINATE, { variables: { input: { memberId: gid(other.id), reason: "x" } } });
        expect(refusals(res, "terminateMembership")).toEqual([["NOT_ACTIVE", "MEM-2"]]);
        await expectUnchanged(other.id, other, res.requestId);
      }
    });

    it("MEM-5: the delegate can never terminate the membership; nothing is written", async () => {
      const m = await aMember(db.current);
      const d = await aDelegate(db.current, m.id);
      const asDelegate = { kind: "member-scoped" as const, role: "DELEGATE" as const, subjectId: d.id, memberId: m.id };
      const res = await gql(db.current, asDelegate, TERMINATE, { variables: { input: {} } });
      expect(res.errors).toBeUndefined();
      expect(refusals(res, "terminateMembership")).toEqual([["DELEGATE_NOT_ALLOWED", "MEM-5"]]);
      await expectUnchanged(m.id, m, res.requestId);
    });

    it("AUT-2: a member cannot terminate another member's membership", async () => {
      const res = await gql(db.current, cast.as.member, TERMINATE, { variables: { input: { memberId: cast.otherGid } } });
      expect(refusals(res, "terminateMembership")).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
      expect((await memberRow(cast.other.id)).status).toBe("ACTIVE");
    });

    it.each(["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "AUT-1: %s may not terminate a membership, and nothing is written",
      async (who) => {
        const before = await memberRow(cast.member.id);
        const res = await gql(db.current, cast.as[who], TERMINATE, { variables: { input: { memberId: cast.memberGid, reason: "x" } } });
        expect(res.data).toBeNull();
        expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
        await expectUnchanged(cast.member.id, before, res.requestId);
      },
    );
  });

  describe("recordDebtRecoveryOpened", () => {
    it("MEM-3: opening a debt recovery takes honorary status away, for good", async () => {
      const m = await aMember(db.current, { status: "TERMINATED", honorary: true, terminatedAt: new Date("2026-01-01T00:00:00Z") });
      const res = await gql(db.current, cast.as.BILLING, DEBT, { variables: { input: { memberId: gid(m.id) } } });
      expect(res.data!.recordDebtRecoveryOpened.membership).toMatchObject({ honorary: false, debtRecoveryOpened: true });
      const again = await gql(db.current, cast.as.DESK_AGENT, DEBT, { variables: { input: { memberId: gid(m.id) } } });
      expect(refusals(again, "recordDebtRecoveryOpened")).toEqual([["DEBT_RECOVERY_ALREADY_OPENED", "MEM-3"]]);
      const rejoin = await gql(db.current, memberAs(m), REJOIN, { variables: { input: {} } });
      expect(refusals(rejoin, "rejoinMembership")).toEqual([["NOT_HONORARY", "MEM-3"]]);
    });

    it("MEM-3: a candidate has no debt to recover", async () => {
      const c = await aCandidate(db.current);
      const res = await gql(db.current, cast.as.BILLING, DEBT, { variables: { input: { memberId: gid(c.id) } } });
      expect(refusals(res, "recordDebtRecoveryOpened")).toEqual([["NOT_A_MEMBER", "MEM-3"]]);
      await expectUnchanged(c.id, c, res.requestId);
    });

    it.each(["member", "delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "AUT-3: %s may not record a debt recovery, and nothing is written",
      async (who) => {
        const before = await memberRow(cast.member.id);
        const res = await gql(db.current, cast.as[who], DEBT, { variables: { input: { memberId: cast.memberGid } } });
        expect(res.data).toBeNull();
        expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
        await expectUnchanged(cast.member.id, before, res.requestId);
      },
    );
  });

  describe("rejoinMembership", () => {
    it("MEM-3: two fee-free rejoins straight to ACTIVE without welcome gift; the third pays the fee, still without gift", async () => {
      const m = await aMember(db.current, { status: "ACCEPTED" });
      const clock = new ManualClock("2026-01-05T10:00:00Z");
      const later = () => {
        clock.advance(86_400_000);
        return clock;
      };
      const pay = () => gql(db.current, cast.as.DESK_AGENT, PAY, { variables: { input: { memberId: gid(m.id), amountCents: FEE } }, clock: later() });
      const terminate = () => gql(db.current, memberAs(m), TERMINATE, { variables: { input: {} }, clock: later() });
      const rejoin = () => gql(db.current, memberAs(m), REJOIN, { variables: { input: {} }, clock: later() });
      await pay();
      for (const remaining of [1, 0]) {
        await terminate();
        const res = await rejoin();
        expect(res.data!.rejoinMembership.userErrors).toEqual([]);
        expect(res.data!.rejoinMembership.membership).toMatchObject({ status: "ACTIVE", honorary: false, freeRejoinsRemaining: remaining });
        expect(res.data!.rejoinMembership.membership.events.slice(-2)).toEqual([
          { kind: "REJOINED", entryFeeCents: null, entryFeeWaived: true, welcomeGift: false, reason: null },
          { kind: "ACTIVATED", entryFeeCents: null, entryFeeWaived: true, welcomeGift: false, reason: null },
        ]);
      }
      await terminate();
      const third = await rejoin();
      expect(third.data!.rejoinMembership.membership).toMatchObject({ status: "ACCEPTED", freeRejoinsRemaining: 0 });
      expect(third.data!.rejoinMembership.membership.events.at(-1)).toMatchObject({ kind: "REJOINED", entryFeeWaived: false, welcomeGift: false });
      const paid = await pay();
      expect(paid.data!.recordEntryFeePayment.membership.status).toBe("ACTIVE");
      expect(paid.data!.recordEntryFeePayment.membership.events.at(-1)).toMatchObject({ kind: "ACTIVATED", welcomeGift: false });
      const gifts = (await eventsOf(m.id)).filter((e) => e.welcomeGift);
      expect(gifts).toHaveLength(1);
    });

    it("MEM-3: a terminated member who is not honorary, or a member who never left, cannot rejoin", async () => {
      const former = await aMember(db.current, { status: "TERMINATED", honorary: false, terminatedAt: new Date("2026-01-01T00:00:00Z") });
      const res = await gql(db.current, cast.as.DESK_AGENT, REJOIN, { variables: { input: { memberId: gid(former.id) } } });
      expect(refusals(res, "rejoinMembership")).toEqual([["NOT_HONORARY", "MEM-3"]]);
      await expectUnchanged(former.id, former, res.requestId);
      const active = await gql(db.current, cast.as.member, REJOIN, { variables: { input: {} } });
      expect(refusals(active, "rejoinMembership")).toEqual([["NOT_TERMINATED", "MEM-3"]]);
    });

    it.each(["delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "AUT-1: %s may not rejoin for a member, and nothing is written",
      async (who) => {
        const before = await memberRow(cast.member.id);
        const res = await gql(db.current, cast.as[who], REJOIN, { variables: { input: { memberId: cast.memberGid } } });
        expect(res.data).toBeNull();
        expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
        await expectUnchanged(cast.member.id, before, res.requestId);
      },
    );

    it("AUT-1: an anonymous caller may not use any lifecycle mutation", async () => {
      for (const [query, input] of [
        [PAY, { memberId: cast.memberGid, amountCents: FEE }],
        [TERMINATE, { memberId: cast.memberGid }],
        [DEBT, { memberId: cast.memberGid }],
        [REJOIN, { memberId: cast.memberGid }],
      ] as const) {
        expect(errorCodes(await gql(db.current, null, query, { variables: { input } }))).toEqual(["UNAUTHENTICATED"]);
      }
    });
  });

  it("AUT-4: a lifecycle change and its audit row commit together: who, which role, for which member, what", async () => {
    const accepted = await aMember(db.current, { status: "ACCEPTED" });
    const res = await gql(db.current, cast.as.DESK_AGENT, PAY, { variables: { input: { memberId: gid(accepted.id), amountCents: FEE } } });
    expect(await auditRows(res.requestId)).toEqual([
      expect.objectContaining({
        actorRole: "DESK_AGENT",
        actorId: cast.staff.DESK_AGENT.id,
        onBehalfOfMemberId: accepted.id,
        operation: "recordEntryFeePayment",
        targetIds: [accepted.id],
        details: { amountCents: FEE, welcomeGift: true },
      }),
    ]);
    const events = await eventsOf(accepted.id);
    expect(events.every((e) => e.actorRole === "DESK_AGENT" && e.actorId === cast.staff.DESK_AGENT.id)).toBe(true);
  });

  it("MEM-2: the database trigger refuses an illegal status change made directly in SQL", async () => {
    const c = await aCandidate(db.current);
    await expect(db.current.db.execute(sql`update members set status = 'ACTIVE' where id = ${c.id}`)).rejects.toThrow();
    const t = await aMember(db.current, { status: "TERMINATED" });
    await expect(db.current.db.execute(sql`update members set status = 'CANDIDATE' where id = ${t.id}`)).rejects.toThrow();
    expect((await memberRow(c.id)).status).toBe("CANDIDATE");
    expect((await memberRow(t.id)).status).toBe("TERMINATED");
  });

  it("MEM-3: a member reads their honorary status and fee-free rejoins left on Member", async () => {
    const m = await aMember(db.current, { status: "TERMINATED", honorary: true, freeRejoinsUsed: 1 });
    const res = await gql(db.current, memberAs(m), `{ me { member { honorary freeRejoinsRemaining } } }`);
    expect(res.data!.me.member).toEqual({ honorary: true, freeRejoinsRemaining: 1 });
  });
});
