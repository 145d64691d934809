import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, equipmentPurchases } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, type GqlResult } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember } from "../../support/factories.js";

const PURCHASE = `id label quantity unitTtcCents totalTtcCents totalHtCents totalVatCents orderedAt recordedByRole`;
const RECORD = `mutation($input: RecordEquipmentPurchaseInput!) { recordEquipmentPurchase(input: $input) { purchase { ${PURCHASE} } userErrors { code message field rule } } }`;
const MINE = `{ me { member { equipmentPurchases { label quantity totalTtcCents } } } }`;
const BY_ID = `query($id: ID!) { memberEquipmentPurchases(memberId: $id) { label quantity totalTtcCents } }`;

async function state(db: Database) {
  const [p] = await db.db.select({ n: count() }).from(equipmentPurchases);
  const [a] = await db.db.select({ n: count() }).from(auditLog);
  return { purchases: p!.n, audit: a!.n };
}
const codes = (res: GqlResult) => res.data!.recordEquipmentPurchase.userErrors.map((e: { code: string; rule: string }) => `${e.code}/${e.rule}`);

describe("equipment purchases (BIL-1)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  const input = (overrides: Record<string, unknown> = {}) => ({ memberId: cast.memberGid, label: "Répéteur Wi-Fi", quantity: 2, unitTtcCents: 5_990, ...overrides });
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  it.each(["DESK_AGENT", "BILLING"] as const)("BIL-1: %s records equipment sold to an active member; totals in integer cents, HT half up", async (who) => {
    const res = await gql(db.current, cast.as[who], RECORD, { variables: { input: input() } });
    expect(res.data!.recordEquipmentPurchase).toEqual({
      purchase: {
        id: expect.any(String),
        label: "Répéteur Wi-Fi",
        quantity: 2,
        unitTtcCents: 5_990,
        totalTtcCents: 11_980,
        totalHtCents: 9_983,
        totalVatCents: 1_997,
        orderedAt: "2026-11-26T10:00:00.000Z",
        recordedByRole: who,
      },
      userErrors: [],
    });
    expect(await db.current.db.select().from(auditLog).where(eq(auditLog.requestId, res.requestId))).toMatchObject([
      { operation: "recordEquipmentPurchase", onBehalfOfMemberId: cast.member.id, actorRole: who },
    ]);
  });

  it("BIL-1: bad amounts, quantity, label and dates are refused all at once; nothing written", async () => {
    const before = await state(db.current);
    const res = await gql(db.current, cast.as.DESK_AGENT, RECORD, {
      variables: { input: input({ label: "  ", quantity: 0, unitTtcCents: -5, orderedAt: "2026-12-01T10:00:00Z" }) },
    });
    expect(codes(res)).toEqual(["INVALID_LABEL/BIL-1", "INVALID_QUANTITY/BIL-1", "INVALID_AMOUNT/BIL-1", "ORDERED_IN_FUTURE/BIL-1"]);
    for (const bad of [{ unitTtcCents: 0 }, { unitTtcCents: 10_000_001 }, { quantity: 1001 }, { orderedAt: "2026-09-01T10:00:00Z" }]) {
      expect(codes(await gql(db.current, cast.as.DESK_AGENT, RECORD, { variables: { input: input(bad) } }))).toHaveLength(1);
    }
    const float = await gql(db.current, cast.as.DESK_AGENT, RECORD, { variables: { input: input({ unitTtcCents: 59.9 }) } });
    expect(errorCodes(float)).toEqual(["BAD_USER_INPUT"]);
    expect(await state(db.current)).toEqual(before);
  });

  it.each(["CANDIDATE", "TERMINATED"] as const)("BIL-1: a %s member cannot buy equipment; nothing written", async (status) => {
    const m = await aMember(db.current, { status, ...(status === "TERMINATED" ? { terminatedAt: new Date("2026-10-01T00:00:00Z") } : {}) });
    const before = await state(db.current);
    const res = await gql(db.current, cast.as.DESK_AGENT, RECORD, { variables: { input: input({ memberId: toGlobalId("Member", m.id) }) } });
    expect(codes(res)).toEqual(["MEMBER_NOT_ACTIVE/BIL-1"]);
    expect(await state(db.current)).toEqual(before);
  });

  it("AUT-2: an unknown member is refused as not found", async () => {
    const res = await gql(db.current, cast.as.BILLING, RECORD, { variables: { input: input({ memberId: toGlobalId("Member", "00000000-0000-4000-8000-000000000000") }) } });
    expect(codes(res)).toEqual(["MEMBER_NOT_FOUND/AUT-2"]);
  });

  it.each(["member", "delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER", "anonymous"] as const)(
    "BIL-1: %s may not record a purchase; nothing written",
    async (who) => {
      const before = await state(db.current);
      const res = await gql(db.current, cast.as[who], RECORD, { variables: { input: input() } });
      expect(res.data).toBeNull();
      expect(errorCodes(res)).toEqual([who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
      expect(await state(db.current)).toEqual(before);
    },
  );

  describe("who reads a member's purchases", () => {
    let buyer: Awaited<ReturnType<typeof aCast>>;
    beforeAll(async () => {
      buyer = await aCast(db.current);
      await db.current.db.insert(equipmentPurchases).values([
        { memberId: buyer.member.id, label: "Câble Ethernet", quantity: 3, unitTtcCents: 990, orderedAt: new Date("2026-11-02T09:00:00Z"), recordedByRole: "DESK_AGENT" },
        { memberId: buyer.member.id, label: "Répéteur", quantity: 1, unitTtcCents: 5_990, orderedAt: new Date("2026-11-10T09:00:00Z"), recordedByRole: "BILLING" },
      ]);
    });
    const expected = [
      { label: "Câble Ethernet", quantity: 3, totalTtcCents: 2_970 },
      { label: "Répéteur", quantity: 1, totalTtcCents: 5_990 },
    ];

    it.each(["member", "delegate"] as const)("BIL-1: the %s reads Member.equipmentPurchases, oldest first", async (who) => {
      const res = await gql(db.current, buyer.as[who], MINE);
      expect(res.data!.me.member.equipmentPurchases).toEqual(expected);
    });

    it.each(["DESK_AGENT", "BILLING"] as const)("BIL-1: %s reads memberEquipmentPurchases(memberId)", async (who) => {
      const res = await gql(db.current, buyer.as[who], BY_ID, { variables: { id: buyer.memberGid } });
      expect(res.data!.memberEquipmentPurchases).toEqual(expected);
    });

    it("BIL-1: the desk also reads them on the member", async () => {
      const res = await gql(db.current, buyer.as.DESK_AGENT, `query($id: ID!) { node(id: $id) { ... on Member { equipmentPurchases { label } } } }`, {
        variables: { id: buyer.memberGid },
      });
      expect(res.data!.node.equipmentPurchases.map((p: { label: string }) => p.label)).toEqual(["Câble Ethernet", "Répéteur"]);
    });

    it.each(["member", "delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER", "anonymous"] as const)(
      "BIL-1: %s may not use memberEquipmentPurchases",
      async (who) => {
        const res = await gql(db.current, buyer.as[who], BY_ID, { variables: { id: buyer.memberGid } });
        expect(res.data).toBeNull();
        expect(errorCodes(res)).toEqual([who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
      },
    );

    it("AUT-2: another member sees nothing of these purchases, not even by node id", async () => {
      const [row] = await db.current.db.select().from(equipmentPurchases).where(eq(equipmentPurchases.memberId, buyer.member.id)).limit(1);
      const id = toGlobalId("EquipmentPurchase", row!.id);
      const NODE = `query($id: ID!) { node(id: $id) { ... on EquipmentPurchase { label } } }`;
      expect((await gql(db.current, cast.as.member, NODE, { variables: { id } })).data!.node).toBeNull();
      expect((await gql(db.current, buyer.as.payer, NODE, { variables: { id } })).data!.node).toBeNull();
      expect((await gql(db.current, buyer.as.member, NODE, { variables: { id } })).data!.node).toEqual({ label: "Câble Ethernet" });
      expect((await gql(db.current, buyer.as.BILLING, NODE, { variables: { id } })).data!.node).toEqual({ label: "Câble Ethernet" });
    });
  });

  describe("statements do not grow with the page size", () => {
    const MEMBERS = `query($first: Int!) { members(first: $first, search: "Equip") { edges { node { id equipmentPurchases { label totalTtcCents } } } } }`;
    beforeAll(async () => {
      for (let i = 0; i < 50; i++) {
        const m = await aMember(db.current, { lastName: `Equip${String(i).padStart(2, "0")}` });
        await db.current.db
          .insert(equipmentPurchases)
          .values({ memberId: m.id, label: "Box", quantity: 1, unitTtcCents: 1_000, orderedAt: new Date("2026-11-02T09:00:00Z"), recordedByRole: "DESK_AGENT" });
      }
    });

    it("BIL-1: 5 and 50 members with their equipment purchases take the same number of statements (one batch)", async () => {
      const statementsFor = async (first: number) => {
        const before = db.current.statements.count;
        const res = await gql(db.current, cast.as.DESK_AGENT, MEMBERS, { variables: { first } });
        expect(res.errors).toBeUndefined();
        expect(res.data!.members.edges).toHaveLength(first);
        expect(res.data!.members.edges[0].node.equipmentPurchases).toEqual([{ label: "Box", totalTtcCents: 1_000 }]);
        return db.current.statements.count - before;
      };
      const five = await statementsFor(5);
      expect(await statementsFor(50)).toBe(five);
      // principal check + page + purchases batch
      expect(five).toBeLessThanOrEqual(3);
    });
  });
});
