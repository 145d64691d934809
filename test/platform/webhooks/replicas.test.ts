import { eq, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, expect, it } from "vitest";
import { webhookAttempts, webhookDeliveries } from "../../../db/schema/index.js";
import { useTargetPolicy } from "../../../src/platform/webhooks/target.js";
import { startWebhookWorker } from "../../../src/platform/webhooks/worker.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { openDatabase, type Database } from "../../../src/shared/db.js";
import { idOfType } from "../../../src/shared/relay.js";
import { gql, payloadOf, silentLog } from "../../support/api.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { databaseUrlFor, testEnv } from "../../support/env.js";
import { aConciergeCast, SUBMIT } from "../../modules/concierge/concierge.support.js";
import { aReceiver, disableAllEndpoints, LOCAL_POLICY, REGISTER } from "../../modules/webhooks/webhooks.support.js";

/** A second, separate pool on the same PostgreSQL database: another API replica. */
async function anotherConnection(db: Database): Promise<Database> {
  const [row] = (await db.db.execute(sql`select current_database() as name`)) as unknown as { name: string }[];
  return openDatabase(
    { kind: "postgres", url: databaseUrlFor(testEnv.postgresUrl!, row!.name), poolMax: 5, statementTimeoutMs: 15_000, idleInTransactionTimeoutMs: 30_000 },
    { migrate: false },
  );
}

describeOnPostgres("WHK: several replicas on one PostgreSQL", () => {
  const db = useTestDatabase({ poolMax: 12 });
  const clock = new ManualClock("2026-11-26T10:00:00Z");
  const opened: Database[] = [];
  beforeAll(() => useTargetPolicy(LOCAL_POLICY));
  afterAll(async () => {
    await Promise.all(opened.map((d) => d.close()));
  });

  const config = { target: LOCAL_POLICY, timeoutMs: 5_000, pollIntervalMs: 0, leaseMs: 60_000, batchSize: 5 };

  async function setup(answerDelayMs = 0) {
    await disableAllEndpoints(db.current);
    const hook = await aReceiver(() => ({ status: 200, delayMs: answerDelayMs }));
    const cast = await aConciergeCast(db.current);
    const res = await gql(db.current, cast.as.CONCIERGE_PARTNER, REGISTER, { variables: { input: { url: hook.url, eventTypes: ["concierge_request.submitted"] } }, clock });
    const { endpoint, signingKey: secret } = payloadOf(res, "registerWebhookEndpoint");
    return { hook, cast, secret: secret as string, endpointRawId: idOfType(endpoint.id, "WebhookEndpoint")! };
  }

  it("WHK: two workers on two pools deliver 40 events, each attempted exactly once across both", async () => {
    const { hook, cast, secret, endpointRawId } = await setup(20);
    const submitted = await Promise.all(
      Array.from({ length: 40 }, (_, i) => gql(db.current, cast.as.member, SUBMIT, { variables: { input: { category: "RESTAURANT", content: `Demande ${i}` } }, clock })),
    );
    expect(submitted.every((r) => payloadOf(r, "submitConciergeRequest").userErrors.length === 0)).toBe(true);
    const second = await anotherConnection(db.current);
    opened.push(second);
    const workers = [db.current, second].map((database) => startWebhookWorker({ database, clock, log: silentLog, config }));
    const counts = [0, 0];
    // Both replicas poll at once until nothing is left.
    await Promise.all(
      workers.map(async (w, i) => {
        for (;;) {
          const n = await w.runOnce();
          counts[i]! += n;
          if (n === 0) break;
        }
      }),
    );
    expect(counts[0]! + counts[1]!).toBe(40);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBeGreaterThan(0);
    const ids = hook.received.map((r) => String(r.headers["webhook-id"]));
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    for (const r of hook.received) new Webhook(secret).verify(r.body, r.headers as Record<string, string>);
    const deliveries = await db.current.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointRawId));
    expect(deliveries.map((d) => `${d.status}/${d.attempts}`)).toEqual(Array(40).fill("SUCCEEDED/1"));
    const attempts = await db.current.db.select().from(webhookAttempts).where(eq(webhookAttempts.endpointId, endpointRawId));
    expect(attempts).toHaveLength(40);
    await hook.close();
  });

  it("WHK: a crash between the commit and the delivery: a new process (a new pool, a fresh worker) delivers what the dead one committed", async () => {
    const { hook, cast, endpointRawId } = await setup();
    const res = await gql(db.current, cast.as.member, SUBMIT, { variables: { input: { category: "RESTAURANT", content: "Avant le crash" } }, clock });
    expect(payloadOf(res, "submitConciergeRequest").userErrors).toEqual([]);
    const restarted = await anotherConnection(db.current);
    opened.push(restarted);
    expect(await startWebhookWorker({ database: restarted, clock, log: silentLog, config }).runOnce()).toBe(1);
    expect(hook.received).toHaveLength(1);
    const deliveries = await db.current.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointRawId));
    expect(deliveries.map((d) => d.status)).toEqual(["SUCCEEDED"]);
    await hook.close();
  });
});
