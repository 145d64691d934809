import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { invoiceLines, invoices } from "../../../db/schema/index.js";
import { countRows } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aStaffUser, actors } from "../../support/factories.js";
import { aBilledMember, aPayerOf, aPrivilegeFrom, allNumbers, at, runMonth, sequenceValue } from "./invoicing.support.js";

describeOnPostgres("invoice run under concurrency (PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });

  it("BIL-3: 36 concurrent runs of 6 months number every invoice 1..N without gaps or duplicates, one invoice per member, month and bill-to", async () => {
    const billing = actors.staff(await aStaffUser(db.current, "BILLING"));
    for (let i = 0; i < 12; i++) {
      const { member } = await aBilledMember(db.current, "2026-06-10");
      await aPrivilegeFrom(db.current, member.id, at("2026-06-10"));
      if (i % 3 === 0) await aPayerOf(db.current, member.id, ["PRIVILEGE"]);
    }
    const months = ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"];
    const results = await Promise.all(Array.from({ length: 36 }, (_, i) => runMonth(db.current, billing, months[i % 6]!, "2026-11-26")));
    for (const r of results) expect(r.errors).toBeUndefined();
    const created = results.reduce((sum, r) => sum + r.data!.runMonthlyBilling.summary.invoicesCreated, 0);
    // Whichever run comes first, every month of every item is billed exactly once: a later month's run
    // may have caught up an earlier month first (then that month's own run has nothing left to bill).
    const [lines] = await db.current.db.select({ n: sql<number>`count(*)::int`, distinct: sql<number>`count(distinct (source_id, period_start))::int` }).from(invoiceLines);
    expect(lines).toEqual({ n: 12 * 6 * 2, distinct: 12 * 6 * 2 });
    expect(await countRows(db.current, invoices)).toBe(created);
    const numbers = await allNumbers(db.current);
    expect(numbers).toEqual(Array.from({ length: created }, (_, i) => i + 1));
    expect(await sequenceValue(db.current)).toBe(created);
    const [dupes] = await db.current.db
      .select({ n: sql<number>`count(*)::int` })
      .from(db.current.db.select({ k: sql`1` }).from(invoices).groupBy(invoices.memberId, invoices.billingMonth, invoices.payerId).having(sql`count(*) > 1`).as("d"));
    expect(dupes!.n).toBe(0);
  });
});
