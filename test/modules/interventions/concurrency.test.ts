import { and, eq, ne } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, interventions } from "../../../db/schema/index.js";
import { gql } from "../../support/api.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { BOOK, aScene, anAssistanceRequest, bookingInput, gid, usedInterventions } from "./support.js";

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
      const payload = r.data!.bookHomeIntervention;
      if (payload.userErrors.length) return `refused:${payload.userErrors.map((e: { code: string; rule: string }) => `${e.code}/${e.rule}`).join()}:${consented(i)}`;
      return payload.intervention.price.billable ? `billable:${consented(i)}` : "free";
    });
    const tally = outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o]: (acc[o] ?? 0) + 1 }), {});
    expect(tally.free).toBe(1);
    // Only consented bookings are billable; only unconsented ones are refused, always with INT-3.
    for (const key of Object.keys(tally)) expect(["free", "billable:true", "refused:PRICE_NOT_ACCEPTED/INT-3:false"]).toContain(key);
    expect((tally["billable:true"] ?? 0) + (tally["refused:PRICE_NOT_ACCEPTED/INT-3:false"] ?? 0)).toBe(CONCURRENCY - 1);

    const rows = await db.current.db.select().from(interventions).where(and(eq(interventions.memberId, scene.member.id), ne(interventions.status, "CANCELLED")));
    expect(rows.filter((r) => r.billingReason === null)).toHaveLength(15);
    expect(rows.filter((r) => r.billingReason === "BEYOND_ALLOWANCE").map((r) => r.priceCents)).toEqual(Array(tally["billable:true"] ?? 0).fill(27_000));
    const audits = await db.current.db.select().from(auditLog).where(and(eq(auditLog.operation, "bookHomeIntervention"), eq(auditLog.onBehalfOfMemberId, scene.member.id)));
    expect(audits).toHaveLength(1 + (tally["billable:true"] ?? 0));
  });
});
