import { describe, expect, it } from "vitest";
import { overlaps, peakOccupancy } from "../../../src/modules/salon/salon.rules.js";

const iv = (from: string, to: string) => ({ startsAt: new Date(`2026-12-01T${from}:00Z`), endsAt: new Date(`2026-12-01T${to}:00Z`) });

describe("salon slot arithmetic", () => {
  it("SVC-4: back-to-back appointments do not overlap; sharing a minute does", () => {
    expect(overlaps(iv("13:00", "14:00"), iv("14:00", "15:00"))).toBe(false);
    expect(overlaps(iv("13:00", "14:00"), iv("13:59", "15:00"))).toBe(true);
    expect(overlaps(iv("13:00", "15:00"), iv("13:30", "14:00"))).toBe(true);
  });

  it("SVC-4: peak occupancy counts who is present at the same instant, not every neighbour", () => {
    const slot = iv("13:30", "14:30");
    expect(peakOccupancy(slot, [])).toBe(1);
    expect(peakOccupancy(slot, [iv("13:00", "14:00"), iv("14:00", "15:00")])).toBe(2);
    expect(peakOccupancy(slot, [iv("13:00", "14:00"), iv("13:45", "15:00")])).toBe(3);
    expect(peakOccupancy(slot, [iv("10:00", "11:00"), iv("14:30", "15:00")])).toBe(1);
  });
});
