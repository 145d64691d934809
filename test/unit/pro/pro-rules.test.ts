import { describe, expect, it } from "vitest";
import { PRO_BRICK_LIMITS, brickPath, brickTermination } from "../../../src/modules/pro/index.js";
import { canMoveService } from "../../../src/modules/pro/pro.rules.js";

const now = new Date("2026-11-26T10:00:00Z");

describe("Univers Pro rules", () => {
  it("PRO-2: the brick limits are 3 access points, 2 switches, 2 routers", () => {
    expect(PRO_BRICK_LIMITS).toEqual({ WIFI: { accessPoints: 3 }, LAN_SECURITY: { switches: 2, routers: 2 } });
  });

  it("PRO-3: accepted service or installation within 3 months → direct; older installation → review; none → study", () => {
    expect(brickPath([{ status: "ACCEPTED", installedOn: null }], now)).toBe("DIRECT");
    expect(brickPath([{ status: "INSTALLED", installedOn: "2026-08-26" }], now)).toBe("DIRECT");
    expect(brickPath([{ status: "INSTALLED", installedOn: "2026-08-25" }], now)).toBe("REVIEW_REQUIRED");
    expect(brickPath([{ status: "INSTALLED", installedOn: "2025-01-01" }, { status: "INSTALLED", installedOn: "2026-11-01" }], now)).toBe("DIRECT");
    expect(brickPath([{ status: "QUOTED", installedOn: null }, { status: "DECLINED", installedOn: null }], now)).toBe("STUDY_REQUIRED");
    expect(brickPath([], now)).toBe("STUDY_REQUIRED");
  });

  it("PRO-3: three months back from 31 May is 28 February (end of month clamped)", () => {
    const may31 = new Date("2027-05-31T10:00:00Z");
    expect(brickPath([{ status: "INSTALLED", installedOn: "2027-02-28" }], may31)).toBe("DIRECT");
    expect(brickPath([{ status: "INSTALLED", installedOn: "2027-02-27" }], may31)).toBe("REVIEW_REQUIRED");
  });

  it("PRO-4: the termination takes effect the first day of the next Paris month; the current month is due", () => {
    expect(brickTermination(now)).toEqual({ endsOn: "2026-12-01", lastDueMonth: "2026-11" });
    expect(brickTermination(new Date("2026-12-31T23:30:00Z"))).toEqual({ endsOn: "2027-02-01", lastDueMonth: "2027-01" });
    expect(brickTermination(new Date("2026-12-31T22:59:00Z"))).toEqual({ endsOn: "2027-01-01", lastDueMonth: "2026-12" });
  });

  it("PRO-1: study, then quote, then decision, then installation; nothing else", () => {
    expect(canMoveService("STUDY_REQUESTED", "STUDY_DONE")).toBe(true);
    expect(canMoveService("STUDY_REQUESTED", "QUOTED")).toBe(false);
    expect(canMoveService("STUDY_DONE", "QUOTED")).toBe(true);
    expect(canMoveService("QUOTED", "ACCEPTED")).toBe(true);
    expect(canMoveService("QUOTED", "DECLINED")).toBe(true);
    expect(canMoveService("DECLINED", "ACCEPTED")).toBe(false);
    expect(canMoveService("ACCEPTED", "INSTALLED")).toBe(true);
    expect(canMoveService("INSTALLED", "ACCEPTED")).toBe(false);
  });
});
