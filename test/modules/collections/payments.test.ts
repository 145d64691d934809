import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, payments } from "../../../db/schema/index.js";
import { errorCodes, gql, refusalCodes } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";
import { RECORD_PAYMENT, anInvoice, invoiceGid, invoiceRow, payment, snapshot } from "./collections.support.js";

describe("BIL-4: billing records payment results", () => {
  const db = useTestDatabase();

  it("BIL-4: a successful direct debit adds to the paid amount: ISSUED → PARTIALLY_PAID → PAID, with an audit row", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000 });
    const first = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(invoice, { amountCents: 4000, reference: "PRLV-A1" }));
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordPayment.userErrors).toEqual([]);
    expect(first.data!.recordPayment.invoice).toMatchObject({ status: "PARTIALLY_PAID", paidCents: 4000, balanceDueCents: 5000 });
    expect(first.data!.recordPayment.payment).toMatchObject({ amountCents: 4000, outcome: "SUCCEEDED", reference: "PRLV-A1", method: "DIRECT_DEBIT" });
    const second = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(invoice, { amountCents: 5000, reference: "PRLV-A2" }));
    expect(second.data!.recordPayment.invoice).toMatchObject({ status: "PAID", paidCents: 9000, balanceDueCents: 0 });
    expect((await invoiceRow(db.current, invoice.id)).status).toBe("PAID");
    const audits = await db.current.db.select().from(auditLog).where(eq(auditLog.operation, "recordPayment"));
    expect(audits.filter((a) => a.onBehalfOfMemberId === cast.member.id)).toHaveLength(2);
  });

  it("BIL-4: a REJECTED direct debit moves no amount but is recorded and visible on the invoice", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000 });
    const res = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(invoice, { outcome: "REJECTED", reference: "PRLV-REJ-1" }));
    expect(res.data!.recordPayment.userErrors).toEqual([]);
    expect(res.data!.recordPayment.invoice).toMatchObject({ status: "ISSUED", paidCents: 0, balanceDueCents: 9000 });
    const rows = await db.current.db.select().from(payments).where(eq(payments.invoiceId, invoice.id));
    expect(rows).toMatchObject([{ outcome: "REJECTED", amountCents: 9000 }]);
    const standing = await gql(db.current, cast.as.member, `{ billingStanding { openInvoices { id payments { outcome amountCents reference } } } }`, {
      clock: payment(invoice).clock,
    });
    expect(standing.data!.billingStanding.openInvoices[0].payments).toEqual([{ outcome: "REJECTED", amountCents: 9000, reference: "PRLV-REJ-1" }]);
  });

  it("BIL-4: the same result recorded twice is refused as a duplicate bank reference and counted once", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000 });
    const vars = payment(invoice, { amountCents: 3000, reference: "PRLV-DUP-1" });
    expect((await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, vars)).data!.recordPayment.userErrors).toEqual([]);
    const before = await snapshot(db.current);
    const again = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, vars);
    expect(again.data!.recordPayment.userErrors).toMatchObject([{ code: "DUPLICATE_REFERENCE", rule: "BIL-4" }]);
    expect(await snapshot(db.current)).toEqual(before);
    expect((await invoiceRow(db.current, invoice.id)).paidCents).toBe(3000);
  });

  it("BIL-4: refusals (draft, credit note, overpayment, amount ≤ 0, future date, unknown invoice) leave the database unchanged", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000, paidCents: 1000, status: "PARTIALLY_PAID" });
    const draft = await anInvoice(db.current, cast.member.id, { status: "DRAFT" });
    const cases: [Record<string, unknown>, string][] = [
      [{ invoiceId: invoiceGid(draft) }, "INVOICE_NOT_ISSUED"],
      [{ amountCents: 8001 }, "OVERPAYMENT"],
      [{ amountCents: 0 }, "INVALID_AMOUNT"],
      [{ amountCents: -500 }, "INVALID_AMOUNT"],
      [{ receivedOn: "2026-11-27" }, "PAYMENT_DATE_IN_FUTURE"],
    ];
    for (const [overrides, code] of cases) {
      const before = await snapshot(db.current);
      const res = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(invoice, overrides));
      expect(res.errors).toBeUndefined();
      expect(refusalCodes(res, "recordPayment")).toEqual([code]);
      expect(res.data!.recordPayment.userErrors[0].rule).toBe("BIL-4");
      expect(await snapshot(db.current)).toEqual(before);
    }
    // A credit note is not payable.
    const note = await gql(db.current, cast.as.BILLING, `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { creditNote { id } } }`, {
      variables: { input: { invoiceId: invoiceGid(invoice), amountCents: 500, reason: "Geste commercial" } },
    });
    const before = await snapshot(db.current);
    const onNote = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(invoice, { invoiceId: note.data!.issueCreditNote.creditNote.id, amountCents: 100 }));
    expect(onNote.data!.recordPayment.userErrors).toMatchObject([{ code: "CREDIT_NOTE_NOT_PAYABLE", rule: "BIL-4" }]);
    expect(await snapshot(db.current)).toEqual(before);
    // Unknown invoice: AUT-2 style "not found".
    const unknown = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment({ id: "00000000-0000-4000-8000-000000000000" }));
    expect(unknown.data!.recordPayment.userErrors).toMatchObject([{ code: "INVOICE_NOT_FOUND" }]);
  });

  it("BIL-4: a non-integer amount never reaches the service (GraphQL Int), and English messages on request", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id);
    const before = await snapshot(db.current);
    const res = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(invoice, { amountCents: 12.5 }));
    expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
    expect(await snapshot(db.current)).toEqual(before);
    const en = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, { ...payment(invoice, { amountCents: 0 }), locale: "en" });
    expect(en.data!.recordPayment.userErrors[0].message).toMatch(/whole number of cents/);
  });

  it("BIL-4: only BILLING records payments: member, payer, delegate, other staff and anonymous are refused, nothing written", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { payerId: cast.payer.id });
    for (const who of ["member", "payer", "delegate", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER", "anonymous"] as const) {
      const before = await snapshot(db.current);
      const res = await gql(db.current, cast.as[who], RECORD_PAYMENT, payment(invoice));
      expect(errorCodes(res)[0], who).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(await snapshot(db.current)).toEqual(before);
    }
  });
});
