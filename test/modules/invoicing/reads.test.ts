import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/authz/actor.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, actors, anOption } from "../../support/factories.js";
import { INVOICE_FIELDS, aBilledMember, aPayerOf, aPrivilegeFrom, at, invoiceOfMonth, runMonth } from "./invoicing.support.js";
import { payerItemKinds } from "../../../db/schema/index.js";

const MEMBER_INVOICES = `{ me { member { invoices(first: 10) { edges { cursor node { ${INVOICE_FIELDS} } } pageInfo { hasNextPage endCursor } } } } }`;
const MEMBER_INVOICES_BY_NODE = `query($id: ID!) { node(id: $id) { ... on Member { invoices(first: 10) { edges { node { id } } } } } }`;
const PAYER_INVOICES = `{ payerInvoices(first: 10) { edges { node { ${INVOICE_FIELDS} } } } }`;
const ALL_INVOICES = `query($filter: InvoiceFilter, $first: Int!, $after: String) { invoices(first: $first, after: $after, filter: $filter) {
  edges { cursor node { id number status memberName billingMonth totals { ttcCents } } } pageInfo { hasNextPage endCursor } } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename ... on Invoice { ${INVOICE_FIELDS} } } }`;

describe("invoice reads and visibility (AUT-2)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let otherPayer: Actor;
  let ownId: string;
  let payerId: string;

  beforeAll(async () => {
    cast = await aCast(db.current);
    await anOption(db.current, cast.member.id, { acceptedAt: at("2026-11-01"), createdAt: at("2026-11-01") });
    await aPrivilegeFrom(db.current, cast.member.id, at("2026-11-01"));
    await db.current.db.insert(payerItemKinds).values({ payerId: cast.payer.id, itemKind: "PRIVILEGE" });
    const { member: other } = await aBilledMember(db.current, "2026-11-01");
    otherPayer = actors.payer(await aPayerOf(db.current, other.id));
    await runMonth(db.current, cast.as.BILLING, "2026-11", "2026-11-26");
    ownId = toGlobalId("Invoice", (await invoiceOfMonth(db.current, cast.member.id, "2026-11-01", null))[0]!.id);
    payerId = toGlobalId("Invoice", (await invoiceOfMonth(db.current, cast.member.id, "2026-11-01", cast.payer.id))[0]!.id);
  });

  it("BIL-6: the MEMBER sees all invoices of their membership, including the one addressed to their payer, with every field", async () => {
    const res = await gql(db.current, cast.as.member, MEMBER_INVOICES);
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.me.member.invoices.edges.map((e: { node: { id: string } }) => e.node);
    expect(nodes.map((n: { id: string }) => n.id).sort()).toEqual([ownId, payerId].sort());
    const own = nodes.find((n: { id: string }) => n.id === ownId);
    expect(own).toMatchObject({
      kind: "INVOICE",
      number: expect.stringMatching(/^FA-\d{8}$/),
      status: "ISSUED",
      billingMonth: "2026-11-01",
      memberName: `${cast.member.firstName} ${cast.member.lastName}`,
      deliveryChannel: "EMAIL",
      totals: { htCents: 7500, vatCents: 1500, ttcCents: 9000 },
      balanceDueCents: 9000,
      issuedOn: "2026-11-26",
      dueOn: "2026-12-06",
      documentUrl: `/invoices/${ownId}/pdf`,
      lines: [{ position: 1, itemKind: "OPTION", quantity: 1, amounts: { ttcCents: 9000 }, periodStart: "2026-11-01", periodEnd: "2026-11-30" }],
    });
    expect(own.lines[0].label).toBe("Option Intérieur — novembre 2026");
    const en = await gql(db.current, cast.as.member, MEMBER_INVOICES, { locale: "en" });
    expect(en.data!.me.member.invoices.edges.find((e: { node: { id: string } }) => e.node.id === ownId).node.lines[0].label).toBe("Option Intérieur — November 2026");
  });

  it("AUT-2: the DELEGATE is refused Member.invoices and every invoice by node; the desk agent too", async () => {
    const res = await gql(db.current, cast.as.delegate, MEMBER_INVOICES);
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    expect(res.data?.me?.member ?? null).toBeNull();
    const desk = await gql(db.current, cast.as.DESK_AGENT, MEMBER_INVOICES_BY_NODE, { variables: { id: cast.memberGid } });
    expect(errorCodes(desk)).toEqual(["FORBIDDEN"]);
    for (const actor of [cast.as.delegate, cast.as.DESK_AGENT]) {
      for (const id of [ownId, payerId]) {
        const node = await gql(db.current, actor, NODE, { variables: { id } });
        expect(node.data!.node).toBeNull();
      }
    }
  });

  it("AUT-2: another member sees none of these invoices", async () => {
    const res = await gql(db.current, cast.as.otherMember, MEMBER_INVOICES);
    expect(res.data!.me.member.invoices.edges).toEqual([]);
    for (const id of [ownId, payerId]) expect((await gql(db.current, cast.as.otherMember, NODE, { variables: { id } })).data!.node).toBeNull();
  });

  it("AUT-2: the PAYER's invoice carries the member's name and billing address (memberAddress)", async () => {
    const res = await gql(db.current, cast.as.payer, `{ payerInvoices(first: 5) { edges { node { memberName memberAddress } } } }`);
    expect(res.errors).toBeUndefined();
    const m = cast.member;
    const expected = [m.addressLine1, m.addressLine2, `${m.postalCode} ${m.commune}`].filter(Boolean).join(", ");
    expect(res.data!.payerInvoices.edges).toEqual([{ node: { memberName: `${m.firstName} ${m.lastName}`, memberAddress: expected } }]);
  });

  it("BIL-6: the PAYER sees only the invoices addressed to them, with the member's name and their bill-to address; another payer's are refused", async () => {
    const res = await gql(db.current, cast.as.payer, PAYER_INVOICES);
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.payerInvoices.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({
      id: payerId,
      memberName: `${cast.member.firstName} ${cast.member.lastName}`,
      billTo: { name: cast.payer.displayName, address: cast.payer.billingAddress, email: cast.payer.email },
      totals: { ttcCents: 10000 },
      lines: [{ itemKind: "PRIVILEGE" }],
    });
    expect((await gql(db.current, cast.as.payer, NODE, { variables: { id: payerId } })).data!.node.id).toBe(payerId);
    // the member's own invoice is not addressed to the payer
    expect((await gql(db.current, cast.as.payer, NODE, { variables: { id: ownId } })).data!.node).toBeNull();
    const other = await gql(db.current, otherPayer, PAYER_INVOICES);
    expect(other.data!.payerInvoices.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(payerId);
    expect((await gql(db.current, otherPayer, NODE, { variables: { id: payerId } })).data!.node).toBeNull();
    // AUT-2: nothing else of the member: the payer cannot read the Member
    const member = await gql(db.current, cast.as.payer, `query($id: ID!) { node(id: $id) { ... on Member { lastName } } }`, { variables: { id: cast.memberGid } });
    expect(member.data!.node).toBeNull();
  });

  it("AUT-2: BILLING lists every invoice, filtered by status, month and member, and reads any invoice by node", async () => {
    const all = await gql(db.current, cast.as.BILLING, ALL_INVOICES, { variables: { first: 100 } });
    expect(all.errors).toBeUndefined();
    expect(all.data!.invoices.edges.length).toBeGreaterThanOrEqual(3);
    const mine = await gql(db.current, cast.as.BILLING, ALL_INVOICES, { variables: { first: 100, filter: { memberId: cast.memberGid, month: "2026-11", status: "ISSUED" } } });
    expect(mine.data!.invoices.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([ownId, payerId].sort());
    const none = await gql(db.current, cast.as.BILLING, ALL_INVOICES, { variables: { first: 100, filter: { memberId: cast.memberGid, status: "PAID" } } });
    expect(none.data!.invoices.edges).toEqual([]);
    const page1 = await gql(db.current, cast.as.BILLING, ALL_INVOICES, { variables: { first: 1 } });
    expect(page1.data!.invoices.pageInfo.hasNextPage).toBe(true);
    const page2 = await gql(db.current, cast.as.BILLING, ALL_INVOICES, { variables: { first: 1, after: page1.data!.invoices.pageInfo.endCursor } });
    expect(page2.data!.invoices.edges[0].node.id).not.toBe(page1.data!.invoices.edges[0].node.id);
    for (const id of [ownId, payerId]) {
      const node = await gql(db.current, cast.as.BILLING, NODE, { variables: { id } });
      expect(node.errors).toBeUndefined();
      expect(node.data!.node.id).toBe(id);
    }
  });

  it("AUT-2: Query.invoices is BILLING only; Query.payerInvoices PAYER only; other staff, members, delegates and anonymous are refused", async () => {
    for (const [role, actor] of Object.entries(cast.as)) {
      if (role !== "BILLING") {
        const res = await gql(db.current, actor, ALL_INVOICES, { variables: { first: 10 } });
        expect(errorCodes(res), role).toEqual([role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
        expect(res.data?.invoices ?? null, role).toBeNull();
      }
      if (role !== "payer") {
        const res = await gql(db.current, actor, PAYER_INVOICES);
        expect(errorCodes(res), role).toEqual([role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
      }
    }
  });

  it("AUT-2: COACH, TECHNICIAN, COMMITTEE, CONCIERGE_PARTNER, PRIVACY_OFFICER and anonymous get no invoice by node", async () => {
    for (const role of ["COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER", "DESK_AGENT", "anonymous"] as const) {
      for (const id of [ownId, payerId]) {
        const res = await gql(db.current, cast.as[role], NODE, { variables: { id } });
        expect(res.data?.node ?? null, role).toBeNull();
      }
    }
  });
});
