import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, financialGuarantees, payments } from "../../../db/schema/index.js";
import { gql } from "../../support/api.js";
import { outcomesOf, tally } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";
import {
  RECORD_GUARANTEE_PAYMENT,
  RELEASE_GUARANTEE,
  USE_GUARANTEE,
  aGuarantee,
  anInvoice,
  clockAt,
  guaranteeGid,
  guaranteeRow,
  invoiceGid,
  invoiceRow,
} from "./collections.support.js";

const auditCount = async (db: Parameters<typeof aCast>[0], operation: string, memberId: string) =>
  (
    await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.operation, operation), eq(auditLog.onBehalfOfMemberId, memberId)))
  ).length;

describeOnPostgres("BIL-4: the financial guarantee under concurrent requests (PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });

  it("BIL-4: 30 uses of 10.00 € at once on 30 invoices against a 100.00 € guarantee: exactly 10 accepted, 20 refused, never over-used", async () => {
    const cast = await aCast(db.current);
    const guarantee = await aGuarantee(db.current, cast.member.id, { status: "PAID", amountCents: 10000 });
    const list = await Promise.all(Array.from({ length: 30 }, () => anInvoice(db.current, cast.member.id, { ttcCents: 9000 })));
    const results = await Promise.all(
      list.map((invoice) =>
        gql(db.current, cast.as.BILLING, USE_GUARANTEE, {
          variables: { input: { guaranteeId: guaranteeGid(guarantee), invoiceId: invoiceGid(invoice), amountCents: 1000 } },
          clock: clockAt(),
        }),
      ),
    );
    expect(tally(outcomesOf(results, "useFinancialGuarantee"))).toEqual({ ok: 10, "GUARANTEE_EXCEEDS_REMAINING/BIL-4": 20 });
    expect(await guaranteeRow(db.current, guarantee.id)).toMatchObject({ usedCents: 10000, status: "PAID" });
    const rows = await db.current.db.select().from(payments).where(eq(payments.guaranteeId, guarantee.id));
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.method === "GUARANTEE" && r.amountCents === 1000)).toBe(true);
    const invoices = await Promise.all(list.map((i) => invoiceRow(db.current, i.id)));
    expect(invoices.reduce((s, r) => s + r.paidCents, 0)).toBe(10000);
    expect(invoices.filter((r) => r.paidCents === 1000 && r.status === "PARTIALLY_PAID")).toHaveLength(10);
    expect(await auditCount(db.current, "useFinancialGuarantee", cast.member.id)).toBe(10);
  });

  it("BIL-4: 30 uses of 7.00 € at once on one 90.00 € invoice against a 150.00 € guarantee: exactly 12 accepted (the invoice's balance), 18 overpayments", async () => {
    const cast = await aCast(db.current);
    const guarantee = await aGuarantee(db.current, cast.member.id, { status: "PAID", amountCents: 15000 });
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000 });
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        gql(db.current, cast.as.BILLING, USE_GUARANTEE, {
          variables: { input: { guaranteeId: guaranteeGid(guarantee), invoiceId: invoiceGid(invoice), amountCents: 700 } },
          clock: clockAt(),
        }),
      ),
    );
    expect(tally(outcomesOf(results, "useFinancialGuarantee"))).toEqual({ ok: 12, "OVERPAYMENT/BIL-4": 18 });
    expect(await invoiceRow(db.current, invoice.id)).toMatchObject({ paidCents: 8400, status: "PARTIALLY_PAID" });
    expect(await guaranteeRow(db.current, guarantee.id)).toMatchObject({ usedCents: 8400 });
    expect(await db.current.db.select().from(payments).where(eq(payments.guaranteeId, guarantee.id))).toHaveLength(12);
  });

  it("BIL-4: 15 uses racing 15 releases: the release gives back exactly amount − used, no use after it", async () => {
    const cast = await aCast(db.current);
    const guarantee = await aGuarantee(db.current, cast.member.id, { status: "PAID", amountCents: 10000 });
    const list = await Promise.all(Array.from({ length: 15 }, () => anInvoice(db.current, cast.member.id, { ttcCents: 9000 })));
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i % 2
          ? gql(db.current, cast.as.BILLING, USE_GUARANTEE, {
              variables: { input: { guaranteeId: guaranteeGid(guarantee), invoiceId: invoiceGid(list[(i - 1) / 2]!), amountCents: 500 } },
              clock: clockAt(),
            })
          : gql(db.current, cast.as.BILLING, RELEASE_GUARANTEE, { variables: { input: { guaranteeId: guaranteeGid(guarantee), note: "Restitution" } }, clock: clockAt() }),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const releases = tally(
      outcomesOf(
        results.filter((_, i) => i % 2 === 0),
        "releaseFinancialGuarantee",
      ),
    );
    expect(releases).toEqual({ ok: 1, "GUARANTEE_NOT_PAID/BIL-4": 14 });
    const row = await guaranteeRow(db.current, guarantee.id);
    const uses = await db.current.db.select().from(payments).where(eq(payments.guaranteeId, guarantee.id));
    expect(row.status).toBe("RELEASED");
    expect(row.usedCents).toBe(uses.length * 500);
    expect(row.releasedCents).toBe(10000 - row.usedCents);
    expect(await auditCount(db.current, "useFinancialGuarantee", cast.member.id)).toBe(uses.length);
    expect(await auditCount(db.current, "releaseFinancialGuarantee", cast.member.id)).toBe(1);
  });

  it("BIL-4: the same guarantee payment recorded 30 times at once is recorded once; 29 refused", async () => {
    const cast = await aCast(db.current);
    const guarantee = await aGuarantee(db.current, cast.member.id);
    const vars = { variables: { input: { guaranteeId: guaranteeGid(guarantee), paidOn: "2026-11-20", method: "TRANSFER", reference: "VIR-RACE-1" } }, clock: clockAt() };
    const results = await Promise.all(Array.from({ length: 30 }, () => gql(db.current, cast.as.BILLING, RECORD_GUARANTEE_PAYMENT, vars)));
    expect(tally(outcomesOf(results, "recordFinancialGuaranteePayment"))).toEqual({ ok: 1, "GUARANTEE_NOT_REQUESTED/BIL-4": 29 });
    expect(await db.current.db.select().from(financialGuarantees).where(eq(financialGuarantees.paymentReference, "VIR-RACE-1"))).toHaveLength(1);
    expect(await auditCount(db.current, "recordFinancialGuaranteePayment", cast.member.id)).toBe(1);
  });

  it("BIL-4: one bank reference recorded at once on 30 different guarantees is recorded once (unique index), 29 duplicates", async () => {
    const cast = await aCast(db.current);
    const list = await Promise.all(Array.from({ length: 30 }, () => aGuarantee(db.current, cast.member.id)));
    const results = await Promise.all(
      list.map((g) =>
        gql(db.current, cast.as.BILLING, RECORD_GUARANTEE_PAYMENT, {
          variables: { input: { guaranteeId: guaranteeGid(g), paidOn: "2026-11-20", method: "TRANSFER", reference: "VIR-RACE-CROSS" } },
          clock: clockAt(),
        }),
      ),
    );
    expect(tally(outcomesOf(results, "recordFinancialGuaranteePayment"))).toEqual({ ok: 1, "DUPLICATE_REFERENCE/BIL-4": 29 });
    expect(
      await db.current.db
        .select()
        .from(financialGuarantees)
        .where(and(eq(financialGuarantees.memberId, cast.member.id), eq(financialGuarantees.status, "PAID"))),
    ).toHaveLength(1);
  });
});
