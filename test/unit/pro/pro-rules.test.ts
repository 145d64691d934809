import { describe, expect, it } from "vitest";
import { PRO_BRICK_LIMITS, brickPath, brickTermination } from "../../../src/modules/pro/index.js";
import { canMoveService } from "../../../src/modules/pro/pro.rules.js";

const now = new Date("2026-11-26T10:00:00Z");

describe("Univers Pro rules", () => {
  it("PRO-2: the brick limits are 3 access points, 2 switches, 2 routers", () => {
    expect(PRO_BRICK_LIMITS).toEqual({ WIFI: { accessPoints: 3 }, LAN_SECURITY: { switches: 2, routers: 2 } });
  });

  it("PRO-3: accepted service or installation within 3 months → direct; older installation → review; none → study", () => {
    const s = (status: "STUDY_REQUESTED" | "STUDY_DONE" | "INSTALLED", installedOn: string | null, quoteAccepted = status === "INSTALLED") => ({
      status,
      installedOn,
      quoteAccepted,
    });
    expect(brickPath([s("STUDY_DONE", null, true)], now)).toBe("DIRECT");
    expect(brickPath([s("INSTALLED", "2026-08-26")], now)).toBe("DIRECT");
    expect(brickPath([s("INSTALLED", "2026-08-25")], now)).toBe("REVIEW_REQUIRED");
    expect(brickPath([s("INSTALLED", "2025-01-01"), s("INSTALLED", "2026-11-01")], now)).toBe("DIRECT");
    // Studied, its quote issued or declined (not accepted): no service yet.
    expect(brickPath([s("STUDY_DONE", null, false), s("STUDY_REQUESTED", null, false)], now)).toBe("STUDY_REQUIRED");
    expect(brickPath([], now)).toBe("STUDY_REQUIRED");
  });

  it("PRO-3: three months back from 31 May is 28 February (end of month clamped)", () => {
    const may31 = new Date("2027-05-31T10:00:00Z");
    expect(brickPath([{ status: "INSTALLED", installedOn: "2027-02-28", quoteAccepted: true }], may31)).toBe("DIRECT");
    expect(brickPath([{ status: "INSTALLED", installedOn: "2027-02-27", quoteAccepted: true }], may31)).toBe("REVIEW_REQUIRED");
  });

  it("PRO-4: the termination takes effect the first day of the next Paris month; the current month is due", () => {
    expect(brickTermination(now)).toEqual({ endsOn: "2026-12-01", lastDueMonth: "2026-11" });
    expect(brickTermination(new Date("2026-12-31T23:30:00Z"))).toEqual({ endsOn: "2027-02-01", lastDueMonth: "2027-01" });
    expect(brickTermination(new Date("2026-12-31T22:59:00Z"))).toEqual({ endsOn: "2027-01-01", lastDueMonth: "2026-12" });
  });

  it("PRO-1: study, then installation (the quote in between is the shared workflow's); nothing else", () => {
    expect(canMoveService("STUDY_REQUESTED", "STUDY_DONE")).toBe(true);
    expect(canMoveService("STUDY_REQUESTED", "INSTALLED")).toBe(false);
    expect(canMoveService("STUDY_DONE", "INSTALLED")).toBe(true);
    expect(canMoveService("STUDY_DONE", "STUDY_DONE")).toBe(false);
    expect(canMoveService("INSTALLED", "STUDY_DONE")).toBe(false);
  });
});
