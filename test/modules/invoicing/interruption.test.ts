import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invoiceLines, invoices } from "../../../db/schema/index.js";
import { DEMO_TARIFFS } from "../../../src/config.js";
import { buildContext } from "../../../src/modules/registry.js";
import { billingRunService } from "../../../src/modules/invoicing/index.js";
import { silentLog } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aStaffUser, actors } from "../../support/factories.js";
import { aBilledMember, aPrivilegeFrom, aPayerOf, allNumbers, at, clockOn, sequenceValue } from "./invoicing.support.js";

describe("an interrupted invoice run", () => {
  const db = useTestDatabase();

  it("BIL-1: a run failing in its second batch leaves each member with no invoice for the month or complete ones; a re-run completes it with gapless numbers", async () => {
    const staff = await aStaffUser(db.current, "BILLING");
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const { member } = await aBilledMember(db.current, "2026-11-01");
      await aPrivilegeFrom(db.current, member.id, at("2026-11-01"));
      if (i % 2) await aPayerOf(db.current, member.id, ["PRIVILEGE"]);
      ids.push(member.id);
    }
    const ctx = () =>
      buildContext({ requestId: randomUUID(), actor: actors.staff(staff), locale: "fr", clock: clockOn("2026-11-26"), tariffs: DEMO_TARIFFS, db: db.current.db, log: silentLog });
    // The failure strikes after batch 2 wrote its invoices and lines, before it commits.
    await expect(
      billingRunService.run(ctx(), "2026-11", {
        batchSize: 3,
        beforeCommit: (batch) => {
          if (batch === 2) throw new Error("injected failure");
        },
      }),
    ).rejects.toThrow("injected failure");

    const check = async () => {
      const billed = new Set<string>();
      for (const id of ids) {
        const rows = await db.current.db.select().from(invoices).where(eq(invoices.memberId, id));
        if (rows.length === 0) continue;
        billed.add(id);
        // complete: the option and the privilege, on the member's or split with the payer, totals = lines
        const lines = rows.length
          ? await db.current.db
              .select()
              .from(invoiceLines)
              .where(sql`${invoiceLines.invoiceId} in ${rows.map((r) => r.id)}`)
          : [];
        expect(lines.map((l) => l.itemKind).sort()).toEqual(["OPTION", "PRIVILEGE"]);
        for (const r of rows) {
          expect(r.status).toBe("ISSUED");
          expect(r.totalTtcCents).toBe(lines.filter((l) => l.invoiceId === r.id).reduce((s, l) => s + l.ttcCents, 0));
        }
      }
      return billed;
    };
    const afterFailure = await check();
    expect(afterFailure.size).toBe(3); // the first batch committed, the second rolled back whole
    const numbers = await allNumbers(db.current);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(await sequenceValue(db.current)).toBe(numbers.length);

    const rerun = await billingRunService.run(ctx(), "2026-11", { batchSize: 3 });
    expect((await check()).size).toBe(7);
    const all = await allNumbers(db.current);
    expect(rerun.ok && rerun.value.invoicesCreated).toBe(all.length - numbers.length);
    expect(all.length).toBe(7 + 3); // 3 of the 7 members have a payer of their Privilège
    expect(all).toEqual(all.map((_, i) => i + 1));
    expect(await sequenceValue(db.current)).toBe(all.length);
  });
});
