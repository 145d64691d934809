import { eq, inArray } from "drizzle-orm";
import { expect, it } from "vitest";
import { dunningCases, invoices, payments } from "../../../db/schema/index.js";
import { gql } from "../../support/api.js";
import { outcomesOf, tally } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";
import { DISPUTE, ISSUE_CREDIT_NOTE, RECORD_PAYMENT, anInvoice, clockAt, invoiceGid, invoiceRow, payment } from "./collections.support.js";

describeOnPostgres("Collections under concurrent requests (PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });

  it("BIL-4: the same payment result recorded 30 times at once is counted once; 29 duplicates refused", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000 });
    const vars = payment(invoice, { amountCents: 4000, reference: "PRLV-RACE-SAME" });
    const results = await Promise.all(Array.from({ length: 30 }, () => gql(db.current, cast.as.BILLING, RECORD_PAYMENT, vars)));
    expect(tally(outcomesOf(results, "recordPayment"))).toEqual({ ok: 1, "DUPLICATE_REFERENCE/BIL-4": 29 });
    expect(await db.current.db.select().from(payments).where(eq(payments.invoiceId, invoice.id))).toHaveLength(1);
    expect(await invoiceRow(db.current, invoice.id)).toMatchObject({ paidCents: 4000, status: "PARTIALLY_PAID" });
  });

  it("BIL-4: one bank reference recorded at once on 30 different invoices is recorded once (unique index), the others refused as duplicates", async () => {
    const cast = await aCast(db.current);
    const list = await Promise.all(Array.from({ length: 30 }, () => anInvoice(db.current, cast.member.id, { ttcCents: 9000 })));
    const results = await Promise.all(list.map((inv) => gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(inv, { amountCents: 100, reference: "PRLV-RACE-CROSS" }))));
    expect(tally(outcomesOf(results, "recordPayment"))).toEqual({ ok: 1, "DUPLICATE_REFERENCE/BIL-4": 29 });
    const rows = await db.current.db
      .select()
      .from(invoices)
      .where(
        inArray(
          invoices.id,
          list.map((i) => i.id),
        ),
      );
    expect(rows.reduce((s, r) => s + r.paidCents, 0)).toBe(100);
  });

  it("BIL-4: 30 different payments of 10.00 € at once on a 90.00 € invoice: exactly 9 accepted, 21 overpayments refused, never more than the invoice", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000 });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(invoice, { amountCents: 1000, reference: `PRLV-RACE-${i}` }))),
    );
    expect(tally(outcomesOf(results, "recordPayment"))).toEqual({ ok: 9, "OVERPAYMENT/BIL-4": 21 });
    expect(await invoiceRow(db.current, invoice.id)).toMatchObject({ paidCents: 9000, status: "PAID" });
    const rows = await db.current.db.select().from(payments).where(eq(payments.invoiceId, invoice.id));
    expect(rows.reduce((s, p) => s + p.amountCents, 0)).toBe(9000);
  });

  it("BIL-7: 15 disputes racing 15 payments of 10.00 € on a 90.00 € invoice: paid + contested never exceed the TTC", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000 });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i % 2
          ? gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(invoice, { amountCents: 1000, reference: `PRLV-MIX-${i}` }))
          : gql(db.current, cast.as.member, DISPUTE, { variables: { input: { invoiceId: invoiceGid(invoice), amountCents: 1000, reason: "x" } }, clock: clockAt() }),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const row = await invoiceRow(db.current, invoice.id);
    expect(row.paidCents + row.contestedCents).toBe(9000);
  });

  it("BIL-1: 30 credit notes issued at once get 30 consecutive numbers (gapless sequence, no duplicate)", async () => {
    const cast = await aCast(db.current);
    const list = await Promise.all(Array.from({ length: 30 }, () => anInvoice(db.current, cast.member.id, { ttcCents: 9000 })));
    const results = await Promise.all(
      list.map((inv) =>
        gql(db.current, cast.as.BILLING, ISSUE_CREDIT_NOTE, { variables: { input: { invoiceId: invoiceGid(inv), amountCents: 100, reason: "x" } }, clock: clockAt() }),
      ),
    );
    expect(tally(outcomesOf(results, "issueCreditNote"))).toEqual({ ok: 30 });
    const numbers = results.map((r) => Number(r.data!.issueCreditNote.creditNote.number.slice(3))).sort((a, b) => a - b);
    expect(numbers.at(-1)! - numbers[0]!).toBe(29);
    expect(new Set(numbers).size).toBe(30);
  });

  it("BIL-9: 30 formal notices sent at once for one member open one case; 29 refused as already open", async () => {
    const cast = await aCast(db.current);
    await anInvoice(db.current, cast.member.id, { ttcCents: 9000, issuedOn: "2026-10-01" });
    const Q = `mutation($input: DunningStepInput!) { sendFormalNotice(input: $input) { dunning { id } userErrors { code rule } } }`;
    const results = await Promise.all(
      Array.from({ length: 30 }, () => gql(db.current, cast.as.BILLING, Q, { variables: { input: { memberId: cast.memberGid } }, clock: clockAt() })),
    );
    expect(tally(outcomesOf(results, "sendFormalNotice"))).toEqual({ ok: 1, "CASE_ALREADY_OPEN/BIL-9": 29 });
    expect(await db.current.db.select().from(dunningCases).where(eq(dunningCases.memberId, cast.member.id))).toHaveLength(1);
  });
});
