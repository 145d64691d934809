import { describe, expect, it } from "vitest";
import { gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aStaffUser, actors } from "../../support/factories.js";
import { aBilledMember, aPrivilegeFrom, at, runMonth } from "./invoicing.support.js";

const LIST = `query($month: String!) { invoices(first: 100, filter: { month: $month }) { edges { node { id number memberName documentUrl
  lines { position label amounts { ttcCents } } } } } }`;

describe("invoice reads cost", () => {
  const db = useTestDatabase();

  it("BIL-1: listing 5 or 50 invoices with their lines and member names costs the same number of statements (DataLoaders)", async () => {
    const billing = actors.staff(await aStaffUser(db.current, "BILLING"));
    // 5 members billed for August only, 50 for October only
    for (let i = 0; i < 5; i++) {
      const { member } = await aBilledMember(db.current, "2027-08-01", {}, at("2027-08-20"));
      await aPrivilegeFrom(db.current, member.id, at("2027-08-01"), at("2027-08-20"));
    }
    for (let i = 0; i < 50; i++) {
      const { member } = await aBilledMember(db.current, "2027-10-01", {}, at("2027-10-15"));
      await aPrivilegeFrom(db.current, member.id, at("2027-10-01"), at("2027-10-15"));
    }
    await runMonth(db.current, billing, "2027-08", "2027-08-02");
    await runMonth(db.current, billing, "2027-10", "2027-10-02");
    const count = async (month: string, expected: number) => {
      const before = db.current.statements.count;
      const res = await gql(db.current, billing, LIST, { variables: { month } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.invoices.edges).toHaveLength(expected);
      expect(res.data!.invoices.edges.every((e: { node: { lines: unknown[] } }) => e.node.lines.length === 2)).toBe(true);
      return db.current.statements.count - before;
    };
    const few = await count("2027-08", 5);
    const many = await count("2027-10", 50);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(5);
  });
});
