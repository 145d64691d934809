import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { members } from "../../../db/schema/index.js";
import { invoiceDeliveryFor } from "../../../src/modules/delivery/index.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember, actors } from "../../support/factories.js";

const DELIVERY = `channel destination hasInternetAccess problemRule`;
const UPDATE = `mutation($input: UpdateInvoiceDeliveryInput!) { updateInvoiceDelivery(input: $input) { invoiceDelivery { ${DELIVERY} } userErrors { code message field rule } } }`;
const MINE = `{ me { member { invoiceDelivery { ${DELIVERY} } } } }`;
const BY_ID = `query($id: ID!) { memberInvoiceDelivery(memberId: $id) { ${DELIVERY} } }`;

const memberRow = async (db: Database, id: string) => (await db.db.select().from(members).where(eq(members.id, id)))[0]!;

describe("invoice delivery channel (BIL-5)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  describe("invoiceDeliveryFor (pure, for the invoice run)", () => {
    const base = { email: "jeanne@example.fr", hasInternetAccess: true, addressLine1: "12 rue de Rivoli", addressLine2: null, postalCode: "75004", commune: "Paris" };
    it("BIL-5: by email with internet access; by post to the postal address without it", () => {
      expect(invoiceDeliveryFor(base)).toEqual({ ok: true, channel: "EMAIL", destination: "jeanne@example.fr" });
      expect(invoiceDeliveryFor({ ...base, hasInternetAccess: false, addressLine2: "Bât. B" })).toEqual({
        ok: true,
        channel: "POST",
        destination: "12 rue de Rivoli, Bât. B, 75004 Paris",
      });
    });
    it.each([
      ["an empty street line", { addressLine1: "  " }],
      ["a street line without letters", { addressLine1: "12" }],
      ["a blank commune", { commune: " " }],
      ["a malformed postal code", { postalCode: "7500" }],
    ])("BIL-5: without internet access, %s is a BIL-5 problem", (_name, bad) => {
      expect(invoiceDeliveryFor({ ...base, hasInternetAccess: false, ...bad })).toEqual({ ok: false, channel: "POST", rule: "BIL-5", problem: "POSTAL_ADDRESS_INVALID" });
      // With internet access the postal address does not matter.
      expect(invoiceDeliveryFor({ ...base, ...bad }).ok).toBe(true);
    });
  });

  it("BIL-5: a member without internet access gets invoices by post; back online, by email again", async () => {
    const m = await aMember(db.current);
    const off = await gql(db.current, actors.member(m), UPDATE, { variables: { input: { hasInternetAccess: false } } });
    expect(off.data!.updateInvoiceDelivery).toEqual({
      invoiceDelivery: { channel: "POST", destination: "12 rue de Rivoli, 75004 Paris", hasInternetAccess: false, problemRule: null },
      userErrors: [],
    });
    expect((await memberRow(db.current, m.id)).hasInternetAccess).toBe(false);
    expect(await auditRowsOf(db.current, off.requestId)).toMatchObject([{ operation: "updateInvoiceDelivery", onBehalfOfMemberId: m.id, details: { hasInternetAccess: false } }]);
    const on = await gql(db.current, actors.member(m), UPDATE, { variables: { input: { hasInternetAccess: true } } });
    expect(on.data!.updateInvoiceDelivery.invoiceDelivery).toEqual({ channel: "EMAIL", destination: m.email, hasInternetAccess: true, problemRule: null });
  });

  it("BIL-5: switching to post is refused while the postal address is incomplete; nothing written", async () => {
    const m = await aMember(db.current, { addressLine1: "   " });
    const before = await memberRow(db.current, m.id);
    const res = await gql(db.current, actors.member(m), UPDATE, { variables: { input: { hasInternetAccess: false } } });
    expect(res.data!.updateInvoiceDelivery.invoiceDelivery).toBeNull();
    expect(res.data!.updateInvoiceDelivery.userErrors).toMatchObject([{ code: "POSTAL_ADDRESS_INVALID", rule: "BIL-5", field: ["input", "hasInternetAccess"] }]);
    expect(await memberRow(db.current, m.id)).toEqual(before);
    expect(await auditRowsOf(db.current, res.requestId)).toEqual([]);
    // The member still reads their current channel (email), and keeping email access is always allowed.
    expect((await gql(db.current, actors.member(m), MINE)).data!.me.member.invoiceDelivery).toMatchObject({ channel: "EMAIL" });
    expect((await gql(db.current, actors.member(m), UPDATE, { variables: { input: { hasInternetAccess: true } } })).data!.updateInvoiceDelivery.userErrors).toEqual([]);
  });

  it("BIL-5: a member already on post with an invalid address shows the problem instead of a destination", async () => {
    const m = await aMember(db.current, { hasInternetAccess: false, commune: " " });
    expect((await gql(db.current, actors.member(m), MINE)).data!.me.member.invoiceDelivery).toEqual({
      channel: "POST",
      destination: null,
      hasInternetAccess: false,
      problemRule: "BIL-5",
    });
  });

  it("BIL-5: the delegate (for their member, recorded on the member's behalf) and the desk (naming the member) may change it", async () => {
    const byDelegate = await gql(db.current, cast.as.delegate, UPDATE, { variables: { input: { hasInternetAccess: false } } });
    expect(byDelegate.data!.updateInvoiceDelivery.userErrors).toEqual([]);
    expect(await auditRowsOf(db.current, byDelegate.requestId)).toMatchObject([{ actorRole: "DELEGATE", onBehalfOfMemberId: cast.member.id }]);
    const byDesk = await gql(db.current, cast.as.DESK_AGENT, UPDATE, { variables: { input: { memberId: cast.memberGid, hasInternetAccess: true } } });
    expect(byDesk.data!.updateInvoiceDelivery.invoiceDelivery).toMatchObject({ channel: "EMAIL" });
    const noId = await gql(db.current, cast.as.DESK_AGENT, UPDATE, { variables: { input: { hasInternetAccess: false } } });
    expect(noId.data!.updateInvoiceDelivery.userErrors).toMatchObject([{ code: "MEMBER_ID_REQUIRED" }]);
  });

  it("AUT-2: a member naming another member is refused as not found; nothing written", async () => {
    const before = await memberRow(db.current, cast.other.id);
    const res = await gql(db.current, cast.as.member, UPDATE, { variables: { input: { memberId: cast.otherGid, hasInternetAccess: false } } });
    expect(res.data!.updateInvoiceDelivery.userErrors).toMatchObject([{ code: "MEMBER_NOT_FOUND", rule: "AUT-2" }]);
    expect(await memberRow(db.current, cast.other.id)).toEqual(before);
  });

  it.each(["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER", "anonymous"] as const)(
    "BIL-5: %s may not change the delivery channel; nothing written",
    async (who) => {
      const before = await memberRow(db.current, cast.member.id);
      const res = await gql(db.current, cast.as[who], UPDATE, { variables: { input: { memberId: cast.memberGid, hasInternetAccess: false } } });
      expect(res.data).toBeNull();
      expect(errorCodes(res)).toEqual([who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
      expect(await memberRow(db.current, cast.member.id)).toEqual(before);
    },
  );

  describe("who reads the delivery channel", () => {
    it.each(["member", "delegate"] as const)("BIL-5: the %s reads Member.invoiceDelivery", async (who) => {
      const res = await gql(db.current, cast.as[who], MINE);
      expect(res.data!.me.member.invoiceDelivery).toMatchObject({ channel: expect.stringMatching(/^(EMAIL|POST)$/), problemRule: null });
    });

    it.each(["DESK_AGENT", "BILLING"] as const)("BIL-5: %s reads memberInvoiceDelivery(memberId)", async (who) => {
      const m = await aMember(db.current, { hasInternetAccess: false });
      const res = await gql(db.current, cast.as[who], BY_ID, { variables: { id: toGlobalId("Member", m.id) } });
      expect(res.data!.memberInvoiceDelivery).toEqual({ channel: "POST", destination: "12 rue de Rivoli, 75004 Paris", hasInternetAccess: false, problemRule: null });
    });

    it.each(["member", "delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER", "anonymous"] as const)(
      "BIL-5: %s may not use memberInvoiceDelivery",
      async (who) => {
        const res = await gql(db.current, cast.as[who], BY_ID, { variables: { id: cast.memberGid } });
        expect(res.data?.memberInvoiceDelivery ?? null).toBeNull();
        expect(errorCodes(res)).toEqual([who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
      },
    );
  });
});
