import { describe, expect, it } from "vitest";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember, aPayer, actors } from "../../support/factories.js";
import { DISPUTE, RECORD_PAYMENT, aLegalRate, anInvoice, clockAt, invoiceGid, payment, snapshot } from "./collections.support.js";

const STANDING = `{ billingStanding { balanceDueCents overdueCents payerOverdueCents contestedCents
  openInvoices { id billTo { name } balanceDueCents payments { outcome amountCents } lateCharges(asOf: "2026-11-26") { daysLate periods totalCents } }
  rejectedPayments { amountCents outcome reference } } }`;

describe("BIL-6: the member remains liable — a payer's default is visible to the member", () => {
  const db = useTestDatabase();

  it("BIL-6: the member sees the invoices addressed to their payer, the payer's rejected direct debit and the overdue balance; the payer sees only its invoices", async () => {
    const cast = await aCast(db.current);
    await aLegalRate(db.current, "2026-07-01");
    const own = await anInvoice(db.current, cast.member.id, { ttcCents: 10000, issuedOn: "2026-11-20" }); // due 30 Nov: not overdue
    const payers = await anInvoice(db.current, cast.member.id, { ttcCents: 9000, issuedOn: "2026-10-01", payerId: cast.payer.id }); // overdue
    await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(payers, { outcome: "REJECTED", reference: "PRLV-PAYER-KO" }));

    const asMember = (await gql(db.current, cast.as.member, STANDING, { clock: clockAt() })).data!.billingStanding;
    expect(asMember).toMatchObject({ balanceDueCents: 19000, overdueCents: 9000, payerOverdueCents: 9000, contestedCents: 0 });
    expect(asMember.openInvoices.map((i: { id: string }) => i.id)).toEqual([invoiceGid(payers), invoiceGid(own)]);
    expect(asMember.openInvoices[0]).toMatchObject({ billTo: { name: "Holding Dupont" }, payments: [{ outcome: "REJECTED", amountCents: 9000 }] });
    // 9000 unpaid since 12 October: 46 days → 4 periods at the test rate of 2.76 % (31 cents each) + 40 €.
    expect(asMember.openInvoices[0].lateCharges).toEqual({ daysLate: 46, periods: 4, totalCents: 4124 });
    expect(asMember.rejectedPayments).toEqual([{ amountCents: 9000, outcome: "REJECTED", reference: "PRLV-PAYER-KO" }]);
    // Through Member too.
    const me = await gql(db.current, cast.as.member, `{ me { member { billingStanding { overdueCents payerOverdueCents } } } }`, { clock: clockAt() });
    expect(me.data!.me.member.billingStanding).toEqual({ overdueCents: 9000, payerOverdueCents: 9000 });

    const asPayer = (await gql(db.current, cast.as.payer, STANDING, { clock: clockAt() })).data!.billingStanding;
    expect(asPayer).toMatchObject({ balanceDueCents: 9000, overdueCents: 9000 });
    expect(asPayer.openInvoices.map((i: { id: string }) => i.id)).toEqual([invoiceGid(payers)]);
    expect(asPayer.rejectedPayments).toHaveLength(1);
  });

  it("BIL-6: BILLING reads any member's standing by id; the delegate, the desk and other staff do not; another member sees only their own", async () => {
    const cast = await aCast(db.current);
    await anInvoice(db.current, cast.member.id, { ttcCents: 9000, issuedOn: "2026-10-01" });
    const Q = `query($id: ID) { billingStanding(memberId: $id) { overdueCents openInvoices { id payments { id } disputes { id } creditNotes { id } } } }`;
    const byBilling = await gql(db.current, cast.as.BILLING, Q, { variables: { id: cast.memberGid }, clock: clockAt() });
    expect(byBilling.data!.billingStanding).toMatchObject({ overdueCents: 9000 });
    // A member naming someone else gets their own standing (the argument is for billing staff).
    const other = await gql(db.current, cast.as.otherMember, Q, { variables: { id: cast.memberGid }, clock: clockAt() });
    expect(other.data!.billingStanding).toMatchObject({ overdueCents: 0, openInvoices: [] });
    for (const who of ["delegate", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER", "anonymous"] as const) {
      const res = await gql(db.current, cast.as[who], Q, { variables: { id: cast.memberGid }, clock: clockAt() });
      expect(errorCodes(res)[0], who).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(res.data?.billingStanding ?? null).toBeNull();
    }
    // Member.billingStanding: null for the delegate and the desk, who reach the Member object.
    expect((await gql(db.current, cast.as.delegate, `{ me { member { billingStanding { overdueCents } } } }`)).data!.me.member.billingStanding).toBeNull();
  });

  it("BIL-7/BIL-8: a disputed amount bears no late charge; once confirmed it is due at once and bears charges from then on, not retroactively", async () => {
    const cast = await aCast(db.current);
    await aLegalRate(db.current, "2026-07-01");
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000, issuedOn: "2026-10-01" }); // due 11 October
    const opened = await gql(db.current, cast.as.member, DISPUTE, {
      variables: { input: { invoiceId: invoiceGid(invoice), amountCents: 9000, reason: "Non dû" } },
      clock: clockAt("2026-10-05T10:00:00Z"),
    });
    const Q = `{ billingStanding { openInvoices { lateCharges(asOf: "2026-11-26") { periods totalCents } } } }`;
    expect((await gql(db.current, cast.as.member, Q, { clock: clockAt() })).data!.billingStanding.openInvoices[0].lateCharges).toEqual({ periods: 0, totalCents: 0 });
    await gql(db.current, cast.as.BILLING, `mutation($input: ResolveDisputeInput!) { resolveInvoiceDispute(input: $input) { userErrors { code } } }`, {
      variables: { input: { disputeId: opened.data!.disputeInvoice.dispute.id, outcome: "CONFIRMED", note: "Conforme" } },
      clock: clockAt(),
    });
    // Confirmed on 26 November: the periods that started while it was contested stay free.
    expect((await gql(db.current, cast.as.member, Q, { clock: clockAt() })).data!.billingStanding.openInvoices[0].lateCharges).toEqual({ periods: 0, totalCents: 0 });
    const LATER = `{ billingStanding { openInvoices { lateCharges(asOf: "2026-12-11") { periods totalCents } } } }`;
    expect((await gql(db.current, cast.as.member, LATER, { clock: clockAt() })).data!.billingStanding.openInvoices[0].lateCharges).toEqual({ periods: 1, totalCents: 4031 });
  });
});

describe("BIL-8: late charges on Invoice and the legal rate table", () => {
  const db = useTestDatabase();
  const RATE = `mutation($input: RecordLegalInterestRateInput!) { recordLegalInterestRate(input: $input) { rate { effectiveOn rateBp } userErrors { code rule } } }`;
  const rate = (effectiveOn: string, rateBp: number) => ({ variables: { input: { effectiveOn, rateBp } }, clock: clockAt() });

  const CHARGES = `query($asOf: LocalDate, $id: ID) { billingStanding(memberId: $id) { openInvoices { lateCharges(asOf: $asOf) {
    daysLate periods computable missingLegalRates surchargeCents recoveryFeeCents totalCents rateBp
    details { startsOn halfYear rateBp surchargeCents } problems { code rule halfYear message } } } } }`;

  it("BIL-8: a period in a half-year with no recorded rate is reported as not computable (H1 2026), no figure shown, to billing staff, the member and the payer", async () => {
    const cast = await aCast(db.current);
    await anInvoice(db.current, cast.member.id, { ttcCents: 9000, issuedOn: "2026-01-05", payerId: cast.payer.id }); // due 15 January 2026
    const read = async (actor: (typeof cast.as)[keyof typeof cast.as], locale: "fr" | "en" = "fr") => {
      const res = await gql(db.current, actor, CHARGES, { variables: { asOf: "2026-01-20", id: cast.memberGid }, clock: clockAt(), locale });
      expect(res.errors).toBeUndefined();
      return res.data!.billingStanding.openInvoices[0].lateCharges;
    };
    const expected = {
      daysLate: 5,
      periods: 1,
      computable: false,
      missingLegalRates: ["H1 2026"],
      surchargeCents: null,
      recoveryFeeCents: 4000,
      totalCents: null,
      rateBp: null,
      details: [{ startsOn: "2026-01-16", halfYear: "H1 2026", rateBp: null, surchargeCents: null }],
    };
    for (const who of ["BILLING", "member", "payer"] as const) {
      const charges = await read(cast.as[who]);
      expect(charges, who).toMatchObject(expected);
      expect(charges.problems, who).toEqual([{ code: "LEGAL_RATE_MISSING", rule: "BIL-8", halfYear: "H1 2026", message: expect.stringContaining("1er semestre 2026") }]);
      expect(charges.problems[0].message, who).toMatch(/non calculable/);
    }
    expect((await read(cast.as.payer, "en")).problems[0].message).toBe("Legal interest rate missing for H1 2026: the late charge cannot be computed until billing records it.");
  });

  it("BIL-8: billing adds a half-year rate; it applies to the periods starting from then, never to an earlier half-year; not a date other than 1 January / 1 July, not twice", async () => {
    const cast = await aCast(db.current);
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000, issuedOn: "2026-06-10" }); // due 20 June
    const charges = async () =>
      (await gql(db.current, cast.as.member, CHARGES, { variables: { asOf: "2026-07-07" }, clock: clockAt() })).data!.billingStanding.openInvoices[0].lateCharges;
    // Periods start 21 June (H1 2026) and 6 July (H2 2026): neither half-year has a rate yet.
    expect(await charges()).toMatchObject({ periods: 2, computable: false, missingLegalRates: ["H1 2026", "H2 2026"], surchargeCents: null, totalCents: null });
    const added = await gql(db.current, cast.as.BILLING, RATE, rate("2026-07-01", 500));
    expect(added.data!.recordLegalInterestRate).toEqual({ rate: { effectiveOn: "2026-07-01", rateBp: 500 }, userErrors: [] });
    // 9000 × 3 × 5 % × 15/365 = 55.48 → 55 cents for the July period; June's half-year still has no rate.
    expect(await charges()).toMatchObject({
      computable: false,
      missingLegalRates: ["H1 2026"],
      surchargeCents: null,
      details: [
        { startsOn: "2026-06-21", halfYear: "H1 2026", rateBp: null, surchargeCents: null },
        { startsOn: "2026-07-06", halfYear: "H2 2026", rateBp: 500, surchargeCents: 55 },
      ],
    });
    // A test value for H1 2026 (not a published rate): then everything is computable.
    await gql(db.current, cast.as.BILLING, RATE, rate("2026-01-01", 276));
    expect(await charges()).toMatchObject({
      periods: 2,
      computable: true,
      missingLegalRates: [],
      problems: [],
      surchargeCents: 31 + 55,
      recoveryFeeCents: 4000,
      totalCents: 4086,
      rateBp: 500,
    });
    for (const [vars, code] of [
      [rate("2026-07-01", 450), "RATE_ALREADY_RECORDED/BIL-8"],
      [rate("2026-03-01", 450), "RATE_NOT_HALF_YEAR/BIL-8"],
      [rate("2027-01-01", 10001), "RATE_OUT_OF_RANGE/BIL-8"],
    ] as const) {
      const before = await snapshot(db.current);
      const res = await gql(db.current, cast.as.BILLING, RATE, vars);
      expect(res.data!.recordLegalInterestRate.userErrors.map((e: { code: string; rule: string }) => `${e.code}/${e.rule}`)).toEqual([code]);
      expect(await snapshot(db.current)).toEqual(before);
    }
    const table = await gql(db.current, cast.as.BILLING, `{ legalInterestRates { effectiveOn rateBp } }`);
    expect(table.data!.legalInterestRates.at(-1)).toEqual({ effectiveOn: "2026-07-01", rateBp: 500 });
    expect(invoice.dueOn).toBe("2026-06-20");
  });

  it("BIL-8: only BILLING records a rate or reads the table", async () => {
    const cast = await aCast(db.current);
    for (const who of ["member", "payer", "delegate", "DESK_AGENT", "COACH", "anonymous"] as const) {
      expect(errorCodes(await gql(db.current, cast.as[who], RATE, rate("2030-01-01", 300)))[0], who).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(errorCodes(await gql(db.current, cast.as[who], `{ legalInterestRates { rateBp } }`))[0], who).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
  });
});

describe("Collections fields on invoices: statements do not grow with the number of invoices", () => {
  const db = useTestDatabase();

  it("BIL-6: a standing with 3 and with 12 invoices, each with payments, disputes, credit notes and late charges, takes the same number of statements", async () => {
    const member = await aMember(db.current);
    const payer = await aPayer(db.current, member.id);
    const billing = (await aCast(db.current)).as.BILLING;
    const Q = `{ billingStanding { overdueCents openInvoices { id payments { amountCents } disputes { contestedCents } creditNotes { number }
      lateCharges(asOf: "2026-11-26") { totalCents } } rejectedPayments { amountCents } dunning { stage } } }`;
    const addInvoices = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const inv = await anInvoice(db.current, member.id, { ttcCents: 9000, issuedOn: "2026-10-01", payerId: i % 2 ? payer.id : null });
        await gql(db.current, billing, RECORD_PAYMENT, payment(inv, { amountCents: 1000 }));
        await gql(db.current, actors.member(member), DISPUTE, { variables: { input: { invoiceId: invoiceGid(inv), amountCents: 500, reason: "x" } }, clock: clockAt() });
      }
    };
    const count = async () => {
      const before = db.current.statements.count;
      const res = await gql(db.current, actors.member(member), Q, { clock: clockAt() });
      expect(res.errors).toBeUndefined();
      return { statements: db.current.statements.count - before, invoices: res.data!.billingStanding.openInvoices.length };
    };
    await addInvoices(3);
    const three = await count();
    await addInvoices(9);
    const twelve = await count();
    expect(three.invoices).toBe(3);
    expect(twelve.invoices).toBe(12);
    expect(twelve.statements).toBe(three.statements);
    // principal + open invoices + member name + payments + disputes + credit notes + rates + rejected + dunning
    expect(three.statements).toBeLessThanOrEqual(10);
  });
});
