import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, internetLines, members, optionSubscriptions } from "../../../db/schema/index.js";
import { reconcileOption } from "../../../src/modules/options/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, refusalCodes, refusals } from "../../support/api.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aCast, aDelegate, aMember, actors, anOption } from "../../support/factories.js";
import { givePremises } from "./support.js";

const SUBSCRIBE = `mutation($input: SubscribeOptionInput!) { subscribeOption(input: $input) {
  option { id status acceptedAt endsAt endReason } userErrors { code rule field message } } }`;
const TERMINATE = `mutation($input: RequestOptionTerminationInput!) { requestOptionTermination(input: $input) {
  option { status terminationReceivedAt endsAt endReason } userErrors { code rule message } } }`;
const PARNASSE = `mutation($input: TerminateOptionForParnasseInput!) { terminateOptionForParnasse(input: $input) {
  option { status endsAt endReason } userErrors { code rule } } }`;
const MY_OPTION = `{ me { member { option { status acceptedAt endsAt endReason } } } }`;

const NOW = "2026-11-26T10:00:00Z";
const clock = () => new ManualClock(NOW);

describe("the « Option Intérieur » lifecycle", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  const optionRows = (memberId: string) => db.current.db.select().from(optionSubscriptions).where(eq(optionSubscriptions.memberId, memberId));
  const auditFor = (requestId: string) => db.current.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));
  const subscribedMember = async () => {
    const m = await aMember(db.current);
    await givePremises(db.current, m.id);
    await anOption(db.current, m.id, { acceptedAt: new Date("2026-06-01T08:00:00Z") });
    return m;
  };

  describe("subscribing", () => {
    it("OPT-1: an active member with an eligible address and an eligible Orange line subscribes", async () => {
      const m = await aMember(db.current);
      await givePremises(db.current, m.id);
      const res = await gql(db.current, actors.member(m), SUBSCRIBE, { variables: { input: {} }, clock: clock() });
      expect(res.data!.subscribeOption.userErrors).toEqual([]);
      expect(res.data!.subscribeOption.option).toMatchObject({ status: "ACTIVE", acceptedAt: "2026-11-26T10:00:00.000Z", endsAt: null });
      expect(await optionRows(m.id)).toHaveLength(1);
      expect((await auditFor(res.requestId)).map((r) => r.operation)).toEqual(["subscribeOption"]);
    });

    it("OPT-2: the option takes effect on the date of the written acceptance, which cannot be in the future", async () => {
      const m = await aMember(db.current);
      await givePremises(db.current, m.id);
      const future = await gql(db.current, cast.as.DESK_AGENT, SUBSCRIBE, {
        variables: { input: { memberId: toGlobalId("Member", m.id), acceptedAt: "2026-12-01T09:00:00Z" } },
        clock: clock(),
      });
      expect(refusals(future, "subscribeOption")).toEqual([["ACCEPTANCE_IN_FUTURE", "OPT-2"]]);
      expect(await optionRows(m.id)).toEqual([]);
      const past = await gql(db.current, cast.as.DESK_AGENT, SUBSCRIBE, {
        variables: { input: { memberId: toGlobalId("Member", m.id), acceptedAt: "2026-11-20T15:30:00+01:00" } },
        clock: clock(),
      });
      expect(past.data!.subscribeOption.option.acceptedAt).toBe("2026-11-20T14:30:00.000Z");
    });

    it("OPT-2: an acceptance cannot be backdated more than 60 days, nor before the previous subscription ended", async () => {
      const m = await aMember(db.current);
      await givePremises(db.current, m.id);
      await anOption(db.current, m.id, { acceptedAt: new Date("2026-01-01T00:00:00Z"), endsAt: new Date("2026-11-01T00:00:00Z"), endReason: "MEMBER_REQUEST" });
      const tooOld = await gql(db.current, actors.member(m), SUBSCRIBE, { variables: { input: { acceptedAt: "1990-01-01T00:00:00Z" } }, clock: clock() });
      expect(refusals(tooOld, "subscribeOption")).toEqual([["DATE_TOO_OLD", "OPT-2"]]);
      const overlap = await gql(db.current, actors.member(m), SUBSCRIBE, { variables: { input: { acceptedAt: "2026-10-15T00:00:00Z" } }, clock: clock() });
      expect(refusalCodes(overlap, "subscribeOption")).toEqual(["OVERLAPS_PREVIOUS"]);
      expect(await optionRows(m.id)).toHaveLength(1);
      const after = await gql(db.current, actors.member(m), SUBSCRIBE, { variables: { input: { acceptedAt: "2026-11-05T00:00:00Z" } }, clock: clock() });
      expect(after.data!.subscribeOption.userErrors).toEqual([]);
    });

    it("OPT-1: without an eligible line, or with only incompatible lines (LIN-2), the subscription is refused and nothing is written", async () => {
      for (const line of [null, { operator: "THIRD_PARTY" as const }, { offer: "FIXED_ONLY" as const }, { technology: "ROUTER_4G" as const }]) {
        const m = await aMember(db.current);
        await givePremises(db.current, m.id, { line });
        const res = await gql(db.current, actors.member(m), SUBSCRIBE, { variables: { input: {} }, clock: clock() });
        expect(refusals(res, "subscribeOption")).toEqual([["NO_ELIGIBLE_LINE", "OPT-1"]]);
        expect(await optionRows(m.id)).toEqual([]);
        expect(await auditFor(res.requestId)).toEqual([]);
      }
    });

    it("OPT-1: an address eligible neither for fiber nor ADSL is refused; both problems are reported together", async () => {
      const m = await aMember(db.current);
      await givePremises(db.current, m.id, { fiber: false, line: null });
      const res = await gql(db.current, actors.member(m), SUBSCRIBE, { variables: { input: {} }, clock: clock(), locale: "en" });
      expect(refusalCodes(res, "subscribeOption")).toEqual(["NO_ELIGIBLE_ADDRESS", "NO_ELIGIBLE_LINE"]);
      expect(res.data!.subscribeOption.userErrors[1].message).toBe("The option requires at least one eligible Orange internet line.");
    });

    it("OPT-1: a member whose membership is not active cannot subscribe", async () => {
      const m = await aMember(db.current, { status: "ACCEPTED" });
      await givePremises(db.current, m.id);
      const res = await gql(db.current, actors.member(m), SUBSCRIBE, { variables: { input: {} }, clock: clock() });
      expect(refusalCodes(res, "subscribeOption")).toEqual(["MEMBERSHIP_NOT_ACTIVE"]);
      expect(await optionRows(m.id)).toEqual([]);
    });

    it("OPT-1: a second subscription while one is in force is refused", async () => {
      const m = await subscribedMember();
      const res = await gql(db.current, actors.member(m), SUBSCRIBE, { variables: { input: {} }, clock: clock() });
      expect(refusalCodes(res, "subscribeOption")).toEqual(["ALREADY_SUBSCRIBED"]);
      expect(await optionRows(m.id)).toHaveLength(1);
    });

    it("MEM-4: a delegate subscribes on the member's behalf, audited as such", async () => {
      const m = await aMember(db.current);
      await givePremises(db.current, m.id);
      const d = await aDelegate(db.current, m.id);
      const res = await gql(db.current, actors.delegate(d), SUBSCRIBE, { variables: { input: {} }, clock: clock() });
      expect(res.data!.subscribeOption.userErrors).toEqual([]);
      expect(await auditFor(res.requestId)).toMatchObject([{ actorRole: "DELEGATE", actorId: d.id, onBehalfOfMemberId: m.id }]);
    });

    it.each(["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "AUT-1: %s may not subscribe the option for a member; nothing is written",
      async (who) => {
        const m = await aMember(db.current);
        await givePremises(db.current, m.id);
        const res = await gql(db.current, cast.as[who], SUBSCRIBE, { variables: { input: { memberId: toGlobalId("Member", m.id) } }, clock: clock() });
        expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
        expect(await optionRows(m.id)).toEqual([]);
      },
    );

    it("AUT-2: a member cannot subscribe for another member", async () => {
      const m = await aMember(db.current);
      await givePremises(db.current, m.id);
      const res = await gql(db.current, cast.as.member, SUBSCRIBE, { variables: { input: { memberId: toGlobalId("Member", m.id) } }, clock: clock() });
      expect(refusalCodes(res, "subscribeOption")).toEqual(["MEMBER_NOT_FOUND"]);
      expect(await optionRows(m.id)).toEqual([]);
      expect(errorCodes(await gql(db.current, null, SUBSCRIBE, { variables: { input: {} } }))).toEqual(["UNAUTHENTICATED"]);
    });
  });

  describe("termination at the member's request", () => {
    it("OPT-4: it takes effect 10 days after receipt; the option stays in force until then", async () => {
      const m = await subscribedMember();
      const c = clock();
      const res = await gql(db.current, actors.member(m), TERMINATE, { variables: { input: { channel: "APP" } }, clock: c });
      expect(res.data!.requestOptionTermination.userErrors).toEqual([]);
      expect(res.data!.requestOptionTermination.option).toMatchObject({
        status: "TERMINATION_PENDING",
        terminationReceivedAt: "2026-11-26T10:00:00.000Z",
        endsAt: "2026-12-06T10:00:00.000Z",
        endReason: "MEMBER_REQUEST",
      });
      c.set("2026-12-06T09:59:59Z");
      expect((await gql(db.current, actors.member(m), MY_OPTION, { clock: c })).data!.me.member.option.status).toBe("TERMINATION_PENDING");
      c.set("2026-12-06T10:00:00Z");
      expect((await gql(db.current, actors.member(m), MY_OPTION, { clock: c })).data!.me.member.option.status).toBe("ENDED");
    });

    it("OPT-4: 10 days are counted in Paris time across the change to winter time", async () => {
      const m = await subscribedMember();
      const res = await gql(db.current, cast.as.DESK_AGENT, TERMINATE, {
        variables: { input: { memberId: toGlobalId("Member", m.id), channel: "REGISTERED_LETTER", receivedAt: "2026-10-20T10:00:00+02:00" } },
        clock: clock(),
      });
      // 10:00 in Paris on 20 October (UTC+2) → 10:00 in Paris on 30 October (UTC+1).
      expect(res.data!.requestOptionTermination.option).toMatchObject({ endsAt: "2026-10-30T09:00:00.000Z", status: "ENDED" });
    });

    it("MEM-5: the delegate can never terminate the option, and nothing changes", async () => {
      const m = await subscribedMember();
      const d = await aDelegate(db.current, m.id);
      const before = await optionRows(m.id);
      const res = await gql(db.current, actors.delegate(d), TERMINATE, { variables: { input: { channel: "APP" } }, clock: clock() });
      expect(refusals(res, "requestOptionTermination")).toEqual([["DELEGATE_CANNOT_TERMINATE", "MEM-5"]]);
      expect(res.data!.requestOptionTermination.userErrors[0].message).toMatch(/délégué ne peut jamais résilier/);
      expect(await optionRows(m.id)).toEqual(before);
      expect(await auditFor(res.requestId)).toEqual([]);
    });

    it("OPT-4: a second request, a future receipt date or a member without option are refused", async () => {
      const m = await subscribedMember();
      await gql(db.current, actors.member(m), TERMINATE, { variables: { input: { channel: "EMAIL" } }, clock: clock() });
      const again = await gql(db.current, actors.member(m), TERMINATE, { variables: { input: { channel: "EMAIL" } }, clock: clock() });
      expect(refusalCodes(again, "requestOptionTermination")).toEqual(["TERMINATION_ALREADY_REQUESTED"]);
      expect(again.data!.requestOptionTermination.userErrors[0].message).toContain("2026-12-06");

      const future = await gql(db.current, actors.member(await subscribedMember()), TERMINATE, {
        variables: { input: { channel: "EMAIL", receivedAt: "2026-11-27T10:00:00Z" } },
        clock: clock(),
      });
      expect(refusalCodes(future, "requestOptionTermination")).toEqual(["RECEIPT_IN_FUTURE"]);

      const recent = await aMember(db.current);
      await givePremises(db.current, recent.id);
      await anOption(db.current, recent.id, { acceptedAt: new Date("2026-11-20T10:00:00Z") });
      const beforeOption = await gql(db.current, cast.as.DESK_AGENT, TERMINATE, {
        variables: { input: { memberId: toGlobalId("Member", recent.id), channel: "EMAIL", receivedAt: "2026-11-10T10:00:00Z" } },
        clock: clock(),
      });
      expect(refusals(beforeOption, "requestOptionTermination")).toEqual([["RECEIPT_BEFORE_SUBSCRIPTION", "OPT-4"]]);
      const tooOld = await gql(db.current, cast.as.DESK_AGENT, TERMINATE, {
        variables: { input: { memberId: toGlobalId("Member", recent.id), channel: "EMAIL", receivedAt: "2026-05-01T10:00:00Z" } },
        clock: clock(),
      });
      expect(refusals(tooOld, "requestOptionTermination")).toEqual([["RECEIPT_TOO_OLD", "OPT-4"]]);

      const none = await gql(db.current, actors.member(await aMember(db.current)), TERMINATE, { variables: { input: { channel: "APP" } }, clock: clock() });
      expect(refusalCodes(none, "requestOptionTermination")).toEqual(["NO_OPTION_IN_FORCE"]);
    });

    it.each(["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "AUT-1: %s may not record a member's termination",
      async (who) => {
        const m = await subscribedMember();
        const res = await gql(db.current, cast.as[who], TERMINATE, { variables: { input: { memberId: toGlobalId("Member", m.id), channel: "EMAIL" } }, clock: clock() });
        expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
        expect((await optionRows(m.id))[0]!.endsAt).toBeNull();
      },
    );
  });

  describe("termination by Parnasse", () => {
    it("OPT-5: the desk ends the option at once for a breach, even during a member's notice period", async () => {
      const m = await subscribedMember();
      await gql(db.current, actors.member(m), TERMINATE, { variables: { input: { channel: "APP" } }, clock: clock() });
      const res = await gql(db.current, cast.as.DESK_AGENT, PARNASSE, {
        variables: { input: { memberId: toGlobalId("Member", m.id), reason: "PARNASSE_BREACH", detail: "Usage abusif de l'Airbox" } },
        clock: clock(),
      });
      expect(res.data!.terminateOptionForParnasse).toEqual({
        option: { status: "ENDED", endsAt: "2026-11-26T10:00:00.000Z", endReason: "PARNASSE_BREACH" },
        userErrors: [],
      });
    });

    it("OPT-5: a reason detail is required", async () => {
      const m = await subscribedMember();
      const res = await gql(db.current, cast.as.DESK_AGENT, PARNASSE, {
        variables: { input: { memberId: toGlobalId("Member", m.id), reason: "PARNASSE_NON_PAYMENT", detail: "  " } },
        clock: clock(),
      });
      expect(refusals(res, "terminateOptionForParnasse")).toEqual([["DETAIL_REQUIRED", "OPT-5"]]);
      expect((await optionRows(m.id))[0]!.endsAt).toBeNull();
    });

    it.each(["member", "delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "AUT-1: %s may not terminate the option for Parnasse",
      async (who) => {
        const res = await gql(db.current, cast.as[who], PARNASSE, {
          variables: { input: { memberId: cast.memberGid, reason: "PARNASSE_BREACH", detail: "x" } },
          clock: clock(),
        });
        expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
      },
    );
  });

  describe("automatic end", () => {
    it("OPT-3: the option ends in the same transaction as the removal of the last eligible line, not before", async () => {
      const m = await aMember(db.current);
      const { address, line } = await givePremises(db.current, m.id);
      const [second] = await db.current.db
        .insert(internetLines)
        .values({ memberId: m.id, addressId: address.id, operator: "ORANGE", offer: "PRO_INTERNET", technology: "VDSL", createdAt: new Date() })
        .returning();
      await anOption(db.current, m.id);
      const ctx = { actor: cast.as.DESK_AGENT, clock: clock(), requestId: "opt3-lines" };
      const removeAndReconcile = (id: string) =>
        db.current.db.transaction(async (tx) => {
          await tx
            .update(internetLines)
            .set({ removedAt: new Date(NOW) })
            .where(eq(internetLines.id, id));
          return reconcileOption(tx, ctx, m.id);
        });
      expect(await removeAndReconcile(line!.id)).toBeNull();
      expect((await optionRows(m.id))[0]!.endsAt).toBeNull();
      const ended = await removeAndReconcile(second!.id);
      expect(ended).toMatchObject({ endReason: "NO_ELIGIBLE_LINE", endsAt: new Date(NOW) });
      expect((await optionRows(m.id))[0]).toMatchObject({ endReason: "NO_ELIGIBLE_LINE" });
    });

    it("OPT-3: a rolled-back removal leaves the option in force", async () => {
      const m = await subscribedMember();
      const [line] = await db.current.db.select().from(internetLines).where(eq(internetLines.memberId, m.id));
      await expect(
        db.current.db.transaction(async (tx) => {
          await tx
            .update(internetLines)
            .set({ removedAt: new Date(NOW) })
            .where(eq(internetLines.id, line!.id));
          await reconcileOption(tx, { actor: cast.as.DESK_AGENT, clock: clock(), requestId: "opt3-rollback" }, m.id);
          throw new Error("the removal failed later");
        }),
      ).rejects.toThrow("the removal failed later");
      expect((await optionRows(m.id))[0]!.endsAt).toBeNull();
    });

    it("OPT-3: the option ends when the membership ends, cutting short a pending member termination", async () => {
      const m = await subscribedMember();
      await gql(db.current, actors.member(m), TERMINATE, { variables: { input: { channel: "APP" } }, clock: clock() });
      const ended = await db.current.db.transaction(async (tx) => {
        await tx.update(members).set({ status: "TERMINATED" }).where(eq(members.id, m.id));
        return reconcileOption(tx, { actor: cast.as.DESK_AGENT, clock: clock(), requestId: "opt3-membership" }, m.id);
      });
      expect(ended).toMatchObject({ endReason: "MEMBERSHIP_ENDED", endsAt: new Date(NOW) });
      const audit = await auditFor("opt3-membership");
      expect(audit.map((r) => r.operation)).toEqual(["optionEndedAutomatically"]);
    });
  });
});

describeOnPostgres("option subscription under concurrency", () => {
  const db = useTestDatabase({ poolMax: 20 });
  it("OPT-1: 30 concurrent subscriptions for one member create exactly one option", async () => {
    const m = await aMember(db.current);
    await givePremises(db.current, m.id);
    const results = await Promise.all(Array.from({ length: 30 }, () => gql(db.current, actors.member(m), SUBSCRIBE, { variables: { input: {} }, clock: clock() })));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const codes = results.map((r) => refusalCodes(r, "subscribeOption").join() || "OK");
    expect(codes.filter((c) => c === "OK")).toHaveLength(1);
    expect(codes.filter((c) => c === "ALREADY_SUBSCRIBED")).toHaveLength(29);
    const rows = await db.current.db.select().from(optionSubscriptions).where(eq(optionSubscriptions.memberId, m.id));
    expect(rows).toHaveLength(1);
  });
});
