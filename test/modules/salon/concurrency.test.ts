import { and, eq, isNull } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, circleEventRegistrations, salonAppointments } from "../../../db/schema/index.js";
import { gql } from "../../support/api.js";
import { outcomesOf, tally } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { actors } from "../../support/factories.js";
import { BOOK, REGISTER, UNREGISTER, aRegistration, anEvent, anOptionHolder, book, clock, eventGid } from "./salon.support.js";

describeOnPostgres("Salon and Vie de Cercle under concurrent requests (PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });

  const liveRegistrations = (eventId: string) =>
    db.current.db
      .select()
      .from(circleEventRegistrations)
      .where(and(eq(circleEventRegistrations.eventId, eventId), isNull(circleEventRegistrations.cancelledAt)));
  const auditCount = async (operation: string) => (await db.current.db.select().from(auditLog).where(eq(auditLog.operation, operation))).length;

  it("SVC-4: 30 members registering at once for an event of capacity 10: exactly 10 registered, 20 refused as full", async () => {
    const event = await anEvent(db.current, { capacity: 10 });
    const members = await Promise.all(Array.from({ length: 30 }, () => anOptionHolder(db.current)));
    const before = await auditCount("registerForCircleEvent");
    const results = await Promise.all(members.map((m) => gql(db.current, actors.member(m), REGISTER, { variables: { input: { eventId: eventGid(event) } }, clock: clock() })));
    expect(tally(outcomesOf(results, "registerForCircleEvent"))).toEqual({ ok: 10, "EVENT_FULL/SVC-4": 20 });
    expect(await liveRegistrations(event.id)).toHaveLength(10);
    expect((await auditCount("registerForCircleEvent")) - before).toBe(10);
  });

  it("SVC-4: one member registering 30 times at once is registered once", async () => {
    const event = await anEvent(db.current, { capacity: 100 });
    const m = await anOptionHolder(db.current);
    const results = await Promise.all(
      Array.from({ length: 30 }, () => gql(db.current, actors.member(m), REGISTER, { variables: { input: { eventId: eventGid(event) } }, clock: clock() })),
    );
    expect(tally(outcomesOf(results, "registerForCircleEvent"))).toEqual({ ok: 1, "ALREADY_REGISTERED/SVC-4": 29 });
    expect(await liveRegistrations(event.id)).toHaveLength(1);
  });

  it("SVC-4: a full event with 10 unregistrations racing 30 registrations never exceeds its capacity", async () => {
    const event = await anEvent(db.current, { capacity: 10 });
    const holders = await Promise.all(Array.from({ length: 10 }, () => anOptionHolder(db.current)));
    for (const m of holders) await aRegistration(db.current, event.id, m.id);
    const newcomers = await Promise.all(Array.from({ length: 30 }, () => anOptionHolder(db.current)));
    const input = { variables: { input: { eventId: eventGid(event) } }, clock: clock() };
    const [outs, ins] = await Promise.all([
      Promise.all(holders.map((m) => gql(db.current, actors.member(m), UNREGISTER, input))),
      Promise.all(newcomers.map((m) => gql(db.current, actors.member(m), REGISTER, input))),
    ]);
    expect(outcomesOf(outs, "unregisterFromCircleEvent")).toEqual(Array(10).fill("ok"));
    const admitted = outcomesOf(ins, "registerForCircleEvent").filter((c) => c === "ok").length;
    expect(admitted).toBeLessThanOrEqual(10);
    expect(await liveRegistrations(event.id)).toHaveLength(admitted);
  });

  it("SVC-4: 30 members booking the same salon slot at once: exactly one appointment (capacity 1), 29 refused as full", async () => {
    const members = await Promise.all(Array.from({ length: 30 }, () => anOptionHolder(db.current)));
    const results = await Promise.all(members.map((m) => gql(db.current, actors.member(m), BOOK, book({ startsAt: "2026-12-14T13:00:00Z" }))));
    expect(tally(outcomesOf(results, "bookSalonAppointment"))).toEqual({ ok: 1, "SLOT_FULL/SVC-4": 29 });
    const booked = await db.current.db
      .select()
      .from(salonAppointments)
      .where(eq(salonAppointments.startsAt, new Date("2026-12-14T13:00:00Z")));
    expect(booked).toHaveLength(1);
  });

  it("SVC-4: one member booking 30 mutually overlapping slots (12:00–13:45 UTC starts, 2 hours each) at once gets one appointment; the others overlap it", async () => {
    const m = await anOptionHolder(db.current);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        gql(db.current, actors.member(m), BOOK, book({ startsAt: new Date(Date.parse("2026-12-15T12:00:00Z") + (i % 8) * 15 * 60_000).toISOString(), durationMinutes: 120 })),
      ),
    );
    const codes = outcomesOf(results, "bookSalonAppointment");
    expect(codes.filter((c) => c === "ok")).toHaveLength(1);
    expect(new Set(codes.filter((c) => c !== "ok"))).toEqual(new Set(["MEMBER_OVERLAP/SVC-4"]));
    expect(await db.current.db.select().from(salonAppointments).where(eq(salonAppointments.memberId, m.id))).toHaveLength(1);
  });
});
