import { describe, expect, it } from "vitest";
import { computeLateCharges, statusAfter, unpaidAtStartOf, type LateChargeHistory } from "../../../src/modules/collections/index.js";

/** The seeded legal rates (basis points), as in migration 0015. */
const RATES = [
  { effectiveOn: "2025-01-01", rateBp: 371 },
  { effectiveOn: "2025-07-01", rateBp: 276 },
];
const invoice = (overrides: Partial<LateChargeHistory> = {}): LateChargeHistory => ({
  dueOn: "2025-10-11",
  totalTtcCents: 9000,
  payments: [],
  credits: [],
  disputes: [],
  rates: RATES,
  ...overrides,
});

describe("BIL-8: late charges, worked examples", () => {
  it("BIL-8: 90.00 € unpaid, 1 day late → 1 period: round(9000 × 3 × 2.76 % × 15/365) = 0.31 €, + 40.00 €", () => {
    expect(computeLateCharges(invoice(), "2025-10-12")).toMatchObject({
      daysLate: 1,
      periods: 1,
      surchargeCents: 31,
      recoveryFeeCents: 4000,
      totalCents: 4031,
      rateBp: 276,
      details: [{ startsOn: "2025-10-12", halfYear: "H2 2025", unpaidCents: 9000, rateBp: 276, surchargeCents: 31 }],
    });
  });

  it("BIL-8: 15 days late is still 1 period; 16 days late → 2 periods (0.62 € + 40.00 €)", () => {
    expect(computeLateCharges(invoice(), "2025-10-26")).toMatchObject({ daysLate: 15, periods: 1, totalCents: 4031 });
    expect(computeLateCharges(invoice(), "2025-10-27")).toMatchObject({ daysLate: 16, periods: 2, surchargeCents: 62, totalCents: 4062 });
  });

  it("BIL-8: not late on the due date itself, nor before: nothing, no recovery fee", () => {
    expect(computeLateCharges(invoice(), "2025-10-11")).toMatchObject({ daysLate: 0, periods: 0, totalCents: 0, rateBp: null });
    expect(computeLateCharges(invoice(), "2025-10-01")).toMatchObject({ daysLate: 0, periods: 0, totalCents: 0 });
  });

  it("BIL-8: each period uses the legal rate in force on its first day (3.71 % then 2.76 % from 1 July 2025)", () => {
    const result = computeLateCharges(invoice({ dueOn: "2025-06-20" }), "2025-07-07");
    expect(result.details).toEqual([
      { startsOn: "2025-06-21", halfYear: "H1 2025", unpaidCents: 9000, rateBp: 371, surchargeCents: 41 },
      { startsOn: "2025-07-06", halfYear: "H2 2025", unpaidCents: 9000, rateBp: 276, surchargeCents: 31 },
    ]);
    expect(result.totalCents).toBe(41 + 31 + 4000);
  });

  it("BIL-8: a payment received during a period lowers the unpaid amount from the next period on", () => {
    const result = computeLateCharges(invoice({ payments: [{ amountCents: 5000, receivedOn: "2025-10-20" }] }), "2025-10-27");
    expect(result.details.map((d) => d.unpaidCents)).toEqual([9000, 4000]);
    expect(result.surchargeCents).toBe(31 + 14);
  });

  it("BIL-8: once paid in full, later periods are not counted; an invoice paid on time owes nothing", () => {
    expect(computeLateCharges(invoice({ payments: [{ amountCents: 9000, receivedOn: "2025-10-15" }] }), "2025-12-31")).toMatchObject({ periods: 1, totalCents: 4031 });
    expect(computeLateCharges(invoice({ payments: [{ amountCents: 9000, receivedOn: "2025-10-11" }] }), "2025-12-31")).toMatchObject({ periods: 0, totalCents: 0 });
  });

  it("BIL-7/BIL-8: no late charge on a contested amount while the dispute is open, nor after it is upheld (credit note)", () => {
    const open = invoice({ disputes: [{ contestedCents: 4000, openedOn: "2025-10-05", resolvedOn: null, status: "OPEN" }] });
    expect(computeLateCharges(open, "2025-10-12").details).toEqual([{ startsOn: "2025-10-12", halfYear: "H2 2025", unpaidCents: 5000, rateBp: 276, surchargeCents: 17 }]);
    const all = invoice({ disputes: [{ contestedCents: 9000, openedOn: "2025-10-05", resolvedOn: null, status: "OPEN" }] });
    expect(computeLateCharges(all, "2025-12-31")).toMatchObject({ periods: 0, totalCents: 0 });
    const upheld = invoice({
      disputes: [{ contestedCents: 9000, openedOn: "2025-10-05", resolvedOn: "2025-11-02", status: "UPHELD" }],
      credits: [{ amountCents: 9000, issuedOn: "2025-11-02" }],
    });
    expect(computeLateCharges(upheld, "2025-12-31")).toMatchObject({ periods: 0, totalCents: 0 });
  });

  it("BIL-7/BIL-8: a CONFIRMED dispute is due at once from its confirmation, never retroactively: only the periods starting after it bear charges", () => {
    const confirmed = invoice({ disputes: [{ contestedCents: 9000, openedOn: "2025-10-05", resolvedOn: "2025-11-02", status: "CONFIRMED" }] });
    // Periods start 12 Oct, 27 Oct (suspended: disputed) and 11 Nov (due since the 2 Nov confirmation).
    expect(computeLateCharges(confirmed, "2025-11-05")).toMatchObject({ daysLate: 25, periods: 0, surchargeCents: 0, totalCents: 0 });
    expect(computeLateCharges(confirmed, "2025-11-12")).toMatchObject({ daysLate: 32, periods: 1, surchargeCents: 31, totalCents: 4031 });
  });

  it("BIL-8: a period in a half-year with no recorded rate is reported as not computable (H1 2026), never computed with an older rate", () => {
    // Due 20 December 2025: periods start 21 December 2025 (H2 2025: 2.76 %) and 5 January 2026 (H1 2026: no rate).
    const result = computeLateCharges(invoice({ dueOn: "2025-12-20" }), "2026-01-10");
    expect(result).toMatchObject({
      daysLate: 21,
      periods: 2,
      computable: false,
      missingLegalRates: ["H1 2026"],
      surchargeCents: null,
      totalCents: null,
      rateBp: null,
    });
    expect(result.details).toEqual([
      { startsOn: "2025-12-21", halfYear: "H2 2025", unpaidCents: 9000, rateBp: 276, surchargeCents: 31 },
      { startsOn: "2026-01-05", halfYear: "H1 2026", unpaidCents: 9000, rateBp: null, surchargeCents: null },
    ]);
  });

  it("BIL-8: a rate is never borrowed from another half-year: with H2 2026 recorded but not H1 2026, only the H1 periods are missing", () => {
    const rates = [...RATES, { effectiveOn: "2026-07-01", rateBp: 500 }];
    const result = computeLateCharges(invoice({ dueOn: "2026-06-20", rates }), "2026-07-07");
    expect(result).toMatchObject({ periods: 2, computable: false, missingLegalRates: ["H1 2026"], surchargeCents: null, totalCents: null });
    expect(result.details.map((d) => [d.startsOn, d.rateBp, d.surchargeCents])).toEqual([
      ["2026-06-21", null, null],
      ["2026-07-06", 500, 55],
    ]);
    // Every missing half-year is listed once, in order.
    const long = computeLateCharges(invoice({ dueOn: "2026-01-10", rates: RATES }), "2027-01-20");
    expect(long.missingLegalRates).toEqual(["H1 2026", "H2 2026", "H1 2027"]);
  });

  it("BIL-8: with every half-year recorded, the charges are computable and unchanged; not late means computable with nothing due", () => {
    expect(computeLateCharges(invoice(), "2025-10-27")).toMatchObject({ computable: true, missingLegalRates: [], surchargeCents: 62, totalCents: 4062 });
    expect(computeLateCharges(invoice({ dueOn: "2026-03-10" }), "2026-03-10")).toMatchObject({ computable: true, missingLegalRates: [], periods: 0, totalCents: 0 });
  });

  it("BIL-8: the unpaid amount counts events dated strictly before the day", () => {
    const h = invoice({ payments: [{ amountCents: 1000, receivedOn: "2025-10-12" }] });
    expect(unpaidAtStartOf(h, "2025-10-12")).toBe(9000);
    expect(unpaidAtStartOf(h, "2025-10-13")).toBe(8000);
  });
});

describe("Invoice payment states", () => {
  it("BIL-4: ISSUED → PARTIALLY_PAID → PAID; BIL-7: DISPUTED while something is contested", () => {
    const base = { totalTtcCents: 9000, paidCents: 0, creditedCents: 0, contestedCents: 0 };
    expect(statusAfter(base)).toBe("ISSUED");
    expect(statusAfter({ ...base, paidCents: 1 })).toBe("PARTIALLY_PAID");
    expect(statusAfter({ ...base, paidCents: 5000, creditedCents: 4000 })).toBe("PAID");
    expect(statusAfter({ ...base, paidCents: 5000, contestedCents: 4000 })).toBe("DISPUTED");
    expect(statusAfter({ ...base, creditedCents: 1000 })).toBe("ISSUED");
  });
});
