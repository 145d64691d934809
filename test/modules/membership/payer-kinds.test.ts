import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, payerItemKinds, payers } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql, type GqlResult } from "../../support/api.js";
import { outcomesOf, tally } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aCast, aDelegate, aMember, aPayer, actors } from "../../support/factories.js";

const DESIGNATE_PAYER = `mutation($input: DesignatePayerInput!) {
  designatePayer(input: $input) { payer { id displayName itemKinds } userErrors { code message field rule } } }`;
const REVOKE_PAYER = `mutation($input: RevokePayerInput!) { revokePayer(input: $input) { payer { id } userErrors { code } } }`;
const payerInput = (itemKinds?: string[] | null, name = "Holding Dupont") => ({
  kind: "LEGAL_ENTITY",
  displayName: name,
  email: "compta@holding.example.fr",
  billingAddress: "1 place Vendôme, 75001 Paris",
  ...(itemKinds === undefined ? {} : { itemKinds }),
});
const codes = (res: GqlResult) => res.data!.designatePayer.userErrors.map((e: { code: string; rule: string }) => `${e.code}/${e.rule}`);

async function payerState(db: Database, memberId: string) {
  const rows = await db.db.select().from(payers).where(eq(payers.memberId, memberId)).orderBy(payers.createdAt, payers.id);
  const kinds = await db.db.select().from(payerItemKinds);
  return rows.map((p) => ({
    ...p,
    kinds: kinds
      .filter((k) => k.payerId === p.id)
      .map((k) => k.itemKind)
      .sort(),
  }));
}

describe("BIL-6: a payer of everything or of chosen item kinds", () => {
  const db = useTestDatabase();
  const designate = (m: { id: string }, input: Record<string, unknown>) => gql(db.current, actors.member(m), DESIGNATE_PAYER, { variables: { input } });

  it("BIL-6: a payer designated without kinds, or with an empty list, pays everything (itemKinds null, no rows)", async () => {
    for (const kinds of [undefined, null, []]) {
      const m = await aMember(db.current);
      const res = await designate(m, payerInput(kinds));
      expect(res.data!.designatePayer).toMatchObject({ payer: { itemKinds: null }, userErrors: [] });
      expect((await payerState(db.current, m.id)).map((p) => p.kinds)).toEqual([[]]);
    }
  });

  it("BIL-6: payers of different kinds coexist; each sees its own kinds, stored in payer_item_kinds", async () => {
    const m = await aMember(db.current);
    const first = await designate(m, payerInput(["OPTION", "EXTRA_SITE", "OPTION"], "Employeur"));
    expect(first.data!.designatePayer).toMatchObject({ payer: { itemKinds: ["EXTRA_SITE", "OPTION"] }, userErrors: [] });
    const second = await designate(m, payerInput(["PRIVILEGE"], "Fils"));
    expect(second.data!.designatePayer).toMatchObject({ payer: { itemKinds: ["PRIVILEGE"] }, userErrors: [] });
    // Both designations share the test clock's instant: compare regardless of order.
    expect(new Map((await payerState(db.current, m.id)).map((p) => [p.displayName, p.kinds]))).toEqual(
      new Map([
        ["Employeur", ["EXTRA_SITE", "OPTION"]],
        ["Fils", ["PRIVILEGE"]],
      ]),
    );
    const audit = await db.current.db.select().from(auditLog).where(eq(auditLog.requestId, second.requestId));
    expect(audit).toMatchObject([{ operation: "designatePayer", onBehalfOfMemberId: m.id, details: { kind: "LEGAL_ENTITY", itemKinds: ["PRIVILEGE"] } }]);
  });

  it("BIL-6: a kind already taken by an active payer is refused, naming it; nothing written", async () => {
    const m = await aMember(db.current);
    await designate(m, payerInput(["OPTION", "PRIVILEGE"]));
    const before = await payerState(db.current, m.id);
    const res = await designate(m, payerInput(["MAILBOX_PACK", "PRIVILEGE"], "Autre"));
    expect(codes(res)).toEqual(["PAYER_KIND_TAKEN/BIL-6"]);
    expect(res.data!.designatePayer.userErrors[0]).toMatchObject({ field: ["input", "itemKinds"] });
    expect(res.data!.designatePayer.userErrors[0].message).toContain("PRIVILEGE");
    expect(res.data!.designatePayer.userErrors[0].message).not.toContain("MAILBOX_PACK");
    expect(await payerState(db.current, m.id)).toEqual(before);
    expect(await db.current.db.select().from(auditLog).where(eq(auditLog.requestId, res.requestId))).toEqual([]);
  });

  it("BIL-6: no partial payer beside a payer of everything, and no payer of everything beside another payer; nothing written", async () => {
    const all = await aMember(db.current);
    await designate(all, payerInput(null));
    let before = await payerState(db.current, all.id);
    expect(codes(await designate(all, payerInput(["QUOTE"], "Autre")))).toEqual(["PAYER_OVERLAPS_ALL/BIL-6"]);
    expect(codes(await designate(all, payerInput(null, "Autre")))).toEqual(["PAYER_OVERLAPS_ALL/BIL-6"]);
    expect(await payerState(db.current, all.id)).toEqual(before);

    const partial = await aMember(db.current);
    await designate(partial, payerInput(["EQUIPMENT"]));
    before = await payerState(db.current, partial.id);
    expect(codes(await designate(partial, payerInput([], "Autre")))).toEqual(["PAYER_OVERLAPS_ALL/BIL-6"]);
    expect(await payerState(db.current, partial.id)).toEqual(before);
  });

  it("BIL-6: once the payer is revoked, its kinds are free again; another member's payers never count", async () => {
    const m = await aMember(db.current);
    const first = await designate(m, payerInput(["INTERVENTION"]));
    await designate(await aMember(db.current), payerInput(["INTERVENTION"])); // another member: unaffected
    await gql(db.current, actors.member(m), REVOKE_PAYER, { variables: { input: { payerId: first.data!.designatePayer.payer.id } } });
    const again = await designate(m, payerInput(["INTERVENTION"], "Nouveau"));
    expect(again.data!.designatePayer).toMatchObject({ payer: { displayName: "Nouveau", itemKinds: ["INTERVENTION"] }, userErrors: [] });
    const everything = await aMember(db.current);
    const p = await designate(everything, payerInput(null));
    await gql(db.current, actors.member(everything), REVOKE_PAYER, { variables: { input: { payerId: p.data!.designatePayer.payer.id } } });
    expect(codes(await designate(everything, payerInput(["OPTION"], "Partiel")))).toEqual([]);
  });

  it("BIL-6: the desk designates a partial payer for a member it names", async () => {
    const cast = await aCast(db.current);
    const m = await aMember(db.current);
    const res = await gql(db.current, cast.as.DESK_AGENT, DESIGNATE_PAYER, { variables: { input: { ...payerInput(["OPTION"]), memberId: toGlobalId("Member", m.id) } } });
    expect(res.data!.designatePayer).toMatchObject({ payer: { itemKinds: ["OPTION"] }, userErrors: [] });
  });

  it("MEM-5: a delegate still cannot designate a payer, even for some kinds only; nothing written", async () => {
    const m = await aMember(db.current);
    const d = await aDelegate(db.current, m.id);
    const res = await gql(db.current, actors.delegate(d), DESIGNATE_PAYER, { variables: { input: payerInput(["OPTION"]) } });
    expect(codes(res)).toEqual(["DELEGATE_NOT_ALLOWED/MEM-5"]);
    expect(await payerState(db.current, m.id)).toEqual([]);
  });

  describe("Payer.itemKinds: who reads it", () => {
    const PAYERS = `{ me { member { payers { displayName itemKinds } } payer { displayName itemKinds } } }`;
    const NODE = `query($id: ID!) { node(id: $id) { ... on Payer { itemKinds } } }`;

    it("BIL-6: the member, the payer itself, the desk and billing read a payer's kinds", async () => {
      const cast = await aCast(db.current);
      await db.current.db.insert(payerItemKinds).values([
        { payerId: cast.payer.id, itemKind: "PRIVILEGE" },
        { payerId: cast.payer.id, itemKind: "OPTION" },
      ]);
      const mine = await gql(db.current, cast.as.member, PAYERS);
      expect(mine.data!.me.member.payers).toEqual([{ displayName: cast.payer.displayName, itemKinds: ["OPTION", "PRIVILEGE"] }]);
      const own = await gql(db.current, cast.as.payer, PAYERS);
      expect(own.data!.me.payer).toEqual({ displayName: cast.payer.displayName, itemKinds: ["OPTION", "PRIVILEGE"] });
      for (const who of ["DESK_AGENT", "BILLING"] as const) {
        const res = await gql(db.current, cast.as[who], NODE, { variables: { id: toGlobalId("Payer", cast.payer.id) } });
        expect(res.data!.node).toEqual({ itemKinds: ["OPTION", "PRIVILEGE"] });
      }
    });

    it.each(["delegate", "otherMember", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "MEM-5/AUT-2: %s does not see a payer's kinds",
      async (who) => {
        const cast = await aCast(db.current);
        const res = await gql(db.current, cast.as[who], NODE, { variables: { id: toGlobalId("Payer", cast.payer.id) } });
        expect(res.data?.node ?? null).toBeNull();
      },
    );

    it("BIL-6: 12 payers with kinds take the same number of statements as 3 (one batch for the kinds; 15 aliases is the query limit)", async () => {
      const cast = await aCast(db.current);
      const many = async (n: number) => {
        const ids: string[] = [];
        for (let i = 0; i < n; i++) {
          const m = await aMember(db.current, { lastName: `Kinds${n}` });
          const p = await aPayer(db.current, m.id);
          await db.current.db.insert(payerItemKinds).values({ payerId: p.id, itemKind: "OPTION" });
          ids.push(toGlobalId("Payer", p.id));
        }
        const query = `{ ${ids.map((id, i) => `p${i}: node(id: "${id}") { ... on Payer { itemKinds } }`).join(" ")} }`;
        const before = db.current.statements.count;
        const res = await gql(db.current, cast.as.BILLING, query);
        expect(res.errors).toBeUndefined();
        expect(Object.values(res.data!).every((v) => JSON.stringify(v) === JSON.stringify({ itemKinds: ["OPTION"] }))).toBe(true);
        return db.current.statements.count - before;
      };
      const three = await many(3);
      const twelve = await many(12);
      // node(id) loads payers through a DataLoader; the kinds are one more batch.
      expect(twelve).toBe(three);
    });
  });
});

describeOnPostgres("BIL-6: concurrent designations (PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });

  it("BIL-6: 30 concurrent designations of a payer for the same kind: exactly one succeeds, 29 refused, one row", async () => {
    const m = await aMember(db.current);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => gql(db.current, actors.member(m), DESIGNATE_PAYER, { variables: { input: payerInput(["PRIVILEGE"], `Payeur ${i}`) } })),
    );
    expect(tally(outcomesOf(results, "designatePayer"))).toEqual({ ok: 1, "PAYER_KIND_TAKEN/BIL-6": 29 });
    const active = await db.current.db
      .select()
      .from(payers)
      .where(and(eq(payers.memberId, m.id), isNull(payers.revokedAt)));
    expect(active).toHaveLength(1);
    expect(await db.current.db.select().from(payerItemKinds).where(eq(payerItemKinds.payerId, active[0]!.id))).toHaveLength(1);
  });

  it("BIL-6: 30 concurrent designations mixing 'everything' and partial payers: exactly one succeeds", async () => {
    const m = await aMember(db.current);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => gql(db.current, actors.member(m), DESIGNATE_PAYER, { variables: { input: payerInput(i % 2 ? null : ["OPTION"], `Payeur ${i}`) } })),
    );
    expect(results.filter((r) => codes(r).length === 0)).toHaveLength(1);
    expect(await db.current.db.select().from(payers).where(eq(payers.memberId, m.id))).toHaveLength(1);
  });
});
