import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, invoiceLines, invoices, payers, tariffs } from "../../../db/schema/index.js";
import { errorCodes } from "../../support/api.js";
import { countRows } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aStaffUser, actors } from "../../support/factories.js";
import { aScene, anIntervention, usedInterventions } from "../interventions/support.js";
import {
  aBilledMember,
  aMailboxPack,
  aPayerOf,
  aPrivilegeFrom,
  aTariff,
  allNumbers,
  anEquipment,
  anExtraSite,
  at,
  invoiceOfMonth,
  invoicesOf,
  runMonth,
  sequenceValue,
} from "./invoicing.support.js";

describe("monthly invoice run", () => {
  const db = useTestDatabase();
  let billing: ReturnType<typeof actors.staff>;
  const asBilling = async () => (billing ??= actors.staff(await aStaffUser(db.current, "BILLING")));
  /** The interventions scene comes with a payer of everything (aCast): revoke it so the member is billed. */
  const sceneWithoutPayer = async () => {
    const scene = await aScene(db.current);
    await db.current.db
      .update(payers)
      .set({ revokedAt: at("2026-11-01") })
      .where(eq(payers.memberId, scene.member.id));
    return scene;
  };

  it("BIL-2: worked example: an option from 16 November is billed 15/30 of 90.00 = 45.00 for November (HT 37.50, VAT 7.50)", async () => {
    const { member, option } = await aBilledMember(db.current, "2026-11-16");
    const res = await runMonth(db.current, await asBilling(), "2026-11", "2026-11-26");
    expect(res.errors).toBeUndefined();
    expect(res.data!.runMonthlyBilling.userErrors).toEqual([]);
    const [invoice] = await invoiceOfMonth(db.current, member.id, "2026-11-01");
    expect(invoice!.lines).toHaveLength(1);
    expect(invoice!.lines[0]).toMatchObject({
      itemKind: "OPTION",
      ttcCents: 4500,
      htCents: 3750,
      vatCents: 750,
      periodStart: "2026-11-16",
      periodEnd: "2026-11-30",
      sourceId: option.id,
    });
    expect(invoice!.lines[0]!.labelFr).toContain("prorata 15/30");
    expect(invoice).toMatchObject({ totalTtcCents: 4500, totalHtCents: 3750, totalVatCents: 750, status: "ISSUED" });
  });

  it("BIL-2: the months after the first are billed in full, and the last (ended) month is billed in full: every started month is due", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-16", {}, at("2027-01-10"));
    const b = await asBilling();
    await runMonth(db.current, b, "2026-11", "2026-11-26");
    await runMonth(db.current, b, "2026-12", "2026-12-01");
    await runMonth(db.current, b, "2027-01", "2027-01-02");
    const feb = await runMonth(db.current, b, "2027-02", "2027-02-01");
    expect(feb.data!.runMonthlyBilling.summary.skipped).toEqual([]);
    const all = await invoicesOf(db.current, member.id);
    expect(all.map((i) => [i.billingMonth, i.totalTtcCents])).toEqual([
      ["2026-11-01", 4500],
      ["2026-12-01", 9000],
      ["2027-01-01", 9000],
    ]);
    expect(all[2]!.lines[0]).toMatchObject({ periodStart: "2027-01-01", periodEnd: "2027-01-31", ttcCents: 9000 });
  });

  it("BIL-2: a 31-day month prorates over 31 days (option from 20 January: 12/31 of 90.00 = 34.84)", async () => {
    const { member } = await aBilledMember(db.current, "2027-01-20");
    await runMonth(db.current, await asBilling(), "2027-01", "2027-01-25");
    const [invoice] = await invoiceOfMonth(db.current, member.id, "2027-01-01");
    expect(invoice!.lines[0]).toMatchObject({ ttcCents: 3484, periodStart: "2027-01-20" });
  });

  it("BIL-1: one invoice carries the option, extra sites, mailbox packs, Privilège, billable interventions and equipment, each priced from the tariff table", async () => {
    const scene = await sceneWithoutPayer(); // option accepted 2 November 2026
    const m = scene.member.id;
    await anExtraSite(db.current, m, at("2026-11-02"));
    await aMailboxPack(db.current, m, "PLUS_1", at("2026-11-02"));
    await aMailboxPack(db.current, m, "PACK_5", at("2026-11-02"));
    await aMailboxPack(db.current, m, "PACK_10", at("2026-11-02"));
    await aPrivilegeFrom(db.current, m, at("2026-11-02"));
    await anEquipment(db.current, m, at("2026-11-10"), 4990, 2);
    await anEquipment(db.current, m, at("2026-12-03")); // after the month: not on November's invoice
    // a coach visit with 5 personal devices, within the free 15 (INT-7): the coach's hour is billed
    await anIntervention(db.current, scene, {
      kind: "COACH_VISIT",
      performerId: scene.staff.COACH.id,
      personalDeviceCount: 5,
      startsAt: at("2026-11-20"),
      status: "DONE",
      startedAt: at("2026-11-20"),
      backupConfirmedAt: at("2026-11-19"),
      doneAt: at("2026-11-20", "11:00"),
    });
    await runMonth(db.current, await asBilling(), "2026-11", "2026-11-30");
    const [invoice] = await invoiceOfMonth(db.current, m, "2026-11-01");
    const byKind = (kind: string) => invoice!.lines.filter((l) => l.itemKind === kind).map((l) => l.ttcCents);
    // 2 November: 29/30 days
    expect(byKind("OPTION")).toEqual([8700]);
    expect(byKind("EXTRA_SITE")).toEqual([8700]);
    expect(byKind("MAILBOX_PACK").sort((a, b) => a - b)).toEqual([1160, 5317, 10150]);
    expect(byKind("PRIVILEGE")).toEqual([9667]);
    expect(byKind("INTERVENTION")).toEqual([15000]);
    expect(byKind("EQUIPMENT")).toEqual([9980]);
    const lineSum = invoice!.lines.reduce((s, l) => s + l.ttcCents, 0);
    expect(invoice!.totalTtcCents).toBe(lineSum);
    expect(invoice!.totalHtCents + invoice!.totalVatCents).toBe(lineSum);
    for (const l of invoice!.lines) expect(l.htCents + l.vatCents).toBe(l.ttcCents);
    expect(invoice!.lines.map((l) => l.position)).toEqual(invoice!.lines.map((_, i) => i + 1));
  });

  it("BIL-1: an intervention beyond the free 15 is billed at the price booked (travel + first hour + started half-hours; Saturday at the out-of-hours rate)", async () => {
    const scene = await sceneWithoutPayer();
    await usedInterventions(db.current, scene, 15); // 3..17 November, booked as the 15 included
    const done = { status: "DONE" as const, backupConfirmedAt: at("2026-11-18"), startedAt: at("2026-11-19"), doneAt: at("2026-11-19", "12:00") };
    const weekday = await anIntervention(db.current, scene, { ...done, startsAt: at("2026-11-19"), durationMinutes: 90 }); // Thursday
    const saturday = await anIntervention(db.current, scene, { ...done, startsAt: at("2026-11-21"), durationMinutes: 60, inBusinessHours: false });
    await runMonth(db.current, await asBilling(), "2026-11", "2026-11-30");
    const [invoice] = await invoiceOfMonth(db.current, scene.member.id, "2026-11-01");
    const line = (id: string) => invoice!.lines.find((l) => l.sourceId === id)!;
    expect(line(weekday.id)).toMatchObject({ itemKind: "INTERVENTION", ttcCents: 10000 + 12000 + 5000 });
    expect(line(weekday.id).labelFr).toContain("au-delà des 15 incluses");
    expect(line(saturday.id)).toMatchObject({ ttcCents: 10000 + 14000 });
  });

  it("BIL-10: a price change applies from its effective date only: mid-month it applies from the next month; a first month starting after it uses it", async () => {
    const db2 = db.current;
    const { member: before } = await aBilledMember(db2, "2027-02-01");
    await aTariff(db2, "PRIVILEGE", 11000, "2027-03-15");
    await aPrivilegeFrom(db2, before.id, at("2027-02-01"));
    const { member: late } = await aBilledMember(db2, "2027-03-01");
    await aPrivilegeFrom(db2, late.id, at("2027-03-20"));
    const b = await asBilling();
    await runMonth(db2, b, "2027-02", "2027-02-10");
    await runMonth(db2, b, "2027-03", "2027-03-20");
    await runMonth(db2, b, "2027-04", "2027-04-01");
    const privilege = async (memberId: string, month: string) =>
      (await invoiceOfMonth(db2, memberId, month))[0]!.lines.filter((l) => l.itemKind === "PRIVILEGE").map((l) => l.ttcCents);
    expect(await privilege(before.id, "2027-02-01")).toEqual([10000]);
    expect(await privilege(before.id, "2027-03-01")).toEqual([10000]); // change on the 15th: March billed from the 1st at the old price
    expect(await privilege(before.id, "2027-04-01")).toEqual([11000]);
    expect(await privilege(late.id, "2027-03-01")).toEqual([Math.round((11000 * 12) / 31)]); // first day billed 20 March: new price
    const [row] = await db2.db.select().from(tariffs).where(eq(tariffs.ttcCents, 11000));
    const lines = await db2.db.select().from(invoiceLines).where(eq(invoiceLines.tariffId, row!.id));
    expect(lines.every((l) => l.periodStart! >= "2027-03-15")).toBe(true);
  });

  it("BIL-3: issued at once on the Paris date with the next numbers, due 10 days later; numbers have no gaps", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-02");
    await runMonth(db.current, await asBilling(), "2026-11", "2026-11-26");
    const [invoice] = await invoiceOfMonth(db.current, member.id, "2026-11-01");
    expect(invoice).toMatchObject({ status: "ISSUED", issuedOn: "2026-11-26", dueOn: "2026-12-06" });
    const numbers = await allNumbers(db.current);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(await sequenceValue(db.current)).toBe(numbers.length);
  });

  it("BIL-1: running a month twice creates nothing new", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-02");
    const b = await asBilling();
    await runMonth(db.current, b, "2026-11", "2026-11-26");
    const before = await countRows(db.current, invoices);
    const equipment = await anEquipment(db.current, member.id, at("2026-11-26", "15:00")); // recorded after the run
    const again = await runMonth(db.current, b, "2026-11", "2026-11-27");
    expect(again.data!.runMonthlyBilling.summary).toMatchObject({ invoicesCreated: 0 });
    expect(again.data!.runMonthlyBilling.summary.alreadyInvoiced).toBeGreaterThan(0);
    const after = await countRows(db.current, invoices);
    expect(after).toBe(before);
    expect(await invoiceOfMonth(db.current, member.id, "2026-11-01")).toHaveLength(1);
    // the purchase recorded after November's invoice waits for December's
    await runMonth(db.current, b, "2026-12", "2026-12-01");
    const [december] = await invoiceOfMonth(db.current, member.id, "2026-12-01");
    expect(december!.lines.map((l) => l.sourceId)).toContain(equipment.id);
  });

  it("BIL-2: an item started after its month's run is caught up (prorated) on the next month's invoice, never billed twice", async () => {
    const b = await asBilling();
    await runMonth(db.current, b, "2027-05", "2027-05-02");
    const { member } = await aBilledMember(db.current, "2027-05-16"); // after May's run
    await runMonth(db.current, b, "2027-05", "2027-05-20"); // re-run: the new member gets May
    const { member: later } = await aBilledMember(db.current, "2027-05-25");
    await runMonth(db.current, b, "2027-06", "2027-06-01");
    const [june] = await invoiceOfMonth(db.current, later.id, "2027-06-01");
    expect(june!.lines.map((l) => [l.periodStart, l.ttcCents])).toEqual([
      ["2027-05-25", Math.round((9000 * 7) / 31)],
      ["2027-06-01", 9000],
    ]);
    const all = await invoicesOf(db.current, member.id);
    expect(all.map((i) => i.lines.map((l) => l.periodStart))).toEqual([["2027-05-16"], ["2027-06-01"]]);
  });

  it("BIL-6: a payer of some item kinds gets an invoice for their part, the member for the rest; both carry the member's name", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-01");
    await aPrivilegeFrom(db.current, member.id, at("2026-11-01"));
    const payer = await aPayerOf(db.current, member.id, ["PRIVILEGE"]);
    await runMonth(db.current, await asBilling(), "2026-11", "2026-11-26");
    const [own] = await invoiceOfMonth(db.current, member.id, "2026-11-01", null);
    const [payers] = await invoiceOfMonth(db.current, member.id, "2026-11-01", payer.id);
    expect(own!.lines.map((l) => l.itemKind)).toEqual(["OPTION"]);
    expect(own).toMatchObject({ billToName: `${member.firstName} ${member.lastName}`, billToEmail: member.email, deliveryChannel: "EMAIL" });
    expect(own!.billToAddress).toBe("12 rue de Rivoli, 75004 Paris");
    expect(payers!.lines.map((l) => l.itemKind)).toEqual(["PRIVILEGE"]);
    expect(payers).toMatchObject({ billToName: payer.displayName, billToAddress: payer.billingAddress, billToEmail: payer.email, deliveryChannel: "EMAIL", totalTtcCents: 10000 });
  });

  it("BIL-6: a payer of everything (no item kinds) receives the whole invoice, as the member would", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-01");
    await aPrivilegeFrom(db.current, member.id, at("2026-11-01"));
    const payer = await aPayerOf(db.current, member.id);
    await runMonth(db.current, await asBilling(), "2026-11", "2026-11-26");
    const all = await invoicesOf(db.current, member.id);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ payerId: payer.id, totalTtcCents: 19000 });
  });

  it("BIL-5: a member without internet access gets the invoice by post at a valid address; an invalid address skips it, reported with BIL-5, the payer's part still goes by email", async () => {
    const { member: post } = await aBilledMember(db.current, "2026-11-01", { hasInternetAccess: false });
    const { member: invalid } = await aBilledMember(db.current, "2026-11-01", { hasInternetAccess: false, postalCode: "75999", commune: "Nulle Part" });
    await aPrivilegeFrom(db.current, invalid.id, at("2026-11-01"));
    const payer = await aPayerOf(db.current, invalid.id, ["PRIVILEGE"]);
    const res = await runMonth(db.current, await asBilling(), "2026-11", "2026-11-26");
    const [byPost] = await invoiceOfMonth(db.current, post.id, "2026-11-01");
    expect(byPost).toMatchObject({ deliveryChannel: "POST", billToAddress: "12 rue de Rivoli, 75004 Paris" });
    expect(await invoiceOfMonth(db.current, invalid.id, "2026-11-01", null)).toEqual([]);
    expect(await invoiceOfMonth(db.current, invalid.id, "2026-11-01", payer.id)).toHaveLength(1);
    const skip = res.data!.runMonthlyBilling.summary.skipped.find((s: { message: string }) => s.message.includes("75999"));
    expect(skip).toMatchObject({ code: "POSTAL_ADDRESS_REQUIRED", rule: "BIL-5" });
  });

  it("BIL-1: nothing to bill makes no invoice (zero-amount invoices are not created)", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-01", {}, at("2026-11-01", "12:00"));
    await runMonth(db.current, await asBilling(), "2026-11", "2026-11-02");
    expect(await invoiceOfMonth(db.current, member.id, "2026-11-01")).toHaveLength(1); // a started month is due in full
    await runMonth(db.current, await asBilling(), "2026-12", "2026-12-02");
    expect(await invoiceOfMonth(db.current, member.id, "2026-12-01")).toEqual([]);
  });

  it("BIL-1: a month that has not started, or a malformed month, is refused with a userError and writes nothing", async () => {
    const before = await countRows(db.current, invoices);
    const future = await runMonth(db.current, await asBilling(), "2026-12", "2026-11-30");
    expect(future.data!.runMonthlyBilling).toMatchObject({ summary: null, userErrors: [{ code: "MONTH_NOT_STARTED", rule: "BIL-1", field: ["input", "month"] }] });
    expect(future.data!.runMonthlyBilling.userErrors[0].message).toContain("2026-12");
    const en = await runMonth(db.current, await asBilling(), "2026-12", "2026-11-30", "en");
    expect(en.data!.runMonthlyBilling.userErrors[0].message).toMatch(/has not started/);
    const bad = await runMonth(db.current, await asBilling(), "2026-13", "2026-11-30");
    expect(bad.data!.runMonthlyBilling.userErrors[0].code).toBe("INVALID_MONTH");
    const after = await countRows(db.current, invoices);
    expect(after).toBe(before);
  });

  it("BIL-1: only BILLING may run a month; every other role is refused and nothing is written", async () => {
    const cast = await aCast(db.current);
    await aBilledMember(db.current, "2026-11-02");
    const count = () => countRows(db.current, invoices);
    const before = await count();
    for (const [role, actor] of Object.entries(cast.as)) {
      if (role === "BILLING") continue;
      const res = await runMonth(db.current, actor, "2026-11", "2026-11-26");
      expect(res.data?.runMonthlyBilling ?? null, role).toBeNull();
      expect(errorCodes(res), role).toEqual([role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
    }
    expect(await count()).toBe(before);
  });

  it("BIL-1: the run writes its audit rows (start, and each batch with the invoices created)", async () => {
    await aBilledMember(db.current, "2026-11-02");
    const res = await runMonth(db.current, await asBilling(), "2026-11", "2026-11-26");
    const rows = await db.current.db.select().from(auditLog).where(eq(auditLog.requestId, res.requestId));
    expect(rows.map((r) => r.operation)).toContain("runMonthlyBilling");
    expect(rows.some((r) => r.targetIds.length >= 1 && (r.details as { invoices?: number }).invoices! >= 1)).toBe(true);
  });

  it("BIL-1: an issued invoice is frozen by the database: editing, adding or deleting its lines is refused", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-02");
    await runMonth(db.current, await asBilling(), "2026-11", "2026-11-26");
    const [invoice] = await invoiceOfMonth(db.current, member.id, "2026-11-01");
    const line = invoice!.lines[0]!;
    await expect(db.current.db.update(invoiceLines).set({ ttcCents: 1, htCents: 1, vatCents: 0 }).where(eq(invoiceLines.id, line.id))).rejects.toThrow();
    await expect(db.current.db.delete(invoiceLines).where(eq(invoiceLines.id, line.id))).rejects.toThrow();
    await expect(db.current.db.update(invoices).set({ totalTtcCents: 1, totalHtCents: 1, totalVatCents: 0 }).where(eq(invoices.id, invoice!.id))).rejects.toThrow();
    const [still] = await db.current.db.select().from(invoiceLines).where(eq(invoiceLines.id, line.id));
    expect(still!.ttcCents).toBe(line.ttcCents);
  });
});
