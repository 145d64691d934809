import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { payers } from "../../../db/schema/index.js";
import { useTestDatabase } from "../../support/db.js";
import { aStaffUser, actors } from "../../support/factories.js";
import { aBilledMember, aPayerOf, anEquipment, at, invoicesOf, runMonth } from "./invoicing.support.js";

describe("BIL-6: who pays a line is decided by its date, not by the day of the run", () => {
  const db = useTestDatabase();

  it("BIL-6: a payer revoked on 2 December still receives December's option (the month started while they paid); an item ordered after the revocation goes to the member", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-02");
    const payer = await aPayerOf(db.current, member.id);
    const billing = actors.staff(await aStaffUser(db.current, "BILLING"));
    await runMonth(db.current, billing, "2026-11", "2026-11-26");
    await db.current.db
      .update(payers)
      .set({ revokedAt: at("2026-12-02") })
      .where(eq(payers.id, payer.id));
    await anEquipment(db.current, member.id, at("2026-12-05"), 4_990, 1);
    await runMonth(db.current, billing, "2026-12", "2026-12-10");

    const december = (await invoicesOf(db.current, member.id)).filter((i) => i.billingMonth === "2026-12-01");
    const byParty = Object.fromEntries(december.map((i) => [i.payerId ?? "member", i.lines.map((l) => l.itemKind)]));
    expect(byParty).toEqual({ [payer.id]: ["OPTION"], member: ["EQUIPMENT"] });
  });

  it("BIL-6: a payer revoked before the month billed receives nothing of it", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-02");
    const payer = await aPayerOf(db.current, member.id);
    await db.current.db
      .update(payers)
      .set({ revokedAt: at("2026-11-20") })
      .where(eq(payers.id, payer.id));
    await runMonth(db.current, actors.staff(await aStaffUser(db.current, "BILLING")), "2026-12", "2026-12-10");
    const all = await invoicesOf(db.current, member.id);
    // November (caught up: it started while the payer paid) to the payer; December to the member.
    expect(all.map((i) => [i.payerId ?? "member", i.lines.map((l) => l.periodStart)])).toEqual(
      expect.arrayContaining([
        [payer.id, ["2026-11-02"]],
        ["member", ["2026-12-01"]],
      ]),
    );
    expect(all).toHaveLength(2);
  });
});
