import { describe, expect, it } from "vitest";
import {
  contractYearOf,
  firstFreeAllowanceSlot,
  frenchPublicHolidays,
  includedPriceOf,
  isFrenchPublicHoliday,
  isInBusinessHours,
  interventionRates,
  quoteIntervention as quoteAt,
  type Slot,
} from "../../../src/modules/interventions/interventions.pricing.js";

/** The Annexe 1 rates, as seeded in the tariff table (migration 0015): the rates are data, passed in. */
const ANNEXE_1 = interventionRates(
  (code) =>
    ({
      TRAVEL: 10_000,
      TECHNICIAN_FIRST_HOUR: 12_000,
      TECHNICIAN_EXTRA_HALF_HOUR: 5_000,
      TECHNICIAN_OOH_FIRST_HOUR: 14_000,
      TECHNICIAN_OOH_EXTRA_HALF_HOUR: 6_000,
      COACH_HOUR: 15_000,
    })[code],
);
const quoteIntervention = (s: Slot, used: number) => quoteAt(s, used, ANNEXE_1);

const at = (iso: string) => new Date(iso);
const slot = (kind: Slot["kind"], start: string, durationMinutes: number, personalDeviceCount = 0): Slot => ({
  kind,
  start: at(start),
  durationMinutes,
  personalDeviceCount,
});
const lines = (q: ReturnType<typeof quoteIntervention>) => q.lines.map((l) => `${l.code}x${l.quantity}@${l.unitCents}`);

describe("interventions pricing (Annexe 1, SPEC § 10)", () => {
  it("INT-3: the first 15 interventions of the contract year are free, whatever the slot", () => {
    for (const used of [0, 7, 14]) {
      const q = quoteIntervention(slot("TECHNICIAN", "2026-11-28T09:00:00Z", 90), used);
      expect(q).toMatchObject({ billingReason: null, lines: [], totalCents: 0, totalHtCents: 0, vatCents: 0 });
    }
  });

  it("INT-3: a 1h30 technician visit on a weekday, beyond the 15 = 100 travel + 120 first hour + 50 extra half-hour", () => {
    // Tuesday 1 December 2026, 10:00 Paris.
    const q = quoteIntervention(slot("TECHNICIAN", "2026-12-01T09:00:00Z", 90), 15);
    expect(q.billingReason).toBe("BEYOND_ALLOWANCE");
    expect(q.inBusinessHours).toBe(true);
    expect(lines(q)).toEqual(["TRAVELx1@10000", "TECHNICIAN_FIRST_HOURx1@12000", "TECHNICIAN_EXTRA_HALF_HOURx1@5000"]);
    expect(q.totalCents).toBe(27_000);
    expect(q.totalHtCents).toBe(22_500);
    expect(q.vatCents).toBe(4_500);
  });

  it("INT-3: the same 1h30 on a Saturday is outside business hours = 100 + 140 + 60", () => {
    const q = quoteIntervention(slot("TECHNICIAN", "2026-11-28T09:00:00Z", 90), 20);
    expect(q.inBusinessHours).toBe(false);
    expect(lines(q)).toEqual(["TRAVELx1@10000", "TECHNICIAN_FIRST_HOURx1@14000", "TECHNICIAN_EXTRA_HALF_HOURx1@6000"]);
    expect(q.totalCents).toBe(30_000);
  });

  it("INT-3: on 14 July (a Tuesday in 2026) the holiday rate applies = 100 + 140 + 60", () => {
    const q = quoteIntervention(slot("TECHNICIAN", "2026-07-14T08:00:00Z", 90), 15);
    expect(q.inBusinessHours).toBe(false);
    expect(q.totalCents).toBe(30_000);
  });

  it("INT-3: the first hour is indivisible and each started extra half-hour is due", () => {
    const weekday = (minutes: number) => quoteIntervention(slot("TECHNICIAN", "2026-12-01T08:00:00Z", minutes), 15).totalCents;
    expect(weekday(15)).toBe(10_000 + 12_000);
    expect(weekday(60)).toBe(10_000 + 12_000);
    expect(weekday(61)).toBe(10_000 + 12_000 + 5_000);
    expect(weekday(120)).toBe(10_000 + 12_000 + 2 * 5_000);
    expect(weekday(121)).toBe(10_000 + 12_000 + 3 * 5_000);
  });

  it("INT-3: a 2h05 coach visit beyond the 15 = 100 travel + 3 started hours × 150", () => {
    const q = quoteIntervention(slot("COACH_VISIT", "2026-12-01T09:00:00Z", 125), 15);
    expect(lines(q)).toEqual(["TRAVELx1@10000", "COACH_HOURx3@15000"]);
    expect(q.totalCents).toBe(55_000);
    expect(q.totalHtCents).toBe(45_833);
    expect(q.vatCents).toBe(9_167);
  });

  it("INT-7: within the 15, more than 3 personal devices bills the coach's time only (no travel)", () => {
    const four = quoteIntervention(slot("COACH_VISIT", "2026-12-01T09:00:00Z", 90, 4), 3);
    expect(four.billingReason).toBe("COACH_PERSONAL_DEVICES");
    expect(lines(four)).toEqual(["COACH_HOURx2@15000"]);
    expect(four.totalCents).toBe(30_000);
    const three = quoteIntervention(slot("COACH_VISIT", "2026-12-01T09:00:00Z", 90, 3), 3);
    expect(three).toMatchObject({ billingReason: null, totalCents: 0 });
  });

  it("INT-7: a technician visit ignores the personal device count", () => {
    expect(quoteIntervention(slot("TECHNICIAN", "2026-12-01T09:00:00Z", 90, 9), 0).totalCents).toBe(0);
  });

  it("INT-3: business hours are Mon–Fri 09:00–19:00 Paris time, holidays excluded", () => {
    expect(isInBusinessHours(at("2026-12-01T08:00:00Z"), at("2026-12-01T18:00:00Z"))).toBe(true); // 09:00–19:00 CET
    expect(isInBusinessHours(at("2026-12-01T07:59:00Z"), at("2026-12-01T09:00:00Z"))).toBe(false); // 08:59
    expect(isInBusinessHours(at("2026-12-01T17:30:00Z"), at("2026-12-01T18:01:00Z"))).toBe(false); // ends 19:01
    expect(isInBusinessHours(at("2026-07-15T07:00:00Z"), at("2026-07-15T17:00:00Z"))).toBe(true); // CEST, 09:00–19:00
    expect(isInBusinessHours(at("2026-11-28T09:00:00Z"), at("2026-11-28T10:00:00Z"))).toBe(false); // Saturday
    expect(isInBusinessHours(at("2026-11-11T09:00:00Z"), at("2026-11-11T10:00:00Z"))).toBe(false); // Armistice, a Wednesday
  });

  it("INT-3: French public holidays come from the library, Easter-based ones included", () => {
    expect([...frenchPublicHolidays(2026)].sort()).toEqual([
      "2026-01-01",
      "2026-04-06",
      "2026-05-01",
      "2026-05-08",
      "2026-05-14",
      "2026-05-25",
      "2026-07-14",
      "2026-08-15",
      "2026-11-01",
      "2026-11-11",
      "2026-12-25",
    ]);
    // Late on 13 July UTC is already 14 July in Paris.
    expect(isFrenchPublicHoliday(at("2026-07-13T22:30:00Z"))).toBe(true);
    expect(isFrenchPublicHoliday(at("2026-07-13T21:30:00Z"))).toBe(false);
  });

  it("INT-3: the contract year is the option's anniversary year, from Paris midnight", () => {
    const accepted = at("2026-03-10T15:00:00Z");
    expect(contractYearOf(accepted, at("2026-03-10T15:00:00Z"))).toEqual({ start: at("2026-03-09T23:00:00Z"), end: at("2027-03-09T23:00:00Z") });
    expect(contractYearOf(accepted, at("2027-03-09T22:59:59Z"))).toEqual({ start: at("2026-03-09T23:00:00Z"), end: at("2027-03-09T23:00:00Z") });
    expect(contractYearOf(accepted, at("2027-03-09T23:00:00Z"))).toEqual({ start: at("2027-03-09T23:00:00Z"), end: at("2028-03-09T23:00:00Z") });
    expect(contractYearOf(accepted, at("2031-06-01T10:00:00Z")).start).toEqual(at("2031-03-09T23:00:00Z"));
    // 29 February anniversaries fall on 28 February.
    const leap = at("2028-02-29T10:00:00Z");
    expect(contractYearOf(leap, at("2029-03-01T10:00:00Z"))).toEqual({ start: at("2029-02-27T23:00:00Z"), end: at("2030-02-27T23:00:00Z") });
  });

  it("INT-3: a new included intervention takes the lowest free allowance slot; none is left once the 15 are held", () => {
    expect(firstFreeAllowanceSlot([])).toBe(1);
    expect(firstFreeAllowanceSlot([1, 2, 4])).toBe(3);
    expect(firstFreeAllowanceSlot(Array.from({ length: 14 }, (_, i) => i + 2))).toBe(1);
    expect(firstFreeAllowanceSlot(Array.from({ length: 15 }, (_, i) => i + 1))).toBeNull();
  });

  it("INT-3/INT-7: an intervention booked beyond the 15 that takes a freed slot costs what it would within the 15, at its booked rates", () => {
    const technician = quoteIntervention(slot("TECHNICIAN", "2026-11-28T09:00:00Z", 90), 15);
    expect(includedPriceOf({ kind: "TECHNICIAN", personalDeviceCount: 0, chargeLines: technician.lines })).toEqual({ billingReason: null, lines: [], totalCents: 0 });
    const coach = quoteIntervention(slot("COACH_VISIT", "2026-12-01T09:00:00Z", 90, 5), 15);
    expect(coach.totalCents).toBe(10_000 + 2 * 15_000);
    const included = includedPriceOf({ kind: "COACH_VISIT", personalDeviceCount: 5, chargeLines: coach.lines });
    const within = quoteIntervention(slot("COACH_VISIT", "2026-12-01T09:00:00Z", 90, 5), 14);
    expect(included).toEqual({ billingReason: "COACH_PERSONAL_DEVICES", lines: within.lines, totalCents: within.totalCents });
    expect(includedPriceOf({ kind: "COACH_VISIT", personalDeviceCount: 3, chargeLines: coach.lines }).totalCents).toBe(0);
  });
});
