import { and, eq, ne } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, interventions, invoiceLines } from "../../../db/schema/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { gql, payloadOf } from "../../support/api.js";
import { tally } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aStaffUser, actors } from "../../support/factories.js";
import { RUN } from "../invoicing/invoicing.support.js";
import { BOOK, CANCEL, aScene, anAssistanceRequest, anIntervention, bookingInput, gid, usedInterventions } from "./support.js";

const CONCURRENCY = 30;

describeOnPostgres("INT-3 under concurrent bookings (PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });

  it("INT-3: with 14 used, 30 concurrent bookings give exactly one free 15th; the others are billable with consent or refused", async () => {
    const scene = await aScene(db.current);
    await usedInterventions(db.current, scene, 14);
    const requests = await Promise.all(Array.from({ length: CONCURRENCY }, () => anAssistanceRequest(db.current, scene.member.id)));
    // Weekday 1h30 beyond the 15: 100 + 120 + 50. Every other booking carries the member's consent to that price.
    const consented = (i: number) => i % 2 === 0;
    const results = await Promise.all(
      requests.map((request, i) =>
        gql(db.current, scene.as.DESK_AGENT, BOOK, {
          variables: { input: bookingInput(scene, { assistanceRequestId: gid.request(request), acceptedPriceCents: consented(i) ? 27_000 : null }) },
        }),
      ),
    );
    const outcomes = results.map((r, i) => {
      expect(r.errors).toBeUndefined();
      const payload = payloadOf<{ intervention: { price: { billable: boolean } } }>(r, "bookHomeIntervention");
      if (payload.userErrors.length) return `refused:${payload.userErrors.map((e) => `${e.code}/${e.rule}`).join()}:${consented(i)}`;
      return payload.intervention.price.billable ? `billable:${consented(i)}` : "free";
    });
    const counts = tally(outcomes);
    expect(counts.free).toBe(1);
    // Only consented bookings are billable; only unconsented ones are refused, always with INT-3.
    for (const key of Object.keys(counts)) expect(["free", "billable:true", "refused:PRICE_NOT_ACCEPTED/INT-3:false"]).toContain(key);
    expect((counts["billable:true"] ?? 0) + (counts["refused:PRICE_NOT_ACCEPTED/INT-3:false"] ?? 0)).toBe(CONCURRENCY - 1);

    const rows = await db.current.db
      .select()
      .from(interventions)
      .where(and(eq(interventions.memberId, scene.member.id), ne(interventions.status, "CANCELLED")));
    expect(rows.filter((r) => r.billingReason === null)).toHaveLength(15);
    // The 15 included hold the 15 allowance slots, once each; the billable ones none.
    expect(
      rows
        .map((r) => r.allowanceSlot)
        .filter((n) => n !== null)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(rows.filter((r) => r.billingReason === "BEYOND_ALLOWANCE").every((r) => r.allowanceSlot === null)).toBe(true);
    expect(rows.filter((r) => r.billingReason === "BEYOND_ALLOWANCE").map((r) => r.priceCents)).toEqual(Array(counts["billable:true"] ?? 0).fill(27_000));
    const audits = await db.current.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.operation, "bookHomeIntervention"), eq(auditLog.onBehalfOfMemberId, scene.member.id)));
    expect(audits).toHaveLength(1 + (counts["billable:true"] ?? 0));
  });

  it("INT-3: cancellations racing bookings never leave more than 15 included, each freed slot goes to one intervention, and no included one is ever priced", async () => {
    const scene = await aScene(db.current);
    await usedInterventions(db.current, scene, 15);
    const included = await db.current.db.select().from(interventions).where(eq(interventions.memberId, scene.member.id));
    const requests = await Promise.all(Array.from({ length: CONCURRENCY }, () => anAssistanceRequest(db.current, scene.member.id)));
    const cancels = included.slice(0, 5).map((row) => gql(db.current, scene.as.DESK_AGENT, CANCEL, { variables: { input: { interventionId: gid.intervention(row) } } }));
    const bookings = requests.map((request) =>
      gql(db.current, scene.as.DESK_AGENT, BOOK, { variables: { input: bookingInput(scene, { assistanceRequestId: gid.request(request), acceptedPriceCents: 27_000 }) } }),
    );
    const results = await Promise.all([...cancels, ...bookings]);
    for (const r of results) expect(r.errors).toBeUndefined();
    const booked = results.slice(5).map((r) => r.data!.bookHomeIntervention);
    // A booking that found a free slot is free (its accepted price was not needed); the others are billable at 270.00.
    const refused = booked.filter((b) => b.userErrors.length > 0);
    for (const b of refused) expect(b.userErrors.map((e: { code: string }) => e.code)).toEqual(["PRICE_NOT_ACCEPTED"]);

    const rows = await db.current.db
      .select()
      .from(interventions)
      .where(and(eq(interventions.memberId, scene.member.id), ne(interventions.status, "CANCELLED")));
    const slots = rows.map((r) => r.allowanceSlot).filter((n) => n !== null);
    expect(slots.sort((a, b) => a! - b!)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(rows.filter((r) => r.allowanceSlot !== null).every((r) => r.billingReason === null && r.priceCents === 0)).toBe(true);
    expect(rows.filter((r) => r.allowanceSlot === null).every((r) => r.billingReason === "BEYOND_ALLOWANCE" && r.priceCents === 27_000)).toBe(true);
    expect(rows).toHaveLength(15 - 5 + CONCURRENCY - refused.length);
  });

  it("BIL-1/INT-3: a cancellation racing the monthly run: a done 16th is either invoiced at its accepted price and stays billable, or re-priced to included and not invoiced", async () => {
    const billing = actors.staff(await aStaffUser(db.current, "BILLING"));
    const scenes = [];
    for (let i = 0; i < 10; i++) {
      const scene = await aScene(db.current);
      await usedInterventions(db.current, scene, 15);
      const done = {
        status: "DONE" as const,
        backupConfirmedAt: new Date("2026-11-18T09:00:00Z"),
        startedAt: new Date("2026-11-19T09:00:00Z"),
        doneAt: new Date("2026-11-19T11:00:00Z"),
      };
      const sixteenth = await anIntervention(db.current, scene, { ...done, startsAt: new Date("2026-11-19T09:00:00Z"), durationMinutes: 90 });
      const [toCancel] = await db.current.db
        .select()
        .from(interventions)
        .where(and(eq(interventions.memberId, scene.member.id), eq(interventions.allowanceSlot, 15)));
      scenes.push({ scene, sixteenth, toCancel: toCancel! });
    }
    expect(scenes.every((s) => s.sixteenth.priceCents === 27_000)).toBe(true);
    const results = await Promise.all([
      gql(db.current, billing, RUN, { variables: { input: { month: "2026-11" } }, clock: new ManualClock("2026-11-30T09:00:00Z") }),
      ...scenes.map(({ scene, toCancel }) => gql(db.current, scene.as.DESK_AGENT, CANCEL, { variables: { input: { interventionId: gid.intervention(toCancel) } } })),
    ]);
    for (const r of results) expect(r.errors).toBeUndefined();
    for (const { sixteenth } of scenes) {
      const [row] = await db.current.db.select().from(interventions).where(eq(interventions.id, sixteenth.id));
      const lines = await db.current.db
        .select()
        .from(invoiceLines)
        .where(and(eq(invoiceLines.sourceKind, "INTERVENTION"), eq(invoiceLines.sourceId, sixteenth.id)));
      if (lines.length) expect([row!.allowanceSlot, row!.priceCents, lines.map((l) => l.ttcCents)]).toEqual([null, 27_000, [27_000]]);
      else expect([row!.allowanceSlot, row!.priceCents]).toEqual([15, 0]);
    }
  });
});
