import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invoiceLines, invoiceSequences, invoices } from "../../../db/schema/index.js";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aPayer } from "../../support/factories.js";
import { DISPUTE, ISSUE_CREDIT_NOTE, RECORD_PAYMENT, RESOLVE, anInvoice, clockAt, invoiceGid, invoiceRow, payment, snapshot } from "./collections.support.js";

const creditNote = (invoice: { id: string }, amountCents: number, reason = "Erreur de tarif") => ({
  variables: { input: { invoiceId: invoiceGid(invoice), amountCents, reason } },
  clock: clockAt(),
});
const dispute = (invoice: { id: string }, amountCents: number, reason = "Mois non dû") => ({
  variables: { input: { invoiceId: invoiceGid(invoice), amountCents, reason } },
  clock: clockAt(),
});
const codes = (r: { code: string; rule: string }[]) => r.map((e) => `${e.code}/${e.rule}`);

describe("Credit notes: the only correction of an issued invoice", () => {
  const db = useTestDatabase();

  it("BIL-1: a credit note is an issued CREDIT_NOTE numbered from the gapless sequence, same bill-to, one CREDIT line; the invoice's credited amount grows", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000, payerId: cast.payer.id });
    const [seq] = await db.current.db.select().from(invoiceSequences);
    const res = await gql(db.current, cast.as.BILLING, ISSUE_CREDIT_NOTE, creditNote(invoice, 5500));
    expect(res.errors).toBeUndefined();
    const out = res.data!.issueCreditNote;
    expect(out.userErrors).toEqual([]);
    expect(out.creditNote).toMatchObject({
      kind: "CREDIT_NOTE",
      number: `AV-${String(seq!.lastNumber + 1).padStart(8, "0")}`,
      status: "ISSUED",
      totals: { ttcCents: 5500, htCents: 4583, vatCents: 917 },
      billTo: { name: "Holding Dupont" },
      issuedOn: "2026-11-26",
      dueOn: "2026-11-26",
    });
    expect(out.correctedInvoice).toMatchObject({ status: "ISSUED", creditedCents: 5500, balanceDueCents: 3500 });
    const [row] = await db.current.db.select().from(invoices).where(eq(invoices.correctsInvoiceId, invoice.id));
    expect(row).toMatchObject({ memberId: cast.member.id, payerId: cast.payer.id, billToAddress: invoice.billToAddress });
    const lines = await db.current.db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, row!.id));
    expect(lines).toMatchObject([{ itemKind: "CREDIT", ttcCents: 5500, htCents: 4583, vatCents: 917 }]);
    expect(lines[0]!.labelFr).toContain(`FA-${String(invoice.number).padStart(8, "0")}`);
    // The invoice shows it.
    const standing = await gql(db.current, cast.as.member, `{ billingStanding { openInvoices { id creditNotes { number totals { ttcCents } } } } }`, { clock: clockAt() });
    const shown = standing.data!.billingStanding.openInvoices.find((i: { id: string }) => i.id === invoiceGid(invoice));
    expect(shown.creditNotes).toEqual([{ number: out.creditNote.number, totals: { ttcCents: 5500 } }]);
  });

  it("BIL-1: crediting what remains unpaid marks the invoice PAID", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000, paidCents: 4000, status: "PARTIALLY_PAID" });
    const res = await gql(db.current, cast.as.BILLING, ISSUE_CREDIT_NOTE, creditNote(invoice, 5000));
    expect(res.data!.issueCreditNote.correctedInvoice).toMatchObject({ status: "PAID", balanceDueCents: 0 });
  });

  it("BIL-1: refused beyond TTC − credited − contested, on a draft, on a credit note, amount ≤ 0; nothing written, no number used", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000, creditedCents: 1000, contestedCents: 2000, status: "DISPUTED" });
    const draft = await anInvoice(db.current, cast.member.id, { status: "DRAFT" });
    const other = await anInvoice(db.current, cast.member.id, { ttcCents: 9000 });
    const note = (await gql(db.current, cast.as.BILLING, ISSUE_CREDIT_NOTE, creditNote(other, 100))).data!.issueCreditNote.creditNote;
    const cases: [ReturnType<typeof creditNote>, string][] = [
      [creditNote(invoice, 6001), "CREDIT_EXCEEDS_INVOICE/BIL-1"],
      [creditNote(draft, 100), "DRAFT_NOT_CREDITABLE/BIL-1"],
      [{ variables: { input: { invoiceId: note.id, amountCents: 50, reason: "x" } }, clock: clockAt() }, "CREDIT_NOTE_NOT_CREDITABLE/BIL-1"],
      [creditNote(invoice, 0), "INVALID_AMOUNT/BIL-4"],
    ];
    for (const [vars, code] of cases) {
      const before = await snapshot(db.current);
      const res = await gql(db.current, cast.as.BILLING, ISSUE_CREDIT_NOTE, vars);
      expect(codes(res.data!.issueCreditNote.userErrors)).toEqual([code]);
      expect(await snapshot(db.current)).toEqual(before);
    }
    expect((await gql(db.current, cast.as.BILLING, ISSUE_CREDIT_NOTE, creditNote(invoice, 6000))).data!.issueCreditNote.userErrors).toEqual([]);
  });

  it("BIL-1: only BILLING issues credit notes", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id);
    for (const who of ["member", "payer", "delegate", "DESK_AGENT", "COACH", "anonymous"] as const) {
      const before = await snapshot(db.current);
      expect(errorCodes(await gql(db.current, cast.as[who], ISSUE_CREDIT_NOTE, creditNote(invoice, 100)))[0]).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(await snapshot(db.current)).toEqual(before);
    }
  });
});

describe("BIL-7: a dispute suspends the contested amount only", () => {
  const db = useTestDatabase();

  it("BIL-7: the member disputes part of their invoice: contested grows, status DISPUTED, balance due = TTC − paid − credited − contested; other invoices stay due", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 19000, paidCents: 2000, status: "PARTIALLY_PAID" });
    const other = await anInvoice(db.current, cast.member.id, { ttcCents: 9000 });
    const res = await gql(db.current, cast.as.member, DISPUTE, dispute(invoice, 10000));
    expect(res.data!.disputeInvoice.userErrors).toEqual([]);
    expect(res.data!.disputeInvoice.dispute).toMatchObject({ contestedCents: 10000, status: "OPEN", openedByRole: "MEMBER" });
    expect(res.data!.disputeInvoice.invoice).toMatchObject({ status: "DISPUTED", contestedCents: 10000, balanceDueCents: 7000 });
    expect((await invoiceRow(db.current, other.id)).status).toBe("ISSUED");
    // The uncontested part is still payable, the contested part is not.
    expect((await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(invoice, { amountCents: 7001 }))).data!.recordPayment.userErrors[0].code).toBe("OVERPAYMENT");
    const paid = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(invoice, { amountCents: 7000 }));
    expect(paid.data!.recordPayment.invoice).toMatchObject({ status: "DISPUTED", balanceDueCents: 0 });
  });

  it("BIL-7: the payer disputes an invoice addressed to them; not the member's own invoice; BILLING on their behalf", async () => {
    const cast = await aCast(db.current);
    const payerInvoice = await anInvoice(db.current, cast.member.id, { payerId: cast.payer.id });
    const memberInvoice = await anInvoice(db.current, cast.member.id);
    const ok = await gql(db.current, cast.as.payer, DISPUTE, dispute(payerInvoice, 1000));
    expect(ok.data!.disputeInvoice.dispute).toMatchObject({ openedByRole: "PAYER", contestedCents: 1000 });
    const before = await snapshot(db.current);
    const refused = await gql(db.current, cast.as.payer, DISPUTE, dispute(memberInvoice, 1000));
    expect(codes(refused.data!.disputeInvoice.userErrors)).toEqual(["INVOICE_NOT_FOUND/AUT-2"]);
    expect(await snapshot(db.current)).toEqual(before);
    const byBilling = await gql(db.current, cast.as.BILLING, DISPUTE, dispute(memberInvoice, 500));
    expect(byBilling.data!.disputeInvoice.dispute).toMatchObject({ openedByRole: "BILLING" });
  });

  it("BIL-7: refusals — more than what is still unpaid, a draft, another member's invoice, the delegate (no invoice rights), other staff — change nothing", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000, paidCents: 3000, contestedCents: 1000, status: "DISPUTED" });
    const draft = await anInvoice(db.current, cast.member.id, { status: "DRAFT" });
    const othersInvoice = await anInvoice(db.current, cast.other.id);
    const userErrorCases: [unknown, ReturnType<typeof dispute>, string][] = [
      [cast.as.member, dispute(invoice, 5001), "DISPUTE_EXCEEDS_UNPAID/BIL-7"],
      [cast.as.member, dispute(draft, 100), "DRAFT_NOT_DISPUTABLE/BIL-7"],
      [cast.as.member, dispute(othersInvoice, 100), "INVOICE_NOT_FOUND/AUT-2"],
    ];
    for (const [actor, vars, code] of userErrorCases) {
      const before = await snapshot(db.current);
      const res = await gql(db.current, actor as typeof cast.as.member, DISPUTE, vars);
      expect(codes(res.data!.disputeInvoice.userErrors)).toEqual([code]);
      expect(await snapshot(db.current)).toEqual(before);
    }
    for (const who of ["delegate", "DESK_AGENT", "COACH", "CONCIERGE_PARTNER", "PRIVACY_OFFICER", "anonymous"] as const) {
      const before = await snapshot(db.current);
      expect(errorCodes(await gql(db.current, cast.as[who], DISPUTE, dispute(invoice, 100)))[0], who).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(await snapshot(db.current)).toEqual(before);
    }
  });

  it("BIL-7: UPHELD → a credit note for the contested amount; the invoice is PAID when nothing else remains", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000, paidCents: 6000, status: "PARTIALLY_PAID" });
    const opened = await gql(db.current, cast.as.member, DISPUTE, dispute(invoice, 3000));
    const res = await gql(db.current, cast.as.BILLING, RESOLVE, {
      variables: { input: { disputeId: opened.data!.disputeInvoice.dispute.id, outcome: "UPHELD", note: "Mois résilié" } },
      clock: clockAt(),
    });
    expect(res.data!.resolveInvoiceDispute.userErrors).toEqual([]);
    expect(res.data!.resolveInvoiceDispute.dispute).toMatchObject({ status: "UPHELD", resolutionNote: "Mois résilié" });
    expect(res.data!.resolveInvoiceDispute.invoice).toMatchObject({ status: "PAID", contestedCents: 0, creditedCents: 3000, balanceDueCents: 0 });
    expect(res.data!.resolveInvoiceDispute.creditNote).toMatchObject({ kind: "CREDIT_NOTE", totals: { ttcCents: 3000 } });
    // Resolving twice is refused.
    const before = await snapshot(db.current);
    const again = await gql(db.current, cast.as.BILLING, RESOLVE, {
      variables: { input: { disputeId: opened.data!.disputeInvoice.dispute.id, outcome: "CONFIRMED", note: "x" } },
    });
    expect(codes(again.data!.resolveInvoiceDispute.userErrors)).toEqual(["DISPUTE_ALREADY_RESOLVED/BIL-7"]);
    expect(await snapshot(db.current)).toEqual(before);
  });

  it("BIL-7: CONFIRMED → the contested amount is due at once (contested back to 0, balance due restored)", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000 });
    const opened = await gql(db.current, cast.as.member, DISPUTE, dispute(invoice, 9000));
    expect(opened.data!.disputeInvoice.invoice.balanceDueCents).toBe(0);
    const res = await gql(db.current, cast.as.BILLING, RESOLVE, {
      variables: { input: { disputeId: opened.data!.disputeInvoice.dispute.id, outcome: "CONFIRMED", note: "Montant conforme" } },
      clock: clockAt(),
    });
    expect(res.data!.resolveInvoiceDispute.invoice).toMatchObject({ status: "ISSUED", contestedCents: 0, balanceDueCents: 9000 });
    expect(res.data!.resolveInvoiceDispute.creditNote).toBeNull();
    // Only BILLING resolves.
    const d2 = await gql(db.current, cast.as.member, DISPUTE, dispute(invoice, 100));
    for (const who of ["member", "payer", "delegate", "DESK_AGENT"] as const) {
      const before = await snapshot(db.current);
      const r = await gql(db.current, cast.as[who], RESOLVE, { variables: { input: { disputeId: d2.data!.disputeInvoice.dispute.id, outcome: "UPHELD", note: "x" } } });
      expect(errorCodes(r)[0], who).toBe("FORBIDDEN");
      expect(await snapshot(db.current)).toEqual(before);
    }
  });

  it("BIL-7: Invoice.disputes is visible to the member and the invoice's payer, not to another payer", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { payerId: cast.payer.id });
    await gql(db.current, cast.as.payer, DISPUTE, dispute(invoice, 1500));
    const Q = `{ billingStanding { contestedCents openInvoices { id disputes { contestedCents status reason } } } }`;
    for (const who of ["member", "payer"] as const) {
      const res = await gql(db.current, cast.as[who], Q, { clock: clockAt() });
      expect(res.data!.billingStanding.contestedCents).toBe(1500);
      expect(res.data!.billingStanding.openInvoices[0].disputes).toEqual([{ contestedCents: 1500, status: "OPEN", reason: "Mois non dû" }]);
    }
    const otherPayer = await aPayer(db.current, cast.member.id);
    const res = await gql(db.current, { kind: "member-scoped", role: "PAYER", subjectId: otherPayer.id, memberId: cast.member.id }, Q, { clock: clockAt() });
    expect(res.data!.billingStanding).toMatchObject({ contestedCents: 0, openInvoices: [] });
  });
});
