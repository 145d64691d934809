import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, delegates, members, payers } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, refusals } from "../../support/api.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aCast, aDelegate, aMember, aPayer } from "../../support/factories.js";

const DESIGNATE = `mutation($input: DesignateDelegateInput!) {
  designateDelegate(input: $input) {
    delegate { id lastName firstName email phone notifiedVia registeredByRole revokedAt }
    replacedDelegate { id revokedAt }
    userErrors { code message field rule } } }`;
const REVOKE = `mutation($input: RevokeDelegateInput!) { revokeDelegate(input: $input) { delegate { id revokedAt } userErrors { code message field rule } } }`;
const DESIGNATE_PAYER = `mutation($input: DesignatePayerInput!) { designatePayer(input: $input) { payer { id kind displayName email billingAddress } userErrors { code message field rule } } }`;
const REVOKE_PAYER = `mutation($input: RevokePayerInput!) { revokePayer(input: $input) { payer { id } userErrors { code message field rule } } }`;
const UPDATE_CONTACT = `mutation($input: UpdateMemberContactInput!) { updateMemberContact(input: $input) { userErrors { code } } }`;

const delegateInput = (overrides: Record<string, unknown> = {}) => ({
  lastName: "Bernard",
  firstName: "Luc",
  postalAddress: "3 rue des Archives, 75004 Paris",
  phone: "06 98 76 54 32",
  ...overrides,
});
const payerInput = { kind: "LEGAL_ENTITY", displayName: "Holding Dupont", email: "compta@holding.example.fr", billingAddress: "1 place Vendôme, 75001 Paris" };
const memberAs = (m: { id: string }) => ({ kind: "member-scoped" as const, role: "MEMBER" as const, subjectId: m.id, memberId: m.id });
const delegateAs = (d: { id: string; memberId: string }) => ({ kind: "member-scoped" as const, role: "DELEGATE" as const, subjectId: d.id, memberId: d.memberId });

describe("delegates and payers", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  const delegatesOf = async (memberId: string) => db.current.db.select().from(delegates).where(eq(delegates.memberId, memberId));
  const payersOf = async (memberId: string) => db.current.db.select().from(payers).where(eq(payers.memberId, memberId));
  const auditRows = async (requestId: string) => db.current.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));

  describe("designateDelegate", () => {
    it("MEM-4: a member designates a delegate in the app (notified via APP)", async () => {
      const m = await aMember(db.current);
      const res = await gql(db.current, memberAs(m), DESIGNATE, { variables: { input: delegateInput() } });
      const payload = res.data!.designateDelegate;
      expect(payload.userErrors).toEqual([]);
      expect(payload.delegate).toMatchObject({ lastName: "Bernard", phone: "+33698765432", notifiedVia: "APP", registeredByRole: "MEMBER", revokedAt: null });
      expect(payload.replacedDelegate).toBeNull();
      expect((await auditRows(res.requestId))[0]).toMatchObject({ operation: "designateDelegate", actorRole: "MEMBER", onBehalfOfMemberId: m.id });
    });

    it("MEM-4: designating again replaces the active delegate in the same transaction, and says which was replaced", async () => {
      const m = await aMember(db.current);
      const old = await aDelegate(db.current, m.id);
      const res = await gql(db.current, memberAs(m), DESIGNATE, { variables: { input: delegateInput({ firstName: "Nouveau" }) } });
      const payload = res.data!.designateDelegate;
      expect(payload.replacedDelegate).toMatchObject({ id: toGlobalId("Delegate", old.id), revokedAt: expect.any(String) });
      const active = (await delegatesOf(m.id)).filter((d) => d.revokedAt === null);
      expect(active.map((d) => d.firstName)).toEqual(["Nouveau"]);
      // The replaced delegate's token stops working at once.
      const asOld = await gql(db.current, delegateAs(old), UPDATE_CONTACT, { variables: { input: { phone: "0611111111" } } });
      expect(errorCodes(asOld)).toEqual(["UNAUTHENTICATED"]);
    });

    it("MEM-4: the desk records a replacement with who registered it and how the Desk was notified (EMAIL or PHONE, required)", async () => {
      const m = await aMember(db.current);
      await aDelegate(db.current, m.id);
      const input = { ...delegateInput(), memberId: toGlobalId("Member", m.id) };
      const missing = await gql(db.current, cast.as.DESK_AGENT, DESIGNATE, { variables: { input } });
      expect(refusals(missing, "designateDelegate")).toEqual([["NOTIFICATION_CHANNEL_REQUIRED", "MEM-4"]]);
      const app = await gql(db.current, cast.as.DESK_AGENT, DESIGNATE, { variables: { input: { ...input, notifiedVia: "APP" } } });
      expect(refusals(app, "designateDelegate")).toEqual([["NOTIFICATION_CHANNEL_REQUIRED", "MEM-4"]]);
      expect((await delegatesOf(m.id)).filter((d) => d.revokedAt === null)).toHaveLength(1);

      const res = await gql(db.current, cast.as.DESK_AGENT, DESIGNATE, { variables: { input: { ...input, notifiedVia: "PHONE" } } });
      expect(res.data!.designateDelegate.delegate).toMatchObject({ notifiedVia: "PHONE", registeredByRole: "DESK_AGENT" });
      expect(res.data!.designateDelegate.replacedDelegate).not.toBeNull();
      const [row] = await db.current.db
        .select()
        .from(delegates)
        .where(and(eq(delegates.memberId, m.id), isNull(delegates.revokedAt)));
      expect(row).toMatchObject({ registeredByRole: "DESK_AGENT", registeredById: cast.staff.DESK_AGENT.id, notifiedVia: "PHONE" });
      expect((await auditRows(res.requestId))[0]).toMatchObject({ actorRole: "DESK_AGENT", onBehalfOfMemberId: m.id, details: { notifiedVia: "PHONE" } });
    });

    it("MEM-4: a delegate needs a name, an address and a contact (email or phone); a member cannot claim EMAIL/PHONE", async () => {
      const m = await aMember(db.current);
      const res = await gql(db.current, memberAs(m), DESIGNATE, {
        variables: { input: delegateInput({ lastName: "", postalAddress: " ", phone: null, notifiedVia: "EMAIL" }) },
      });
      expect(refusals(res, "designateDelegate")).toEqual([
        ["INVALID_NAME", "MEM-1"],
        ["INVALID_ADDRESS_LINE", "MEM-1"],
        ["DELEGATE_CONTACT_REQUIRED", "MEM-4"],
        ["NOTIFICATION_CHANNEL_INVALID", "MEM-4"],
      ]);
      expect(await delegatesOf(m.id)).toEqual([]);
      expect(await auditRows(res.requestId)).toEqual([]);
    });

    it("MEM-5: a delegate can never designate or replace a delegate; nothing is written", async () => {
      const m = await aMember(db.current);
      const d = await aDelegate(db.current, m.id);
      const before = await delegatesOf(m.id);
      const res = await gql(db.current, delegateAs(d), DESIGNATE, { variables: { input: delegateInput() } });
      expect(refusals(res, "designateDelegate")).toEqual([["DELEGATE_NOT_ALLOWED", "MEM-5"]]);
      expect(await delegatesOf(m.id)).toEqual(before);
      expect(await auditRows(res.requestId)).toEqual([]);
    });

    it("AUT-2: a member cannot designate a delegate for another member", async () => {
      const res = await gql(db.current, cast.as.member, DESIGNATE, { variables: { input: { ...delegateInput(), memberId: cast.otherGid } } });
      expect(refusals(res, "designateDelegate")).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
      expect(await delegatesOf(cast.other.id)).toEqual([]);
    });

    it.each(["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "AUT-1: %s may not designate a delegate, and nothing is written",
      async (who) => {
        const before = await delegatesOf(cast.member.id);
        const res = await gql(db.current, cast.as[who], DESIGNATE, {
          variables: { input: { ...delegateInput(), memberId: cast.memberGid, notifiedVia: "EMAIL" } },
        });
        expect(res.data).toBeNull();
        expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
        expect(await delegatesOf(cast.member.id)).toEqual(before);
        expect(await auditRows(res.requestId)).toEqual([]);
      },
    );
  });

  describe("revokeDelegate", () => {
    it("MEM-4: the member revokes their delegate; revoking again says there is none", async () => {
      const m = await aMember(db.current);
      const d = await aDelegate(db.current, m.id);
      const res = await gql(db.current, memberAs(m), REVOKE, { variables: { input: {} } });
      expect(res.data!.revokeDelegate.delegate).toMatchObject({ id: toGlobalId("Delegate", d.id), revokedAt: expect.any(String) });
      expect((await auditRows(res.requestId))[0]).toMatchObject({ operation: "revokeDelegate", onBehalfOfMemberId: m.id });
      const again = await gql(db.current, memberAs(m), REVOKE, { variables: { input: {} } });
      expect(refusals(again, "revokeDelegate")).toEqual([["NO_ACTIVE_DELEGATE", "MEM-4"]]);
    });

    it("MEM-5: a delegate cannot revoke the delegation; nothing is written", async () => {
      const m = await aMember(db.current);
      const d = await aDelegate(db.current, m.id);
      const res = await gql(db.current, delegateAs(d), REVOKE, { variables: { input: {} } });
      expect(refusals(res, "revokeDelegate")).toEqual([["DELEGATE_NOT_ALLOWED", "MEM-5"]]);
      expect((await delegatesOf(m.id))[0]!.revokedAt).toBeNull();
    });

    it.each(["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "AUT-1: %s may not revoke a delegate, and nothing is written",
      async (who) => {
        const before = await delegatesOf(cast.member.id);
        const res = await gql(db.current, cast.as[who], REVOKE, { variables: { input: { memberId: cast.memberGid } } });
        expect(res.data).toBeNull();
        expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
        expect(await delegatesOf(cast.member.id)).toEqual(before);
      },
    );
  });

  describe("designatePayer and revokePayer", () => {
    it("BIL-6: a member designates a third-party payer, then revokes it", async () => {
      const m = await aMember(db.current);
      const res = await gql(db.current, memberAs(m), DESIGNATE_PAYER, { variables: { input: payerInput } });
      expect(res.data!.designatePayer.userErrors).toEqual([]);
      expect(res.data!.designatePayer.payer).toMatchObject({ kind: "LEGAL_ENTITY", displayName: "Holding Dupont" });
      const revoked = await gql(db.current, memberAs(m), REVOKE_PAYER, { variables: { input: { payerId: res.data!.designatePayer.payer.id } } });
      expect(revoked.data!.revokePayer.userErrors).toEqual([]);
      expect((await payersOf(m.id))[0]!.revokedAt).not.toBeNull();
    });

    it("BIL-6: the desk designates a payer for a member it names", async () => {
      const m = await aMember(db.current);
      const res = await gql(db.current, cast.as.DESK_AGENT, DESIGNATE_PAYER, { variables: { input: { ...payerInput, memberId: toGlobalId("Member", m.id) } } });
      expect(res.data!.designatePayer.userErrors).toEqual([]);
      expect(await payersOf(m.id)).toHaveLength(1);
    });

    it("MEM-5: a delegate can never designate or revoke a payer; nothing is written", async () => {
      const m = await aMember(db.current);
      const d = await aDelegate(db.current, m.id);
      const p = await aPayer(db.current, m.id);
      const designate = await gql(db.current, delegateAs(d), DESIGNATE_PAYER, { variables: { input: payerInput } });
      expect(refusals(designate, "designatePayer")).toEqual([["DELEGATE_NOT_ALLOWED", "MEM-5"]]);
      const revoke = await gql(db.current, delegateAs(d), REVOKE_PAYER, { variables: { input: { payerId: toGlobalId("Payer", p.id) } } });
      expect(refusals(revoke, "revokePayer")).toEqual([["DELEGATE_NOT_ALLOWED", "MEM-5"]]);
      expect(await payersOf(m.id)).toEqual([p]);
      expect(await auditRows(designate.requestId)).toEqual([]);
      expect(await auditRows(revoke.requestId)).toEqual([]);
    });

    it("AUT-2: a member cannot revoke another member's payer", async () => {
      const p = await aPayer(db.current, cast.other.id);
      const res = await gql(db.current, cast.as.member, REVOKE_PAYER, { variables: { input: { payerId: toGlobalId("Payer", p.id) } } });
      expect(refusals(res, "revokePayer")).toEqual([["PAYER_NOT_FOUND", "AUT-2"]]);
      expect((await payersOf(cast.other.id)).find((row) => row.id === p.id)!.revokedAt).toBeNull();
    });

    it.each(["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
      "AUT-1: %s may not designate or revoke a payer, and nothing is written",
      async (who) => {
        const before = await payersOf(cast.member.id);
        const designate = await gql(db.current, cast.as[who], DESIGNATE_PAYER, { variables: { input: { ...payerInput, memberId: cast.memberGid } } });
        expect(errorCodes(designate)).toEqual(["FORBIDDEN"]);
        const revoke = await gql(db.current, cast.as[who], REVOKE_PAYER, { variables: { input: { payerId: toGlobalId("Payer", cast.payer.id) } } });
        expect(errorCodes(revoke)).toEqual(["FORBIDDEN"]);
        expect(await payersOf(cast.member.id)).toEqual(before);
      },
    );
  });

  it("AUT-1: an anonymous caller may not use any delegate or payer mutation", async () => {
    for (const [query, input] of [
      [DESIGNATE, { ...delegateInput(), memberId: cast.memberGid }],
      [REVOKE, { memberId: cast.memberGid }],
      [DESIGNATE_PAYER, { ...payerInput, memberId: cast.memberGid }],
      [REVOKE_PAYER, { payerId: toGlobalId("Payer", cast.payer.id) }],
    ] as const) {
      expect(errorCodes(await gql(db.current, null, query, { variables: { input } }))).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("MEM-4: the database holds at most one active delegate per member (partial unique index)", async () => {
    const m = await aMember(db.current);
    await aDelegate(db.current, m.id);
    await expect(aDelegate(db.current, m.id)).rejects.toThrow();
  });
});

describeOnPostgres("delegates under concurrency (PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });

  it("MEM-4: 30 concurrent designations for one member leave exactly one active delegate and 29 replaced, no errors", async () => {
    const m = await aMember(db.current);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        gql(db.current, memberAs(m), DESIGNATE, { variables: { input: delegateInput({ firstName: `Délégué ${i}`, phone: null, email: `d${i}@example.fr` }) } }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.flatMap((r) => r.data!.designateDelegate.userErrors)).toEqual([]);
    const rows = await db.current.db.select().from(delegates).where(eq(delegates.memberId, m.id));
    expect(rows).toHaveLength(30);
    expect(rows.filter((d) => d.revokedAt === null)).toHaveLength(1);
    expect(results.filter((r) => r.data!.designateDelegate.replacedDelegate !== null)).toHaveLength(29);
    const [member] = await db.current.db.select().from(members).where(eq(members.id, m.id));
    expect(member!.status).toBe("ACTIVE");
  });
});
