import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, equipmentPurchases, invoices } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aStaffUser, actors } from "../../support/factories.js";
import { aQuotedRequest } from "../quotes/quotes.support.js";
import { aBilledMember, invoicesOf, runMonth } from "./invoicing.support.js";

const RECORD = `mutation($input: RecordEquipmentPurchaseInput!) { recordEquipmentPurchase(input: $input) { purchase { id } userErrors { code rule } } }`;

describe("amount bounds: no amount can overflow an invoice or stop a run", () => {
  const db = useTestDatabase();

  it("BIL-1: an equipment purchase whose quantity × unit price exceeds 1 000 000 € is refused (TOTAL_TOO_LARGE), nothing written", async () => {
    const cast = await aCast(db.current);
    const count = async () => (await db.current.db.select().from(equipmentPurchases)).length + (await db.current.db.select().from(auditLog)).length;
    const before = await count();
    const res = await gql(db.current, cast.as.BILLING, RECORD, {
      variables: { input: { memberId: toGlobalId("Member", cast.member.id), label: "Serveurs", quantity: 300, unitTtcCents: 10_000_000 } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordEquipmentPurchase.userErrors).toEqual([{ code: "TOTAL_TOO_LARGE", rule: "BIL-1" }]);
    expect(await count()).toBe(before);
  });

  it("BIL-1: a member whose invoice would exceed the ceiling is reported (AMOUNT_TOO_LARGE) and the run goes on for the others, with no integer overflow", async () => {
    const big = await aBilledMember(db.current, "2026-11-02");
    const small = await aBilledMember(db.current, "2026-11-02");
    // Three accepted quotes of 9 000 000.00 € each: 2.7e9 cents would overflow a 32-bit total.
    for (let i = 0; i < 3; i++) {
      await aQuotedRequest(db.current, big.member.id, "PRO_SERVICE", { status: "ACCEPTED", lines: [{ label: "Infrastructure", quantity: 1, unitTtcCents: 900_000_000 }] });
    }
    const billing = actors.staff(await aStaffUser(db.current, "BILLING"));
    const res = await runMonth(db.current, billing, "2026-11", "2026-11-26");
    expect(res.errors).toBeUndefined();
    const skipped = res.data!.runMonthlyBilling.summary.skipped as { memberId: string; code: string; rule: string; message: string }[];
    expect(skipped).toContainEqual(expect.objectContaining({ memberId: toGlobalId("Member", big.member.id), code: "AMOUNT_TOO_LARGE", rule: "BIL-1" }));
    expect(await db.current.db.select().from(invoices).where(eq(invoices.memberId, big.member.id))).toEqual([]);
    expect((await invoicesOf(db.current, small.member.id)).map((i) => i.totalTtcCents)).toEqual([8_700]);
  });
});
