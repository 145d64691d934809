import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { announcements, auditLog, tariffs } from "../../../db/schema/index.js";
import { earliestEffectiveOn } from "../../../src/modules/tariffs/index.js";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, anOption } from "../../support/factories.js";
import { HISTORY, NOW, TARIFFS, at, expectShieldRefusal, expectUserErrors, schedule, tariffState } from "./tariffs.support.js";

const ANNOUNCEMENTS = `{ announcements(first: 10) { edges { node { kind title body effectiveOn announcedAt personal } } } }`;

describe("tariffs as dated data (BIL-10, SPEC § 10)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  it("BIL-10: the price list in force today is the Annexe 1 seed, TTC the reference, HT = TTC / 1.2 half up, VAT the difference", async () => {
    const res = await gql(db.current, cast.as.member, TARIFFS);
    expect(res.errors).toBeUndefined();
    const list = res.data!.tariffs as { code: string; ttcCents: number; htCents: number; vatCents: number; effectiveOn: string }[];
    expect(list.map((t) => [t.code, t.ttcCents, t.htCents, t.vatCents])).toEqual([
      ["OPTION", 9_000, 7_500, 1_500],
      ["EXTRA_SITE", 9_000, 7_500, 1_500],
      ["MAILBOX_PLUS_1", 1_200, 1_000, 200],
      ["MAILBOX_PACK_5", 5_500, 4_583, 917],
      ["MAILBOX_PACK_10", 10_500, 8_750, 1_750],
      ["PRIVILEGE", 10_000, 8_333, 1_667],
      ["TRAVEL", 10_000, 8_333, 1_667],
      ["TECHNICIAN_FIRST_HOUR", 12_000, 10_000, 2_000],
      ["TECHNICIAN_EXTRA_HALF_HOUR", 5_000, 4_167, 833],
      ["TECHNICIAN_OOH_FIRST_HOUR", 14_000, 11_667, 2_333],
      ["TECHNICIAN_OOH_EXTRA_HALF_HOUR", 6_000, 5_000, 1_000],
      ["COACH_HOUR", 15_000, 12_500, 2_500],
    ]);
    expect(new Set(list.map((t) => t.effectiveOn))).toEqual(new Set(["2020-01-01"]));
    // Before the first effective date, nothing was in force: never a price before its effective date.
    expect((await gql(db.current, cast.as.member, TARIFFS, { variables: { on: "2019-12-31" } })).data!.tariffs).toEqual([]);
  });

  it("BIL-10: announced on 2026-11-26, a change may apply from 2026-12-26; 2026-12-25 is refused, nothing written", async () => {
    expect(await expectUserErrors(db.current, () => schedule(db.current, cast.as.BILLING, { code: "OPTION", ttcCents: 9_500, effectiveOn: "2026-12-25" }))).toEqual([
      "NOTICE_TOO_SHORT/BIL-10",
    ]);
    const ok = await schedule(db.current, cast.as.BILLING, { code: "OPTION", ttcCents: 9_500, effectiveOn: "2026-12-26" });
    expect(ok.data!.scheduleTariffChange).toEqual({
      tariff: { code: "OPTION", ttcCents: 9_500, htCents: 7_917, vatCents: 1_583, effectiveOn: "2026-12-26", announcedAt: "2026-11-26T10:00:00.000Z" },
      userErrors: [],
    });
    const [row] = await db.current.db
      .select()
      .from(tariffs)
      .where(and(eq(tariffs.code, "OPTION"), eq(tariffs.effectiveOn, "2026-12-26")));
    expect(row).toMatchObject({ ttcCents: 9_500, createdByRole: "BILLING", createdById: cast.staff.BILLING.id });
    expect(await db.current.db.select().from(auditLog).where(eq(auditLog.requestId, ok.requestId))).toMatchObject([
      { operation: "scheduleTariffChange", actorRole: "BILLING", onBehalfOfMemberId: null },
    ]);
  });

  it("BIL-10: the message says the earliest date, in French by default and in English on request", async () => {
    const fr = await schedule(db.current, cast.as.BILLING, { code: "OPTION", ttcCents: 9_500, effectiveOn: "2026-12-01" });
    expect(fr.data!.scheduleTariffChange.userErrors[0]).toMatchObject({ field: ["input", "effectiveOn"], rule: "BIL-10" });
    expect(fr.data!.scheduleTariffChange.userErrors[0].message).toContain("2026-12-26");
    const en = await gql(db.current, cast.as.BILLING, `mutation($input: ScheduleTariffChangeInput!) { scheduleTariffChange(input: $input) { userErrors { message } } }`, {
      variables: { input: { code: "OPTION", ttcCents: 9_500, effectiveOn: "2026-12-01" } },
      locale: "en",
      clock: at(NOW),
    });
    expect(en.data!.scheduleTariffChange.userErrors[0].message).toBe(
      "A price change must be announced at least one month ahead: announced today, it applies on 2026-12-26 at the earliest.",
    );
  });

  it("BIL-10: month ends: announced 31 January → 28 February (29 in a leap year), 31 March → 30 April (date-fns addMonths)", async () => {
    expect(earliestEffectiveOn("2027-01-31")).toBe("2027-02-28");
    expect(earliestEffectiveOn("2028-01-31")).toBe("2028-02-29");
    expect(earliestEffectiveOn("2027-03-31")).toBe("2027-04-30");
    expect(earliestEffectiveOn("2026-12-31")).toBe("2027-01-31");
    // Through the API: on 31 January 2027 (Paris), 27 February is refused and 28 February accepted.
    const jan31 = at("2027-01-31T11:00:00Z");
    expect(await expectUserErrors(db.current, () => schedule(db.current, cast.as.BILLING, { code: "EXTRA_SITE", ttcCents: 9_100, effectiveOn: "2027-02-27" }, jan31))).toEqual([
      "NOTICE_TOO_SHORT/BIL-10",
    ]);
    const ok = await schedule(db.current, cast.as.BILLING, { code: "EXTRA_SITE", ttcCents: 9_100, effectiveOn: "2027-02-28" }, jan31);
    expect(ok.data!.scheduleTariffChange.userErrors).toEqual([]);
  });

  it("BIL-10: 'today' is the Paris date: at 23:30 UTC on 30 November it is already 1 December in Paris", async () => {
    const late = at("2026-11-30T23:30:00Z");
    expect(await expectUserErrors(db.current, () => schedule(db.current, cast.as.BILLING, { code: "TRAVEL", ttcCents: 10_500, effectiveOn: "2026-12-31" }, late))).toEqual([
      "NOTICE_TOO_SHORT/BIL-10",
    ]);
  });

  it("BIL-10: a second price for the same item and date is refused; the first one stays", async () => {
    const input = { code: "COACH_HOUR", ttcCents: 15_500, effectiveOn: "2027-06-01" };
    expect((await schedule(db.current, cast.as.BILLING, input)).data!.scheduleTariffChange.userErrors).toEqual([]);
    expect(await expectUserErrors(db.current, () => schedule(db.current, cast.as.BILLING, { ...input, ttcCents: 16_000 }))).toEqual(["DUPLICATE_EFFECTIVE_DATE/BIL-10"]);
    const rows = await db.current.db
      .select()
      .from(tariffs)
      .where(and(eq(tariffs.code, "COACH_HOUR"), eq(tariffs.effectiveOn, "2027-06-01")));
    expect(rows.map((r) => r.ttcCents)).toEqual([15_500]);
  });

  it.each([0, -100, 1_000_001])("BIL-10: a price of %i cents is refused, nothing written", async (ttcCents) => {
    expect(await expectUserErrors(db.current, () => schedule(db.current, cast.as.BILLING, { code: "OPTION", ttcCents, effectiveOn: "2027-09-01" }))).toEqual([
      "INVALID_AMOUNT/BIL-10",
    ]);
  });

  it("BIL-10: a non-integer amount never becomes a float: GraphQL refuses 90.5 as an Int, nothing written", async () => {
    const before = await tariffState(db.current);
    const res = await schedule(db.current, cast.as.BILLING, { code: "OPTION", ttcCents: 90.5, effectiveOn: "2027-09-01" });
    expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
    expect(await tariffState(db.current)).toEqual(before);
  });

  it("BIL-10: every problem at once: too early and a zero amount", async () => {
    expect(await expectUserErrors(db.current, () => schedule(db.current, cast.as.BILLING, { code: "OPTION", ttcCents: 0, effectiveOn: "2026-11-27" }))).toEqual([
      "INVALID_AMOUNT/BIL-10",
      "NOTICE_TOO_SHORT/BIL-10",
    ]);
  });

  it("BIL-10: a scheduled price is not in the list before its effective date (Paris), and is from that day on", async () => {
    await schedule(db.current, cast.as.BILLING, { code: "MAILBOX_PLUS_1", ttcCents: 1_300, effectiveOn: "2027-04-01" });
    const plusOne = async (clockIso: string, on?: string) =>
      ((await gql(db.current, cast.as.delegate, TARIFFS, { clock: at(clockIso), variables: { on } })).data!.tariffs as { code: string; ttcCents: number }[]).find(
        (t) => t.code === "MAILBOX_PLUS_1",
      )!.ttcCents;
    expect(await plusOne("2027-03-31T21:59:00Z")).toBe(1_200); // 23:59 on 31 March, Paris
    expect(await plusOne("2027-03-31T22:00:00Z")).toBe(1_300); // midnight, 1 April, Paris (CEST)
    expect(await plusOne(NOW, "2027-03-31")).toBe(1_200);
    expect(await plusOne(NOW, "2027-04-01")).toBe(1_300);
  });

  it("BIL-10: tariffHistory lists every price of an item, oldest first, scheduled ones included (BILLING)", async () => {
    await schedule(db.current, cast.as.BILLING, { code: "MAILBOX_PACK_10", ttcCents: 11_000, effectiveOn: "2027-05-01" });
    const res = await gql(db.current, cast.as.BILLING, HISTORY, { variables: { code: "MAILBOX_PACK_10" } });
    expect(res.data!.tariffHistory).toEqual([
      { code: "MAILBOX_PACK_10", ttcCents: 10_500, htCents: 8_750, vatCents: 1_750, effectiveOn: "2020-01-01", announcedAt: "2019-11-01T00:00:00.000Z" },
      { code: "MAILBOX_PACK_10", ttcCents: 11_000, htCents: 9_167, vatCents: 1_833, effectiveOn: "2027-05-01", announcedAt: "2026-11-26T10:00:00.000Z" },
    ]);
  });

  it("OPT-6: a scheduled price change is announced to the members holding the option, one month ahead, with the old and new price", async () => {
    const holder = await aCast(db.current);
    await anOption(db.current, holder.member.id);
    const res = await schedule(db.current, cast.as.BILLING, { code: "PRIVILEGE", ttcCents: 11_000, effectiveOn: "2027-07-01" });
    expect(res.data!.scheduleTariffChange.userErrors).toEqual([]);
    const [row] = await db.current.db
      .select()
      .from(announcements)
      .where(and(eq(announcements.kind, "PRICE_CHANGE"), eq(announcements.effectiveOn, "2027-07-01")));
    expect(row).toMatchObject({ memberId: null, createdBy: cast.staff.BILLING.id, announcedAt: new Date(NOW) });
    for (const actor of [holder.as.member, holder.as.delegate]) {
      const seen = (await gql(db.current, actor, ANNOUNCEMENTS)).data!.announcements.edges.map((e: { node: unknown }) => e.node);
      expect(seen).toContainEqual({
        kind: "PRICE_CHANGE",
        title: "Nouveau tarif : Conciergerie John Paul Privilège",
        body: "À partir du 01/07/2027, le prix de « Conciergerie John Paul Privilège » passe de 100,00\u00a0€ TTC à 110,00\u00a0€ TTC (91,67\u00a0€ HT) par mois.",
        effectiveOn: "2027-07-01",
        announcedAt: "2026-11-26T10:00:00.000Z",
        personal: false,
      });
    }
  });

  it("OPT-6: a refused change announces nothing", async () => {
    const before = await db.current.db.select().from(announcements);
    await schedule(db.current, cast.as.BILLING, { code: "PRIVILEGE", ttcCents: 11_000, effectiveOn: "2026-12-01" });
    expect(await db.current.db.select().from(announcements)).toEqual(before);
  });

  describe("who may read and change tariffs", () => {
    it.each(["member", "delegate", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING"] as const)("BIL-10: %s reads the price list", async (who) => {
      const res = await gql(db.current, cast.as[who], TARIFFS);
      expect(res.errors).toBeUndefined();
      expect(res.data!.tariffs).toHaveLength(12);
    });

    it.each(["payer", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)("AUT-2/CON-5: %s may not read the price list", async (who) => {
      const res = await gql(db.current, cast.as[who], TARIFFS);
      expect(res.data).toBeNull();
      expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    });

    it("AUT-1: anonymous may not read the price list", async () => {
      const res = await gql(db.current, null, TARIFFS);
      expect(res.data).toBeNull();
      expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
    });

    it.each(["member", "delegate", "payer", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "BIL-10: %s may not read the tariff history",
      async (who) => {
        const res = await gql(db.current, cast.as[who], HISTORY, { variables: { code: "OPTION" } });
        expect(res.data).toBeNull();
        expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
      },
    );

    it.each(["member", "delegate", "payer", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "BIL-10: %s may not schedule a price change; nothing written",
      async (who) => {
        await expectShieldRefusal(db.current, () => schedule(db.current, cast.as[who], { code: "OPTION", ttcCents: 9_900, effectiveOn: "2028-01-01" }));
      },
    );

    it("AUT-1: anonymous may not schedule a price change; nothing written", async () => {
      await expectShieldRefusal(db.current, () => schedule(db.current, null, { code: "OPTION", ttcCents: 9_900, effectiveOn: "2028-01-01" }), "UNAUTHENTICATED");
    });
  });
});
