import { beforeAll, describe, expect, it } from "vitest";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";

const PURCHASE = `totals { htCents vatCents ttcCents } totalHtCents totalVatCents totalTtcCents`;
const RECORD = `mutation($input: RecordEquipmentPurchaseInput!) { recordEquipmentPurchase(input: $input) { purchase { ${PURCHASE} } userErrors { code } } }`;
const MINE = `{ me { member { equipmentPurchases { ${PURCHASE} } } } }`;
const BY_ID = `query($id: ID!) { memberEquipmentPurchases(memberId: $id) { ${PURCHASE} } }`;

type PurchaseView = { totals: { htCents: number; vatCents: number; ttcCents: number }; totalHtCents: number; totalVatCents: number; totalTtcCents: number };

function expectOneShape(purchase: PurchaseView) {
  expect(purchase.totals).toEqual({ htCents: purchase.totalHtCents, vatCents: purchase.totalVatCents, ttcCents: purchase.totalTtcCents });
  expect(purchase.totals.htCents + purchase.totals.vatCents).toBe(purchase.totals.ttcCents);
}

describe("EquipmentPurchase.totals: the API's one money shape (BIL-1, § 10)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let recorded: PurchaseView;
  beforeAll(async () => {
    cast = await aCast(db.current);
    const res = await gql(db.current, cast.as.DESK_AGENT, RECORD, {
      variables: { input: { memberId: cast.memberGid, label: "Répéteur Wi-Fi", quantity: 2, unitTtcCents: 5_990 } },
    });
    expect(res.data!.recordEquipmentPurchase.userErrors).toEqual([]);
    recorded = res.data!.recordEquipmentPurchase.purchase;
  });

  it("BIL-1: 2 × 59.90 = 119.80 TTC = 99.83 HT + 19.97 VAT, the same figures as the deprecated fields", () => {
    expect(recorded.totals).toEqual({ htCents: 9_983, vatCents: 1_997, ttcCents: 11_980 });
    expectOneShape(recorded);
  });

  it("BIL-1: the member and the delegate read the totals on their member; billing and the desk through memberEquipmentPurchases", async () => {
    for (const who of ["member", "delegate"] as const) {
      const res = await gql(db.current, cast.as[who], MINE);
      expect(res.errors).toBeUndefined();
      expect(res.data!.me.member.equipmentPurchases).toEqual([recorded]);
    }
    for (const who of ["BILLING", "DESK_AGENT"] as const) {
      expect((await gql(db.current, cast.as[who], BY_ID, { variables: { id: cast.memberGid } })).data!.memberEquipmentPurchases).toEqual([recorded]);
    }
  });

  it.each(["member", "payer", "COACH"] as const)("BIL-1: %s may not read the totals through memberEquipmentPurchases", async (who) => {
    const res = await gql(db.current, cast.as[who], BY_ID, { variables: { id: cast.memberGid } });
    expect(res.data).toBeNull();
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
  });
});
