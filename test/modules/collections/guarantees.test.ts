import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, dunningCases, members, payments } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, refusals } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember } from "../../support/factories.js";
import {
  CANCEL_GUARANTEE,
  LIST_GUARANTEES,
  MEMBER_GUARANTEES,
  MEMBER_GUARANTEES_PUBLIC,
  RECORD_GUARANTEE_PAYMENT,
  RECORD_PAYMENT,
  RELEASE_GUARANTEE,
  REQUEST_GUARANTEE,
  USE_GUARANTEE,
  aGuarantee,
  anInvoice,
  clockAt,
  guaranteeGid,
  guaranteeRow,
  guaranteeSnapshot,
  invoiceGid,
  invoiceRow,
  payment,
} from "./collections.support.js";

const request = (memberGid: string, overrides: Record<string, unknown> = {}) => ({
  variables: { input: { memberId: memberGid, amountCents: 30000, dueOn: "2026-12-10", reason: "Incidents de paiement répétés", ...overrides } },
  clock: clockAt(),
});
const paying = (guarantee: { id: string }, overrides: Record<string, unknown> = {}) => ({
  variables: {
    input: { guaranteeId: guaranteeGid(guarantee), paidOn: "2026-11-20", method: "TRANSFER", reference: `VIR-${Math.random().toString(36).slice(2, 12)}`, ...overrides },
  },
  clock: clockAt(),
});
const using = (guarantee: { id: string }, invoice: { id: string }, amountCents: number) => ({
  variables: { input: { guaranteeId: guaranteeGid(guarantee), invoiceId: invoiceGid(invoice), amountCents } },
  clock: clockAt(),
});
const closing = (guarantee: { id: string }, note = "Fin de la relation") => ({ variables: { input: { guaranteeId: guaranteeGid(guarantee), note } }, clock: clockAt() });

const REFUSED_STAFF_AND_MEMBERS = ["member", "delegate", "payer", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER", "anonymous"] as const;

describe("BIL-4: the financial guarantee (art. 6.1)", () => {
  const db = useTestDatabase();

  it("BIL-4: billing asks, records the payment, uses part against an unpaid invoice, then releases the rest, each with an audit row", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000 });
    const asked = await gql(db.current, cast.as.BILLING, REQUEST_GUARANTEE, request(cast.memberGid));
    expect(asked.errors).toBeUndefined();
    const guarantee = asked.data!.requestFinancialGuarantee;
    expect(guarantee.userErrors).toEqual([]);
    expect(guarantee.guarantee).toMatchObject({ status: "REQUESTED", amountCents: 30000, usedCents: 0, remainingCents: 30000, dueOn: "2026-12-10", paidOn: null });
    const id = { id: (await db.current.db.select().from(auditLog).where(eq(auditLog.operation, "requestFinancialGuarantee")))[0]!.targetIds[0]! };
    expect(guaranteeGid(id)).toBe(guarantee.guarantee.id);

    const paid = await gql(db.current, cast.as.BILLING, RECORD_GUARANTEE_PAYMENT, paying(id, { reference: "VIR-GAR-1" }));
    expect(paid.data!.recordFinancialGuaranteePayment).toMatchObject({
      userErrors: [],
      guarantee: { status: "PAID", paidOn: "2026-11-20", paymentMethod: "TRANSFER", paymentReference: "VIR-GAR-1" },
    });

    const used = await gql(db.current, cast.as.BILLING, USE_GUARANTEE, using(id, invoice, 9000));
    expect(used.data!.useFinancialGuarantee).toMatchObject({
      userErrors: [],
      guarantee: { status: "PAID", usedCents: 9000, remainingCents: 21000 },
      payment: { amountCents: 9000, method: "GUARANTEE", outcome: "SUCCEEDED" },
      invoice: { status: "PAID", paidCents: 9000, balanceDueCents: 0 },
    });
    const [pay] = await db.current.db.select().from(payments).where(eq(payments.invoiceId, invoice.id));
    expect(pay).toMatchObject({ method: "GUARANTEE", guaranteeId: id.id, amountCents: 9000 });

    const released = await gql(db.current, cast.as.BILLING, RELEASE_GUARANTEE, closing(id, "Fin de la relation, solde restitué"));
    expect(released.data!.releaseFinancialGuarantee).toMatchObject({
      userErrors: [],
      guarantee: { status: "RELEASED", usedCents: 9000, releasedCents: 21000, remainingCents: 0, closingNote: "Fin de la relation, solde restitué" },
    });
    expect(await guaranteeRow(db.current, id.id)).toMatchObject({ status: "RELEASED", usedCents: 9000, releasedCents: 21000 });
    for (const operation of ["requestFinancialGuarantee", "recordFinancialGuaranteePayment", "useFinancialGuarantee", "releaseFinancialGuarantee"]) {
      const rows = await db.current.db.select().from(auditLog).where(eq(auditLog.operation, operation));
      expect(rows, operation).toHaveLength(1);
      expect(rows[0]!.onBehalfOfMemberId, operation).toBe(cast.member.id);
    }
  });

  it("BIL-4: a use settles the debt like any payment: an open dunning case closes once nothing overdue remains", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000, issuedOn: "2026-10-01" });
    await db.current.db.insert(dunningCases).values({ memberId: cast.member.id, firstNoticeAt: new Date("2026-11-02T10:00:00Z") });
    const guarantee = await aGuarantee(db.current, cast.member.id, { status: "PAID", amountCents: 10000 });
    const partial = await gql(db.current, cast.as.BILLING, USE_GUARANTEE, using(guarantee, invoice, 4000));
    expect(partial.data!.useFinancialGuarantee.invoice).toMatchObject({ status: "PARTIALLY_PAID", paidCents: 4000 });
    expect((await db.current.db.select().from(dunningCases).where(eq(dunningCases.memberId, cast.member.id)))[0]!.closedAt).toBeNull();
    await gql(db.current, cast.as.BILLING, USE_GUARANTEE, using(guarantee, invoice, 5000));
    const [dunning] = await db.current.db.select().from(dunningCases).where(eq(dunningCases.memberId, cast.member.id));
    expect(dunning).toMatchObject({ closedReason: "SETTLED" });
    expect(await guaranteeRow(db.current, guarantee.id)).toMatchObject({ usedCents: 9000 });
  });

  it("BIL-4: a guarantee still requested is cancelled; a cancelled one is neither paid, used nor released", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id);
    const guarantee = await aGuarantee(db.current, cast.member.id);
    const res = await gql(db.current, cast.as.BILLING, CANCEL_GUARANTEE, closing(guarantee, "Demande retirée"));
    expect(res.data!.cancelFinancialGuarantee).toMatchObject({ userErrors: [], guarantee: { status: "CANCELLED", closingNote: "Demande retirée", remainingCents: 0 } });
    const before = await guaranteeSnapshot(db.current);
    const cases: [string, string, object, string][] = [
      [RECORD_GUARANTEE_PAYMENT, "recordFinancialGuaranteePayment", paying(guarantee), "GUARANTEE_NOT_REQUESTED"],
      [USE_GUARANTEE, "useFinancialGuarantee", using(guarantee, invoice, 100), "GUARANTEE_NOT_PAID"],
      [RELEASE_GUARANTEE, "releaseFinancialGuarantee", closing(guarantee), "GUARANTEE_NOT_PAID"],
      [CANCEL_GUARANTEE, "cancelFinancialGuarantee", closing(guarantee), "GUARANTEE_NOT_REQUESTED"],
    ];
    for (const [query, field, options, code] of cases) {
      const out = await gql(db.current, cast.as.BILLING, query, options);
      expect(refusals(out, field), field).toEqual([[code, "BIL-4"]]);
      expect(await guaranteeSnapshot(db.current)).toEqual(before);
    }
  });

  it("BIL-4: requests refused: amount ≤ 0, due date in the past (Paris), empty reason, unknown or terminated member; nothing written", async () => {
    const cast = await aCast(db.current);
    await db.current.db.update(members).set({ status: "TERMINATED" }).where(eq(members.id, cast.other.id));
    const cases: [ReturnType<typeof request>, string][] = [
      [request(cast.memberGid, { amountCents: 0 }), "INVALID_AMOUNT"],
      [request(cast.memberGid, { amountCents: -100 }), "INVALID_AMOUNT"],
      [request(cast.memberGid, { dueOn: "2026-11-25" }), "GUARANTEE_DUE_IN_PAST"],
      [request(cast.memberGid, { reason: "   " }), "GUARANTEE_INVALID_TEXT"],
      [request(cast.otherGid), "GUARANTEE_MEMBERSHIP_CLOSED"],
      [request(toGlobalId("Member", "00000000-0000-4000-8000-000000000000")), "GUARANTEE_MEMBER_NOT_FOUND"],
      [request(toGlobalId("Invoice", "00000000-0000-4000-8000-000000000000")), "GUARANTEE_MEMBER_NOT_FOUND"],
    ];
    for (const [options, code] of cases) {
      const before = await guaranteeSnapshot(db.current);
      const res = await gql(db.current, cast.as.BILLING, REQUEST_GUARANTEE, options);
      expect(res.errors).toBeUndefined();
      expect(refusals(res, "requestFinancialGuarantee"), code).toEqual([[code, "BIL-4"]]);
      expect(await guaranteeSnapshot(db.current)).toEqual(before);
    }
    // Due today (Paris) is accepted: 26 November 2026 at 00:30 in Paris is still the 25th in UTC.
    const today = await gql(db.current, cast.as.BILLING, REQUEST_GUARANTEE, { ...request(cast.memberGid, { dueOn: "2026-11-26" }), clock: clockAt("2026-11-25T23:30:00Z") });
    expect(today.data!.requestFinancialGuarantee.userErrors).toEqual([]);
    const en = await gql(db.current, cast.as.BILLING, REQUEST_GUARANTEE, { ...request(cast.memberGid, { dueOn: "2026-01-01" }), locale: "en" });
    expect(en.data!.requestFinancialGuarantee.userErrors[0].message).toBe("The guarantee's due date cannot be in the past (today: 2026-11-26).");
    const fr = await gql(db.current, cast.as.BILLING, REQUEST_GUARANTEE, request(cast.memberGid, { dueOn: "2026-01-01" }));
    expect(fr.data!.requestFinancialGuarantee.userErrors[0].message).toMatch(/ne peut pas être passée/);
  });

  it("BIL-4: a guarantee's payment: only while REQUESTED, not in the future, and one bank reference is recorded once (here or on an invoice)", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id);
    await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(invoice, { amountCents: 1000, reference: "PRLV-TAKEN" }));
    const first = await aGuarantee(db.current, cast.member.id);
    const second = await aGuarantee(db.current, cast.member.id);
    expect((await gql(db.current, cast.as.BILLING, RECORD_GUARANTEE_PAYMENT, paying(first, { reference: "VIR-ONCE" }))).data!.recordFinancialGuaranteePayment.userErrors).toEqual(
      [],
    );
    const cases: [object, string][] = [
      [paying(first, { reference: "VIR-OTHER" }), "GUARANTEE_NOT_REQUESTED"],
      [paying(second, { reference: "VIR-ONCE" }), "DUPLICATE_REFERENCE"],
      [paying(second, { reference: "PRLV-TAKEN" }), "DUPLICATE_REFERENCE"],
      [paying(second, { paidOn: "2026-11-27" }), "PAYMENT_DATE_IN_FUTURE"],
      [paying(second, { reference: "" }), "GUARANTEE_INVALID_TEXT"],
      [paying({ id: "00000000-0000-4000-8000-000000000000" }), "GUARANTEE_NOT_FOUND"],
    ];
    for (const [options, code] of cases) {
      const before = await guaranteeSnapshot(db.current);
      const res = await gql(db.current, cast.as.BILLING, RECORD_GUARANTEE_PAYMENT, options);
      expect(refusals(res, "recordFinancialGuaranteePayment"), code).toEqual([[code, "BIL-4"]]);
      expect(await guaranteeSnapshot(db.current)).toEqual(before);
    }
    // And the other way round: an invoice payment with a guarantee's bank reference is a duplicate.
    const before = await guaranteeSnapshot(db.current);
    const again = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(invoice, { amountCents: 1000, reference: "VIR-ONCE" }));
    expect(refusals(again, "recordPayment")).toEqual([["DUPLICATE_REFERENCE", "BIL-4"]]);
    expect(await guaranteeSnapshot(db.current)).toEqual(before);
  });

  it("BIL-4: a use is refused beyond what is left or the balance due, on another member's invoice, a draft, a credit note or a paid invoice", async () => {
    const cast = await aCast(db.current);
    const guarantee = await aGuarantee(db.current, cast.member.id, { status: "PAID", amountCents: 10000, usedCents: 6000 });
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000, paidCents: 6000, status: "PARTIALLY_PAID" });
    const draft = await anInvoice(db.current, cast.member.id, { status: "DRAFT" });
    const settled = await anInvoice(db.current, cast.member.id, { ttcCents: 9000, paidCents: 9000, status: "PAID" });
    const othersInvoice = await anInvoice(db.current, cast.other.id, { ttcCents: 9000 });
    const requested = await aGuarantee(db.current, cast.member.id);
    const credit = await gql(db.current, cast.as.BILLING, `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { creditNote { id } } }`, {
      variables: { input: { invoiceId: invoiceGid(invoice), amountCents: 500, reason: "Geste commercial" } },
    });
    const creditNote = { id: credit.data!.issueCreditNote.creditNote.id as string };
    const cases: [object, string][] = [
      [using(guarantee, invoice, 4001), "GUARANTEE_EXCEEDS_REMAINING"],
      [using(guarantee, invoice, 2501), "OVERPAYMENT"],
      [using(guarantee, invoice, 0), "INVALID_AMOUNT"],
      [using(guarantee, othersInvoice, 100), "GUARANTEE_OTHER_MEMBER"],
      [using(guarantee, draft, 100), "INVOICE_NOT_ISSUED"],
      [using(guarantee, settled, 100), "OVERPAYMENT"],
      [{ variables: { input: { guaranteeId: guaranteeGid(guarantee), invoiceId: creditNote.id, amountCents: 100 } }, clock: clockAt() }, "CREDIT_NOTE_NOT_PAYABLE"],
      [using(guarantee, { id: "00000000-0000-4000-8000-000000000000" }, 100), "GUARANTEE_INVOICE_NOT_FOUND"],
      [using(requested, invoice, 100), "GUARANTEE_NOT_PAID"],
    ];
    for (const [options, code] of cases) {
      const before = await guaranteeSnapshot(db.current);
      const res = await gql(db.current, cast.as.BILLING, USE_GUARANTEE, options);
      expect(res.errors, code).toBeUndefined();
      expect(refusals(res, "useFinancialGuarantee"), code).toEqual([[code, "BIL-4"]]);
      expect(await guaranteeSnapshot(db.current)).toEqual(before);
    }
    const en = await gql(db.current, cast.as.BILLING, USE_GUARANTEE, { ...using(guarantee, invoice, 4001), locale: "en" });
    expect(en.data!.useFinancialGuarantee.userErrors[0].message).toBe("This amount exceeds what is left of the guarantee (4000 cents).");
    // Exactly what is left of the balance (9000 − 6000 paid − 500 credited) is accepted.
    expect((await gql(db.current, cast.as.BILLING, USE_GUARANTEE, using(guarantee, invoice, 2500))).data!.useFinancialGuarantee.userErrors).toEqual([]);
    expect(await invoiceRow(db.current, invoice.id)).toMatchObject({ status: "PAID", paidCents: 8500 });
  });

  it("BIL-4: releasing a paid guarantee gives back amount − used; a released guarantee is not used again", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id);
    const guarantee = await aGuarantee(db.current, cast.member.id, { status: "PAID", amountCents: 20000, usedCents: 7000 });
    const requested = await aGuarantee(db.current, cast.member.id);
    const before = await guaranteeSnapshot(db.current);
    expect(refusals(await gql(db.current, cast.as.BILLING, RELEASE_GUARANTEE, closing(requested)), "releaseFinancialGuarantee")).toEqual([["GUARANTEE_NOT_PAID", "BIL-4"]]);
    expect(refusals(await gql(db.current, cast.as.BILLING, RELEASE_GUARANTEE, closing(guarantee, "")), "releaseFinancialGuarantee")).toEqual([["GUARANTEE_INVALID_TEXT", "BIL-4"]]);
    expect(refusals(await gql(db.current, cast.as.BILLING, CANCEL_GUARANTEE, closing(guarantee)), "cancelFinancialGuarantee")).toEqual([["GUARANTEE_NOT_REQUESTED", "BIL-4"]]);
    expect(await guaranteeSnapshot(db.current)).toEqual(before);
    const res = await gql(db.current, cast.as.BILLING, RELEASE_GUARANTEE, closing(guarantee));
    expect(res.data!.releaseFinancialGuarantee.guarantee).toMatchObject({ status: "RELEASED", releasedCents: 13000, usedCents: 7000 });
    const after = await guaranteeSnapshot(db.current);
    expect(refusals(await gql(db.current, cast.as.BILLING, USE_GUARANTEE, using(guarantee, invoice, 100)), "useFinancialGuarantee")).toEqual([["GUARANTEE_NOT_PAID", "BIL-4"]]);
    expect(refusals(await gql(db.current, cast.as.BILLING, RELEASE_GUARANTEE, closing(guarantee)), "releaseFinancialGuarantee")).toEqual([["GUARANTEE_NOT_PAID", "BIL-4"]]);
    expect(await guaranteeSnapshot(db.current)).toEqual(after);
  });

  it("BIL-4: recordPayment refuses the GUARANTEE method (reserved to useFinancialGuarantee), in French and English, nothing written", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id);
    const before = await guaranteeSnapshot(db.current);
    const res = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(invoice, { method: "GUARANTEE" }));
    expect(res.data!.recordPayment.userErrors).toMatchObject([
      { code: "GUARANTEE_METHOD_RESERVED", rule: "BIL-4", field: ["input", "method"], message: expect.stringMatching(/réservé/) },
    ]);
    const en = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, { ...payment(invoice, { method: "GUARANTEE" }), locale: "en" });
    expect(en.data!.recordPayment.userErrors[0].message).toMatch(/reserved for using a financial guarantee/);
    expect(await guaranteeSnapshot(db.current)).toEqual(before);
  });

  it("BIL-4: only BILLING writes guarantees: every other role and anonymous are refused on the five mutations, nothing written", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id);
    const requested = await aGuarantee(db.current, cast.member.id);
    const paid = await aGuarantee(db.current, cast.member.id, { status: "PAID" });
    const calls: [string, object][] = [
      [REQUEST_GUARANTEE, request(cast.memberGid)],
      [RECORD_GUARANTEE_PAYMENT, paying(requested)],
      [USE_GUARANTEE, using(paid, invoice, 100)],
      [RELEASE_GUARANTEE, closing(paid)],
      [CANCEL_GUARANTEE, closing(requested)],
    ];
    for (const who of REFUSED_STAFF_AND_MEMBERS) {
      for (const [query, options] of calls) {
        const before = await guaranteeSnapshot(db.current);
        const res = await gql(db.current, cast.as[who], query, options);
        expect(errorCodes(res)[0], who).toMatch(who === "anonymous" ? /UNAUTHENTICATED/ : /FORBIDDEN/);
        expect(await guaranteeSnapshot(db.current)).toEqual(before);
      }
    }
  });

  it("BIL-4: Member.financialGuarantees: the member, BILLING and the desk read everything; the delegate sees that one is asked, not the amounts", async () => {
    const cast = await aCast(db.current);
    await aGuarantee(db.current, cast.member.id, { status: "PAID", amountCents: 25000, reference: "VIR-READ-1" });
    const full = [{ status: "PAID", dueOn: "2026-12-10", amountCents: 25000, remainingCents: 25000, paymentReference: "VIR-READ-1" }];
    for (const who of ["member", "DESK_AGENT"] as const) {
      const res = await gql(db.current, cast.as[who], MEMBER_GUARANTEES, { variables: { id: cast.memberGid } });
      expect(res.errors, who).toBeUndefined();
      expect(res.data!.node.financialGuarantees, who).toMatchObject(full);
    }
    // BILLING reaches no Member object (AUT-2: the desk's): it reads guarantees through Query.financialGuarantees.
    const billing = await gql(
      db.current,
      cast.as.BILLING,
      `query($m: ID) { financialGuarantees(first: 10, filter: { memberId: $m }) { edges { node {
      status dueOn amountCents remainingCents paymentReference } } } }`,
      { variables: { m: cast.memberGid } },
    );
    expect(billing.errors).toBeUndefined();
    expect(billing.data!.financialGuarantees.edges.map((e: { node: object }) => e.node)).toMatchObject(full);
    const me = await gql(db.current, cast.as.member, `{ me { member { financialGuarantees { status amountCents } } } }`);
    expect(me.data!.me.member.financialGuarantees).toEqual([{ status: "PAID", amountCents: 25000 }]);
    // The delegate: status and due date, nothing else.
    const seen = await gql(db.current, cast.as.delegate, MEMBER_GUARANTEES_PUBLIC, { variables: { id: cast.memberGid } });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.node.financialGuarantees).toMatchObject([{ status: "PAID", dueOn: "2026-12-10" }]);
    for (const field of ["amountCents", "usedCents", "remainingCents", "releasedCents", "reason", "paidOn", "paymentMethod", "paymentReference", "closingNote"]) {
      const res = await gql(db.current, cast.as.delegate, `query($id: ID!) { node(id: $id) { ... on Member { financialGuarantees { status ${field} } } } }`, {
        variables: { id: cast.memberGid },
      });
      expect(errorCodes(res), field).toEqual(["FORBIDDEN"]);
      expect(res.data!.node.financialGuarantees, field).toEqual([{ status: "PAID", [field]: null }]);
    }
  });

  it("BIL-4: Member.financialGuarantees is refused to payer, coach, technician, committee, concierge partner, privacy officer and another member", async () => {
    const cast = await aCast(db.current);
    await aGuarantee(db.current, cast.member.id, { status: "PAID", amountCents: 25000 });
    for (const who of ["payer", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER", "otherMember"] as const) {
      const res = await gql(db.current, cast.as[who], MEMBER_GUARANTEES_PUBLIC, { variables: { id: cast.memberGid } });
      const node = res.data?.node ?? null;
      // Either the member itself is out of reach (null), or the field is refused.
      if (node !== null) {
        expect(errorCodes(res), who).toContain("FORBIDDEN");
        expect(node.financialGuarantees, who).toBeNull();
      }
      expect(JSON.stringify(res.data ?? null), who).not.toContain("PAID");
    }
    const anonymous = await gql(db.current, null, MEMBER_GUARANTEES_PUBLIC, { variables: { id: cast.memberGid } });
    expect(errorCodes(anonymous)[0]).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it("BIL-4: Query.financialGuarantees lists every guarantee for BILLING, newest first, by status, paged; every other role is refused", async () => {
    const cast = await aCast(db.current);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await aGuarantee(db.current, cast.member.id, { requestedAt: new Date(Date.UTC(2026, 10, 1 + i)) })).id);
    await aGuarantee(db.current, cast.member.id, { status: "PAID" });
    await aGuarantee(db.current, cast.other.id, { status: "PAID" });
    const mine = (filter: object) => ({ memberId: cast.memberGid, ...filter });
    const paid = await gql(db.current, cast.as.BILLING, LIST_GUARANTEES, { variables: { first: 10, filter: mine({ status: "PAID" }) } });
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.financialGuarantees.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(["PAID"]);
    const page1 = await gql(db.current, cast.as.BILLING, LIST_GUARANTEES, { variables: { first: 2, filter: mine({ status: "REQUESTED" }) } });
    expect(page1.data!.financialGuarantees.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[2], ids[1]].map((id) => guaranteeGid({ id: id! })));
    expect(page1.data!.financialGuarantees.pageInfo.hasNextPage).toBe(true);
    const page2 = await gql(db.current, cast.as.BILLING, LIST_GUARANTEES, {
      variables: { first: 2, after: page1.data!.financialGuarantees.pageInfo.endCursor, filter: mine({ status: "REQUESTED" }) },
    });
    expect(page2.data!.financialGuarantees.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([guaranteeGid({ id: ids[0]! })]);
    expect(page2.data!.financialGuarantees.pageInfo.hasNextPage).toBe(false);
    const all = await gql(db.current, cast.as.BILLING, LIST_GUARANTEES, { variables: { first: 10, filter: mine({}) } });
    expect(all.data!.financialGuarantees.edges).toHaveLength(4);
    const everyone = await gql(db.current, cast.as.BILLING, LIST_GUARANTEES, { variables: { first: 100 } });
    expect(everyone.data!.financialGuarantees.edges.length).toBeGreaterThanOrEqual(5);
    for (const who of REFUSED_STAFF_AND_MEMBERS) {
      const res = await gql(db.current, cast.as[who], LIST_GUARANTEES, { variables: { first: 10 } });
      expect(errorCodes(res)[0], who).toMatch(who === "anonymous" ? /UNAUTHENTICATED/ : /FORBIDDEN/);
      expect(res.data?.financialGuarantees ?? null, who).toBeNull();
    }
  });

  it("BIL-4: Member.financialGuarantees of 2 or 12 members takes the same number of statements (DataLoader)", async () => {
    const cast = await aCast(db.current);
    for (let i = 0; i < 12; i++) await aGuarantee(db.current, (await aMember(db.current)).id, { status: i % 2 ? "PAID" : "REQUESTED" });
    const Q = `query($first: Int!) { members(first: $first) { edges { node { id financialGuarantees { status amountCents } } } } }`;
    const statementsFor = async (first: number) => {
      const before = db.current.statements.count;
      const res = await gql(db.current, cast.as.DESK_AGENT, Q, { variables: { first } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.members.edges).toHaveLength(first);
      return db.current.statements.count - before;
    };
    expect(await statementsFor(12)).toBe(await statementsFor(2));
  });
});
