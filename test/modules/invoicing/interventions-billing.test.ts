import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, interventions, invoiceLines } from "../../../db/schema/index.js";
import { idOfType } from "../../../src/shared/relay.js";
import { gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aStaffUser, actors } from "../../support/factories.js";
import { BOOK, CANCEL, COMPLETE, CONFIRM_BACKUP, QUOTE, REFUSE, SATURDAY_10H, START, WEEKDAY_10H, aScene, bookingInput } from "../interventions/support.js";
import { runMonth } from "./invoicing.support.js";

type Scene = Awaited<ReturnType<typeof aScene>>;

const READS = `{ me { member {
  quotas { interventions { used limit remaining } }
  interventions(first: 30) { edges { node { id status countsInAllowance price { billable billingReason totalCents } } } } } } }`;

/** Friday 27 November 2026, from 09:00 Paris, one half-hour apart: the first 14 of the contract year. */
const FRIDAY_SLOT = (i: number) => new Date(Date.parse("2026-11-27T08:00:00Z") + i * 30 * 60_000).toISOString();

describe("INT-3: the interventions the 15 cover are the ones booked as included; billing bills the accepted price of the others", () => {
  const db = useTestDatabase();
  let billing: ReturnType<typeof actors.staff>;
  const asBilling = async () => (billing ??= actors.staff(await aStaffUser(db.current, "BILLING")));

  const book = async (scene: Scene, input: Record<string, unknown>) => {
    const res = await gql(db.current, scene.as.DESK_AGENT, BOOK, { variables: { input: bookingInput(scene, input) } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.bookHomeIntervention.userErrors).toEqual([]);
    return res.data!.bookHomeIntervention.intervention as { id: string; countsInAllowance: boolean; price: { billable: boolean; totalCents: number } };
  };
  /** INT-6 then done: the member confirms the backup, the technician starts and completes it. */
  const complete = async (scene: Scene, interventionId: string) => {
    const backup = await gql(db.current, scene.as.member, CONFIRM_BACKUP, { variables: { input: { interventionId } } });
    expect(backup.data!.confirmInterventionBackup.userErrors).toEqual([]);
    const started = await gql(db.current, scene.as.TECHNICIAN, START, { variables: { input: { interventionId } } });
    expect(started.data!.startIntervention.userErrors).toEqual([]);
    const done = await gql(db.current, scene.as.TECHNICIAN, COMPLETE, { variables: { input: { interventionId } } });
    expect(done.data!.completeIntervention.intervention.status).toBe("DONE");
  };
  /** The invoice lines of the member's interventions, whoever they are addressed to. */
  const interventionLines = async (scene: Scene) => {
    const rows = await db.current.db.select({ id: interventions.id }).from(interventions).where(eq(interventions.memberId, scene.member.id));
    return db.current.db
      .select({ sourceId: invoiceLines.sourceId, ttcCents: invoiceLines.ttcCents, labelFr: invoiceLines.labelFr })
      .from(invoiceLines)
      .where(
        and(
          eq(invoiceLines.sourceKind, "INTERVENTION"),
          inArray(
            invoiceLines.sourceId,
            rows.map((r) => r.id),
          ),
        ),
      );
  };
  const reads = async (scene: Scene) => {
    const res = await gql(db.current, scene.as.member, READS);
    expect(res.errors).toBeUndefined();
    const member = res.data!.me.member;
    type Node = { id: string; status: string; countsInAllowance: boolean; price: { billable: boolean; billingReason: string | null; totalCents: number } };
    return { quota: member.quotas.interventions, byId: new Map<string, Node>(member.interventions.edges.map((e: { node: Node }) => [e.node.id, e.node])) };
  };
  /** 14 free on Friday 27 November, then the 15th, also free, on Tuesday 1 December 10:00 (a weekday hour: 220.00 € had it been billed). */
  const fifteenIncluded = async (scene: Scene) => {
    const booked = [];
    for (let i = 0; i < 14; i++) booked.push(await book(scene, { startsAt: FRIDAY_SLOT(i), durationMinutes: 30 }));
    booked.push(await book(scene, { startsAt: WEEKDAY_10H, durationMinutes: 60 }));
    for (const b of booked) expect(b.price.billable).toBe(false);
    return booked;
  };
  /** The 16th: Saturday 28 November 10:00 Paris, 1 h 30, out of hours: 100 + 140 + 60 = 300.00 €, quoted then accepted. */
  const sixteenthAccepted = async (scene: Scene) => {
    const quote = await gql(db.current, scene.as.member, QUOTE, { variables: { input: { kind: "TECHNICIAN", startsAt: SATURDAY_10H, durationMinutes: 90 } } });
    expect(quote.data!.interventionQuote.quote).toMatchObject({ free: false, usedInContractYear: 15, priceToAcceptCents: 30_000 });
    const sixteenth = await book(scene, { startsAt: SATURDAY_10H, durationMinutes: 90, acceptedPriceCents: 30_000 });
    expect(sixteenth.price).toMatchObject({ billable: true, totalCents: 30_000 });
    return sixteenth;
  };

  it("INT-3: 15 free completed, a 16th dated earlier than the 15th accepted at 300.00 €: December's run bills one line of 300.00 € for the 16th, nothing for the 15", async () => {
    const scene = await aScene(db.current);
    const fifteen = await fifteenIncluded(scene);
    const sixteenth = await sixteenthAccepted(scene);
    for (const b of [...fifteen, sixteenth]) await complete(scene, b.id);

    const run = await runMonth(db.current, await asBilling(), "2026-12", "2026-12-02");
    expect(run.data!.runMonthlyBilling.userErrors).toEqual([]);
    const lines = await interventionLines(scene);
    expect(lines.map((l) => [l.sourceId, l.ttcCents])).toEqual([[rawId(sixteenth.id), 30_000]]);
    expect(lines[0]!.labelFr).toContain("au-delà des 15");

    // Reads agree with billing: 15 of 15 used, the 15 included and free, the 16th billable at what was billed.
    const { quota, byId } = await reads(scene);
    expect(quota).toEqual({ used: 15, limit: 15, remaining: 0 });
    for (const b of fifteen) expect(byId.get(b.id)).toMatchObject({ status: "DONE", countsInAllowance: true, price: { billable: false, totalCents: 0 } });
    expect(byId.get(sixteenth.id)).toMatchObject({ status: "DONE", countsInAllowance: false, price: { billable: true, billingReason: "BEYOND_ALLOWANCE", totalCents: 30_000 } });

    // A second run bills nothing more.
    await runMonth(db.current, await asBilling(), "2027-01", "2027-01-02");
    expect(await interventionLines(scene)).toHaveLength(1);
  });

  it("INT-3: cancelling one of the first 15 gives its place to the booked 16th (re-priced to included, audited): the member pays for none of them", async () => {
    const scene = await aScene(db.current);
    const fifteen = await fifteenIncluded(scene);
    const sixteenth = await sixteenthAccepted(scene);
    const cancelled = fifteen[3]!;
    const res = await gql(db.current, scene.as.DESK_AGENT, CANCEL, { variables: { input: { interventionId: cancelled.id } } });
    expect(res.data!.cancelIntervention).toMatchObject({ intervention: { status: "CANCELLED", countsInAllowance: false }, userErrors: [] });

    const after = await reads(scene);
    expect(after.quota).toEqual({ used: 15, limit: 15, remaining: 0 });
    expect(after.byId.get(sixteenth.id)).toMatchObject({ status: "BOOKED", countsInAllowance: true, price: { billable: false, billingReason: null, totalCents: 0 } });
    const [row] = await db.current.db
      .select()
      .from(interventions)
      .where(eq(interventions.id, rawId(sixteenth.id)));
    expect(row).toMatchObject({ billingReason: null, priceCents: 0, chargeLines: [] });
    const [audit] = await db.current.db.select().from(auditLog).where(eq(auditLog.requestId, res.requestId));
    expect(audit).toMatchObject({ operation: "cancelIntervention", targetIds: [rawId(cancelled.id), rawId(sixteenth.id)] });
    expect(audit!.details).toMatchObject({ promoted: { interventionId: rawId(sixteenth.id), previousPriceCents: 30_000, priceCents: 0 } });

    for (const b of [...fifteen.filter((b) => b !== cancelled), sixteenth]) await complete(scene, b.id);
    await runMonth(db.current, await asBilling(), "2026-12", "2026-12-02");
    expect(await interventionLines(scene)).toEqual([]);
    // The next booking is the 16th again, at its own price.
    const next = await gql(db.current, scene.as.member, QUOTE, { variables: { input: { kind: "TECHNICIAN", startsAt: WEEKDAY_10H, durationMinutes: 60 } } });
    expect(next.data!.interventionQuote.quote).toMatchObject({ free: false, usedInContractYear: 15, priceToAcceptCents: 22_000 });
  });

  it("INT-3: a 16th already invoiced is not re-priced; the cancelled one's place goes to the next booking, which is free", async () => {
    const scene = await aScene(db.current);
    const fifteen = await fifteenIncluded(scene);
    const sixteenth = await sixteenthAccepted(scene);
    await complete(scene, sixteenth.id);
    await runMonth(db.current, await asBilling(), "2026-11", "2026-11-30");
    expect((await interventionLines(scene)).map((l) => l.ttcCents)).toEqual([30_000]);

    const res = await gql(db.current, scene.as.DESK_AGENT, CANCEL, { variables: { input: { interventionId: fifteen[14]!.id } } });
    expect(res.data!.cancelIntervention.userErrors).toEqual([]);
    const { quota, byId } = await reads(scene);
    expect(quota).toEqual({ used: 14, limit: 15, remaining: 1 });
    expect(byId.get(sixteenth.id)).toMatchObject({ countsInAllowance: false, price: { billable: true, totalCents: 30_000 } });
    const next = await book(scene, { startsAt: "2026-12-02T09:00:00.000Z", durationMinutes: 60 });
    expect(next).toMatchObject({ countsInAllowance: true, price: { billable: false, totalCents: 0 } });
  });

  it("INT-4: a refused intervention keeps its place in the 15 and is never billed, even booked beyond the 15 at an accepted price", async () => {
    const scene = await aScene(db.current);
    const fifteen = await fifteenIncluded(scene);
    const sixteenth = await sixteenthAccepted(scene);
    for (const b of [fifteen[0]!, sixteenth]) {
      const res = await gql(db.current, scene.as.TECHNICIAN, REFUSE, { variables: { input: { interventionId: b.id, reason: "EXTERNAL_CAUSE" } } });
      expect(res.data!.refuseIntervention.userErrors).toEqual([]);
    }
    await runMonth(db.current, await asBilling(), "2026-12", "2026-12-02");
    expect(await interventionLines(scene)).toEqual([]);
    const { quota, byId } = await reads(scene);
    expect(quota).toEqual({ used: 15, limit: 15, remaining: 0 });
    expect(byId.get(fifteen[0]!.id)).toMatchObject({ status: "REFUSED", countsInAllowance: true });
    expect(byId.get(sixteenth.id)).toMatchObject({ status: "REFUSED", countsInAllowance: false });
  });
});

function rawId(globalId: string): string {
  return idOfType(globalId, "Intervention")!;
}
