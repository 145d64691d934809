import { describe, expect, it } from "vitest";
import { CONCIERGE_STATUSES } from "../../../db/schema/index.js";
import { firstDayOfNextParisMonth } from "../../../src/modules/concierge/concierge.privilege.service.js";
import { CONCIERGE_TRANSITIONS, canMove } from "../../../src/modules/concierge/concierge.rules.js";

describe("concierge rules", () => {
  it("CON-6: the lifecycle moves forward only; the member side cancels before BOOKED; the partner rejects before BOOKED", () => {
    const allowed = CONCIERGE_STATUSES.flatMap((from) => Object.entries(CONCIERGE_TRANSITIONS[from]).map(([to, side]) => `${from}>${to}:${side}`));
    expect(allowed.sort()).toEqual(
      [
        "SUBMITTED>ACCEPTED:PARTNER",
        "SUBMITTED>REJECTED:PARTNER",
        "SUBMITTED>CANCELLED:MEMBER_SIDE",
        "ACCEPTED>PROPOSED:PARTNER",
        "ACCEPTED>REJECTED:PARTNER",
        "ACCEPTED>CANCELLED:MEMBER_SIDE",
        "PROPOSED>BOOKED:PARTNER",
        "PROPOSED>REJECTED:PARTNER",
        "PROPOSED>CANCELLED:MEMBER_SIDE",
        "BOOKED>COMPLETED:PARTNER",
      ].sort(),
    );
    expect(canMove("SUBMITTED", "ACCEPTED", "MEMBER_SIDE")).toBe(false);
    expect(canMove("BOOKED", "CANCELLED", "MEMBER_SIDE")).toBe(false);
  });

  it("CON-2: a Privilège cancellation ends at midnight Paris time on the first day of the next month", () => {
    expect(firstDayOfNextParisMonth(new Date("2026-11-26T10:00:00Z")).toISOString()).toBe("2026-11-30T23:00:00.000Z");
    expect(firstDayOfNextParisMonth(new Date("2026-03-15T10:00:00Z")).toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(firstDayOfNextParisMonth(new Date("2026-12-31T23:30:00Z")).toISOString()).toBe("2027-01-31T23:00:00.000Z");
  });
});
