import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invoices, members } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aStaffUser, actors } from "../../support/factories.js";
import { aBilledMember, aPayerOf, invoiceOfMonth, runMonth } from "./invoicing.support.js";

describe("an issued invoice keeps the member as billed", () => {
  const db = useTestDatabase();

  it("BIL-1: renaming or moving the member after issue changes neither the member's nor the payer's invoice; the database refuses to edit them", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-02");
    const payer = await aPayerOf(db.current, member.id, ["OPTION"]);
    await runMonth(db.current, actors.staff(await aStaffUser(db.current, "BILLING")), "2026-11", "2026-11-26");
    const [invoice] = await invoiceOfMonth(db.current, member.id, "2026-11-01", payer.id);
    const asBilled = { memberName: `${member.firstName} ${member.lastName}`, memberAddress: invoice!.memberAddress };
    expect(invoice).toMatchObject(asBilled);
    expect(invoice!.memberAddress).toContain(member.postalCode);

    await db.current.db.update(members).set({ lastName: "Renommé", addressLine1: "1 place Vendôme", postalCode: "75001", commune: "Paris" }).where(eq(members.id, member.id));
    const Q = `query($id: ID!) { node(id: $id) { ... on Invoice { memberName memberAddress } } }`;
    const seen = await gql(db.current, actors.payer(payer), Q, { variables: { id: toGlobalId("Invoice", invoice!.id) } });
    expect(seen.data!.node).toEqual(asBilled);
    await expect(db.current.db.update(invoices).set({ memberName: "Autre" }).where(eq(invoices.id, invoice!.id))).rejects.toThrow();
    expect((await db.current.db.select().from(invoices).where(eq(invoices.id, invoice!.id)))[0]!.memberName).toBe(asBilled.memberName);
  });
});
