import { describe, expect, it } from "vitest";
import { isWithinHours, serviceHoursService } from "../../../src/modules/service-hours/index.js";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";

const Q = `query($service: ServiceKey!, $at: DateTimeISO) { serviceAvailability(service: $service, at: $at) {
  service openNow closesAt nextOpensAt providedBy rule hours { isoWeekday opens closes providedBy } } }`;

describe("service hours", () => {
  const db = useTestDatabase();
  const ask = async (service: string, at: string) => {
    const res = await gql(db.current, null, Q, { variables: { service, at } });
    expect(res.errors).toBeUndefined();
    return res.data!.serviceAvailability;
  };

  it("SVC-1: the desk answers the phone at any time, and never closes", async () => {
    expect(await ask("DESK_PHONE", "2026-11-29T03:00:00Z")).toMatchObject({ openNow: true, closesAt: null, nextOpensAt: null, rule: "SVC-1" });
  });

  it("SVC-1: desk email is answered Mon–Fri 08:00–20:00 Paris time; on Saturday it next opens on Monday 08:00", async () => {
    // Saturday 28 November 2026, 12:00 in Paris (UTC+1).
    expect(await ask("DESK_EMAIL", "2026-11-28T11:00:00Z")).toMatchObject({ openNow: false, nextOpensAt: "2026-11-30T07:00:00.000Z" });
    // Friday 19:59 Paris: open, closes at 20:00.
    expect(await ask("DESK_EMAIL", "2026-11-27T18:59:00Z")).toMatchObject({ openNow: true, closesAt: "2026-11-27T19:00:00.000Z" });
    // Friday 20:00 Paris: closed.
    expect((await ask("DESK_EMAIL", "2026-11-27T19:00:00Z")).openNow).toBe(false);
  });

  it("SVC-2: the coach is reachable Mon–Fri 08:00–20:00, in summer time too", async () => {
    // Wednesday 1 July 2026, 07:30 UTC = 09:30 in Paris (UTC+2).
    expect(await ask("COACH", "2026-07-01T07:30:00Z")).toMatchObject({ openNow: true, closesAt: "2026-07-01T18:00:00.000Z" });
    expect(await ask("COACH", "2026-07-01T05:30:00Z")).toMatchObject({ openNow: false, nextOpensAt: "2026-07-01T06:00:00.000Z" });
  });

  it("SVC-3: Orange VIP also opens on Saturday 09:00–20:00, not on Sunday", async () => {
    expect((await ask("ORANGE_VIP", "2026-11-28T09:00:00Z")).openNow).toBe(true);
    expect(await ask("ORANGE_VIP", "2026-11-29T10:00:00Z")).toMatchObject({ openNow: false, nextOpensAt: "2026-11-30T07:00:00.000Z" });
    const hours = (await ask("ORANGE_VIP", "2026-11-29T10:00:00Z")).hours;
    expect(hours).toContainEqual({ isoWeekday: 6, opens: "09:00", closes: "20:00", providedBy: null });
  });

  it("MBX-5: Saturday mail assistance is 10:00–19:00 and may be given by a subcontractor", async () => {
    expect(await ask("MAILBOX_ASSISTANCE", "2026-11-28T10:00:00Z")).toMatchObject({ openNow: true, providedBy: "SUBCONTRACTOR" });
    expect((await ask("MAILBOX_SETUP", "2026-11-28T10:00:00Z")).openNow).toBe(false);
  });

  it("INT-5: TV and VOD support is remote only, Mon–Fri 09:00–20:00", async () => {
    expect(await ask("TV_VOD_SUPPORT", "2026-11-28T10:00:00Z")).toMatchObject({ openNow: false, rule: "INT-5" });
  });

  it("INT-2: a home slot must lie inside Mon–Sat 09:00–19:00 Paris time", async () => {
    const spans = await serviceHoursService.spans(db.current.db, "HOME_INTERVENTION");
    const slot = (start: string, end: string) => isWithinHours(spans, new Date(start), new Date(end));
    expect(slot("2026-11-28T08:00:00Z", "2026-11-28T10:00:00Z")).toBe(true); // Saturday 09:00–11:00
    expect(slot("2026-11-28T17:30:00Z", "2026-11-28T18:30:00Z")).toBe(false); // 18:30–19:30
    expect(slot("2026-11-29T09:00:00Z", "2026-11-29T10:00:00Z")).toBe(false); // Sunday
    expect(slot("2026-11-27T07:30:00Z", "2026-11-27T08:30:00Z")).toBe(false); // 08:30 start
  });

  it("SVC-1: the hours are data: a changed row changes the answer without a release", async () => {
    const { serviceHours } = await import("../../../db/schema/index.js");
    await db.current.db.insert(serviceHours).values({ service: "DESK_EMAIL", isoWeekday: 6, opens: "10:00", closes: "12:00", rule: "SVC-1" });
    expect((await ask("DESK_EMAIL", "2026-11-28T10:00:00Z")).openNow).toBe(true);
  });

  it("AUT-1: service hours are public: every role and anonymous callers may ask", async () => {
    const cast = await aCast(db.current);
    for (const actor of Object.values(cast.as)) {
      const res = await gql(db.current, actor, Q, { variables: { service: "COACH" } });
      expect(res.errors).toBeUndefined();
    }
    expect(errorCodes(await gql(db.current, null, Q, { variables: { service: "NOPE" } }))).toEqual(["BAD_USER_INPUT"]);
  });
});
