import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { interventions } from "../../../db/schema/index.js";
import { gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { SUBSCRIBE_PRIVILEGE } from "../concierge/concierge.support.js";
import { SUBSCRIBE_PACK } from "../mailboxes/mailboxes.support.js";
import { BOOK, QUOTE, aScene, bookingInput, usedInterventions } from "../interventions/support.js";
import { NOW, TARIFFS, at, schedule } from "./tariffs.support.js";

const priceOf = async (db: Parameters<typeof gql>[0], actor: Parameters<typeof gql>[1], code: string, clockIso: string) =>
  ((await gql(db, actor, TARIFFS, { clock: at(clockIso) })).data!.tariffs as { code: string; ttcCents: number }[]).find((t) => t.code === code)!.ttcCents;

/** 31 December 2026, 10:00 Paris, and 2 January 2027, 10:00 Paris. */
const DEC_31 = "2026-12-31T09:00:00Z";
const JAN_2 = "2027-01-02T09:00:00Z";
/** Tuesday 5 January 2027, 10:00 Paris: a slot in business hours after the price change. */
const JAN_5_10H = "2027-01-05T09:00:00.000Z";

describe("prices shown before ordering come from the tariff table in force on the order date (BIL-10)", () => {
  const db = useTestDatabase();
  let scene: Awaited<ReturnType<typeof aScene>>;
  beforeAll(async () => {
    scene = await aScene(db.current); // the member holds the option; 15 interventions used this contract year
    await usedInterventions(db.current, scene, 15);
    const billing = scene.as.BILLING;
    for (const change of [
      { code: "MAILBOX_PACK_5", ttcCents: 6_000, effectiveOn: "2027-01-01" },
      { code: "PRIVILEGE", ttcCents: 11_000, effectiveOn: "2027-01-01" },
      { code: "TRAVEL", ttcCents: 11_000, effectiveOn: "2027-01-01" },
      { code: "TECHNICIAN_FIRST_HOUR", ttcCents: 12_600, effectiveOn: "2027-01-01" },
    ]) {
      expect((await schedule(db.current, billing, change, at(NOW))).data!.scheduleTariffChange.userErrors).toEqual([]);
    }
  });

  it("BIL-10: a delegate sees the price of what they order before ordering: a mailbox pack is subscribed at the listed price, and the new price shows only from its effective date", async () => {
    const delegate = scene.as.delegate;
    expect(await priceOf(db.current, delegate, "MAILBOX_PACK_5", NOW)).toBe(5_500);
    const res = await gql(db.current, delegate, SUBSCRIBE_PACK, { variables: { input: { pack: "PACK_5" } }, clock: at(NOW) });
    expect(res.data!.subscribeMailboxPack.pack).toMatchObject({ pack: "PACK_5", monthlyPriceTtcCents: 5_500, monthlyPriceHtCents: 4_583 });
    const packs = `{ me { member { mailboxPacks { pack monthlyPriceTtcCents monthlyPriceHtCents } } } }`;
    // Announced on 26 November for 1 January: not shown before, shown from that day on, in the list and on the pack alike.
    expect(await priceOf(db.current, delegate, "MAILBOX_PACK_5", DEC_31)).toBe(5_500);
    expect((await gql(db.current, delegate, packs, { clock: at(DEC_31) })).data!.me.member.mailboxPacks).toEqual([
      { pack: "PACK_5", monthlyPriceTtcCents: 5_500, monthlyPriceHtCents: 4_583 },
    ]);
    expect(await priceOf(db.current, delegate, "MAILBOX_PACK_5", JAN_2)).toBe(6_000);
    expect((await gql(db.current, delegate, packs, { clock: at(JAN_2) })).data!.me.member.mailboxPacks).toEqual([
      { pack: "PACK_5", monthlyPriceTtcCents: 6_000, monthlyPriceHtCents: 5_000 },
    ]);
  });

  it("BIL-10: a delegate sees the price of what they order before ordering: Privilège at the listed price, the new price from its effective date", async () => {
    const delegate = scene.as.delegate;
    expect(await priceOf(db.current, delegate, "PRIVILEGE", NOW)).toBe(10_000);
    const res = await gql(db.current, delegate, SUBSCRIBE_PRIVILEGE, { variables: { input: {} }, clock: at(NOW) });
    expect(res.data!.subscribeConciergePrivilege.privilege).toMatchObject({ status: "ACTIVE", monthlyPriceTtcCents: 10_000, monthlyPriceHtCents: 8_333 });
    const privilege = `{ me { member { conciergePrivilege { monthlyPriceTtcCents monthlyPriceHtCents } } } }`;
    expect((await gql(db.current, delegate, privilege, { clock: at(DEC_31) })).data!.me.member.conciergePrivilege).toEqual({
      monthlyPriceTtcCents: 10_000,
      monthlyPriceHtCents: 8_333,
    });
    expect(await priceOf(db.current, delegate, "PRIVILEGE", JAN_2)).toBe(11_000);
    expect((await gql(db.current, delegate, privilege, { clock: at(JAN_2) })).data!.me.member.conciergePrivilege).toEqual({
      monthlyPriceTtcCents: 11_000,
      monthlyPriceHtCents: 9_167,
    });
  });

  it("BIL-10: a delegate sees the price of what they order before ordering: an intervention quote uses the rates in force on the order date, and the booking stores that price", async () => {
    const input = { kind: "TECHNICIAN", startsAt: JAN_5_10H, durationMinutes: 90 };
    const quoteOn = async (clockIso: string) => (await gql(db.current, scene.as.delegate, QUOTE, { variables: { input }, clock: at(clockIso) })).data!.interventionQuote.quote;
    // Ordered on 31 December: the Annexe 1 rates (travel 100 + first hour 120 + one extra half-hour 50).
    expect(await quoteOn(DEC_31)).toMatchObject({
      free: false,
      priceToAcceptCents: 27_000,
      price: {
        lines: [
          { code: "TRAVEL", unitCents: 10_000 },
          { code: "TECHNICIAN_FIRST_HOUR", unitCents: 12_000 },
          { code: "TECHNICIAN_EXTRA_HALF_HOUR", unitCents: 5_000 },
        ],
      },
    });
    // Ordered on 2 January, same slot: the new rates (travel 110, first hour 126).
    const after = await quoteOn(JAN_2);
    expect(after).toMatchObject({ priceToAcceptCents: 28_600, price: { totalCents: 28_600, totalHtCents: 23_833, vatCents: 4_767 } });
    // The desk books it at the price the delegate saw: that is the price recorded, hence invoiced.
    const booked = await gql(db.current, scene.as.DESK_AGENT, BOOK, {
      variables: { input: bookingInput(scene, { startsAt: JAN_5_10H, acceptedPriceCents: 28_600 }) },
      clock: at(JAN_2),
    });
    expect(booked.data!.bookHomeIntervention.userErrors).toEqual([]);
    const [row] = await db.current.db
      .select()
      .from(interventions)
      .where(eq(interventions.startsAt, new Date(JAN_5_10H)));
    expect(row).toMatchObject({ priceCents: 28_600 });
    expect(row!.chargeLines.map((l) => [l.code, l.unitCents])).toEqual([
      ["TRAVEL", 11_000],
      ["TECHNICIAN_FIRST_HOUR", 12_600],
      ["TECHNICIAN_EXTRA_HALF_HOUR", 5_000],
    ]);
  });

  it("BIL-10: the old price accepted after the change is refused at booking (the price shown is the price in force)", async () => {
    const res = await gql(db.current, scene.as.DESK_AGENT, BOOK, {
      variables: { input: bookingInput(scene, { startsAt: "2027-01-06T09:00:00.000Z", acceptedPriceCents: 27_000 }) },
      clock: at(JAN_2),
    });
    expect(res.data!.bookHomeIntervention.userErrors.map((e: { code: string; rule: string }) => `${e.code}/${e.rule}`)).toEqual(["PRICE_NOT_ACCEPTED/INT-3"]);
  });

  it("BIL-10: the member sees the same prices as their delegate", async () => {
    for (const code of ["MAILBOX_PACK_5", "PRIVILEGE", "TRAVEL"]) {
      expect(await priceOf(db.current, scene.as.member, code, JAN_2)).toBe(await priceOf(db.current, scene.as.delegate, code, JAN_2));
    }
  });
});
