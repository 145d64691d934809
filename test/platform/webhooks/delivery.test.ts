import { eq } from "drizzle-orm";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from "../../../db/schema/index.js";
import { newWebhookSecret } from "../../../src/platform/webhooks/signing.js";
import { useTargetPolicy } from "../../../src/platform/webhooks/target.js";
import { startWebhookWorker, type WebhookWorkerConfig } from "../../../src/platform/webhooks/worker.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { idOfType } from "../../../src/shared/relay.js";
import { gql, payloadOf, silentLog } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aConciergeCast, SUBMIT } from "../../modules/concierge/concierge.support.js";
import { aReceiver, ATTEMPTS, disableAllEndpoints, LOCAL_POLICY, REGISTER, ROTATE, type Received } from "../../modules/webhooks/webhooks.support.js";

const T0 = "2026-11-26T10:00:00Z";
const FEED = `query { events(first: 100) { edges { node { id type occurredAt sequence objectType objectId data } } } }`;

const headersOf = (r: Received) => ({
  "webhook-id": String(r.headers["webhook-id"]),
  "webhook-timestamp": String(r.headers["webhook-timestamp"]),
  "webhook-signature": String(r.headers["webhook-signature"]),
});

describe("WHK: delivery to a real receiver", () => {
  const db = useTestDatabase();
  let clock: ManualClock;
  const receivers: { close(): Promise<void> }[] = [];
  beforeAll(() => useTargetPolicy(LOCAL_POLICY));
  beforeEach(async () => {
    clock = new ManualClock(T0);
    await disableAllEndpoints(db.current);
  });
  afterAll(async () => {
    await Promise.allSettled(receivers.map((r) => r.close()));
  });

  const worker = (config: Partial<WebhookWorkerConfig> = {}) =>
    startWebhookWorker({ database: db.current, clock, log: silentLog, config: { target: LOCAL_POLICY, timeoutMs: 2_000, pollIntervalMs: 0, leaseMs: 60_000, ...config } });

  async function receiver(...args: Parameters<typeof aReceiver>) {
    const r = await aReceiver(...args);
    receivers.push(r);
    return r;
  }

  async function partnerWith(url: string, eventTypes: string[] | null = ["concierge_request.submitted"]) {
    const cast = await aConciergeCast(db.current);
    const res = await gql(db.current, cast.as.CONCIERGE_PARTNER, REGISTER, { variables: { input: { url, eventTypes } }, clock });
    const payload = payloadOf(res, "registerWebhookEndpoint");
    expect(payload.userErrors).toEqual([]);
    return { cast, endpoint: payload.endpoint as { id: string }, secret: payload.signingKey as string, endpointRawId: idOfType(payload.endpoint.id, "WebhookEndpoint")! };
  }

  async function submit(cast: Awaited<ReturnType<typeof aConciergeCast>>, content = "Une table pour deux") {
    const res = await gql(db.current, cast.as.member, SUBMIT, { variables: { input: { category: "RESTAURANT", content } }, clock });
    expect(payloadOf(res, "submitConciergeRequest").userErrors).toEqual([]);
    return payloadOf(res, "submitConciergeRequest").request.id as string;
  }

  const deliveriesOf = (endpointRawId: string) => db.current.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointRawId));
  const attemptsOf = (endpointRawId: string) => db.current.db.select().from(webhookAttempts).where(eq(webhookAttempts.endpointId, endpointRawId)).orderBy(webhookAttempts.attempt);

  it("WHK: a member's concierge request is pushed to the partner, verified with standardwebhooks; webhook-id and body are the event the partner reads in `events`", async () => {
    const hook = await receiver();
    const { cast, endpoint, secret, endpointRawId } = await partnerWith(hook.url);
    const requestId = await submit(cast);
    expect(hook.received).toEqual([]); // nothing is sent inside the change's transaction
    expect(await worker().runOnce()).toBe(1);
    expect(hook.received).toHaveLength(1);
    const [request] = hook.received;
    const verified = new Webhook(secret).verify(request!.body, headersOf(request!)) as Record<string, unknown>;
    // The feed shows an event once every older transaction of the cluster has ended (docs/events.md): other test files may hold one briefly.
    let event: Record<string, any> | undefined;
    for (let i = 0; i < 100 && !event; i++) {
      const feed = await gql(db.current, cast.as.CONCIERGE_PARTNER, FEED);
      event = feed.data!.events.edges.map((e: { node: Record<string, unknown> }) => e.node).find((n: Record<string, unknown>) => n.objectId === requestId);
      if (!event) await new Promise((r) => setTimeout(r, 50));
    }
    if (!event) throw new Error("the event never showed in the partner's feed");
    expect(event.type).toBe("concierge_request.submitted");
    expect(request!.headers["webhook-id"]).toBe(event.id);
    expect(verified).toEqual(event);
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(Math.abs(Number(request!.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
    expect((await deliveriesOf(endpointRawId)).map((d) => [d.status, d.attempts, d.leaseToken])).toEqual([["SUCCEEDED", 1, null]]);
    // The partner and the desk read the attempt.
    for (const reader of [cast.as.CONCIERGE_PARTNER, cast.as.DESK_AGENT]) {
      const attempts = await gql(db.current, reader, ATTEMPTS, { variables: { endpointId: endpoint.id, first: 10 } });
      expect(
        attempts.data!.webhookAttempts.edges.map((e: { node: Record<string, unknown> }) => [
          e.node.eventId,
          e.node.attempt,
          e.node.statusCode,
          e.node.outcome,
          e.node.responseExcerpt,
        ]),
      ).toEqual([[event.id, 1, 200, "SUCCEEDED", "ok"]]);
    }
    // Delivered once: a second round finds nothing due.
    expect(await worker().runOnce()).toBe(0);
    expect(hook.received).toHaveLength(1);
  });

  it("WHK: receiver failing, then down, then up: retries on the schedule, with the same webhook-id, and the last one succeeds", async () => {
    const hook = await receiver(() => ({ status: 500, body: "boom" }));
    const { cast, secret, endpointRawId } = await partnerWith(hook.url);
    await submit(cast);
    const w = worker();
    expect(await w.runOnce()).toBe(1);
    let [delivery] = await deliveriesOf(endpointRawId);
    const delay = delivery!.nextAttemptAt.getTime() - clock.now().getTime();
    expect(delivery!.status).toBe("PENDING");
    expect(delay).toBeGreaterThanOrEqual(4_500); // 5 s ± 10 %
    expect(delay).toBeLessThanOrEqual(5_500);
    expect(await w.runOnce()).toBe(0); // not due yet
    await hook.close();
    clock.advance(6_000);
    expect(await w.runOnce()).toBe(1); // connection refused
    [delivery] = await deliveriesOf(endpointRawId);
    const second = delivery!.nextAttemptAt.getTime() - clock.now().getTime();
    expect(second).toBeGreaterThanOrEqual(270_000); // 5 min ± 10 %
    expect(second).toBeLessThanOrEqual(330_000);
    await hook.reopen();
    hook.answerWith(() => ({ status: 204 }));
    clock.advance(331_000);
    expect(await w.runOnce()).toBe(1);
    expect(hook.received).toHaveLength(2);
    expect(hook.received[0]!.headers["webhook-id"]).toBe(hook.received[1]!.headers["webhook-id"]);
    new Webhook(secret).verify(hook.received[1]!.body, headersOf(hook.received[1]!));
    expect((await attemptsOf(endpointRawId)).map((a) => [a.attempt, a.outcome, a.statusCode, a.responseExcerpt])).toEqual([
      [1, "HTTP_ERROR", 500, "boom"],
      [2, "NETWORK_ERROR", null, null],
      [3, "SUCCEEDED", 204, ""],
    ]);
    expect((await deliveriesOf(endpointRawId)).map((d) => [d.status, d.attempts])).toEqual([["SUCCEEDED", 3]]);
  });

  it("WHK: after the 10th failed attempt (about 75 h) the delivery is FAILED and no longer attempted", async () => {
    const hook = await receiver(() => ({ status: 500 }));
    const { cast, endpointRawId } = await partnerWith(hook.url);
    await submit(cast);
    const w = worker();
    const start = clock.now().getTime();
    for (let i = 0; i < 10; i++) {
      expect(await w.runOnce()).toBe(1);
      const [d] = await deliveriesOf(endpointRawId);
      if (i < 9) clock.set(new Date(d!.nextAttemptAt.getTime() + 1));
    }
    const hours = (clock.now().getTime() - start) / 3_600_000;
    expect(hours).toBeGreaterThan(75.6 * 0.9);
    expect(hours).toBeLessThan(75.6 * 1.1);
    expect((await deliveriesOf(endpointRawId)).map((d) => [d.status, d.attempts])).toEqual([["FAILED", 10]]);
    clock.advance(100 * 3_600_000);
    expect(await w.runOnce()).toBe(0);
    expect(hook.received).toHaveLength(10);
  });

  it("WHK: a 410 disables the endpoint; its pending deliveries stop and new events queue nothing for it", async () => {
    const hook = await receiver(() => ({ status: 410, body: "gone" }));
    const { cast, endpointRawId } = await partnerWith(hook.url);
    await submit(cast, "Première");
    await submit(cast, "Deuxième");
    expect(await worker({ batchSize: 1 }).runOnce()).toBe(1);
    const [endpoint] = await db.current.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointRawId));
    expect([endpoint!.status, endpoint!.disabledReason, endpoint!.disabledAt?.toISOString()]).toEqual(["DISABLED", "GONE", T0.replace("Z", ".000Z")]);
    expect((await deliveriesOf(endpointRawId)).map((d) => d.status).sort()).toEqual(["FAILED", "FAILED"]);
    await submit(cast, "Troisième");
    expect(await deliveriesOf(endpointRawId)).toHaveLength(2);
    clock.advance(3_600_000);
    expect(await worker().runOnce()).toBe(0);
    expect(hook.received).toHaveLength(1);
  });

  it("WHK: a slow receiver times out (TIMEOUT, duration about the timeout) and the delivery is retried", async () => {
    const hook = await receiver(() => ({ status: 200, delayMs: 3_000 }));
    const { cast, endpointRawId } = await partnerWith(hook.url);
    await submit(cast);
    const started = Date.now();
    expect(await worker({ timeoutMs: 300 }).runOnce()).toBe(1);
    expect(Date.now() - started).toBeLessThan(2_500);
    const [attempt] = await attemptsOf(endpointRawId);
    expect([attempt!.outcome, attempt!.statusCode]).toEqual(["TIMEOUT", null]);
    expect(attempt!.durationMs).toBeGreaterThanOrEqual(290);
    expect(attempt!.durationMs).toBeLessThan(2_000);
    expect((await deliveriesOf(endpointRawId)).map((d) => d.status)).toEqual(["PENDING"]);
  });

  it("WHK: a signature made with another secret fails verification, as does a tampered body", async () => {
    const hook = await receiver();
    const { cast, secret } = await partnerWith(hook.url);
    await submit(cast);
    await worker().runOnce();
    const [request] = hook.received;
    expect(() => new Webhook(newWebhookSecret()).verify(request!.body, headersOf(request!))).toThrow(WebhookVerificationError);
    expect(() => new Webhook(secret).verify(request!.body.replace("RESTAURANT", "TAXI"), headersOf(request!))).toThrow(WebhookVerificationError);
    expect(() => new Webhook(secret).verify(request!.body, headersOf(request!))).not.toThrow();
  });

  it("WHK: during a rotation's overlap every delivery carries two signatures, each verifiable with its own secret; after it, only the new one", async () => {
    const hook = await receiver();
    const { cast, endpoint, secret: old } = await partnerWith(hook.url);
    const rotated = await gql(db.current, cast.as.CONCIERGE_PARTNER, ROTATE, { variables: { input: { endpointId: endpoint.id, overlapHours: 2 } }, clock });
    const payload = payloadOf(rotated, "rotateWebhookSigningKey");
    expect(payload.userErrors).toEqual([]);
    const fresh = payload.signingKey as string;
    expect(fresh).not.toBe(old);
    expect(payload.endpoint.previousKeyExpiresAt).toBe("2026-11-26T12:00:00.000Z");
    await submit(cast);
    await worker().runOnce();
    const during = hook.received[0]!;
    const signatures = String(during.headers["webhook-signature"]).split(" ");
    expect(signatures).toHaveLength(2);
    const only = (signature: string) => ({ ...headersOf(during), "webhook-signature": signature });
    expect(() => new Webhook(fresh).verify(during.body, only(signatures[0]!))).not.toThrow();
    expect(() => new Webhook(old).verify(during.body, only(signatures[1]!))).not.toThrow();
    expect(() => new Webhook(old).verify(during.body, only(signatures[0]!))).toThrow(WebhookVerificationError);
    clock.advance(2 * 3_600_000 + 1);
    await submit(cast, "Après le recouvrement");
    await worker().runOnce();
    const after = hook.received[1]!;
    expect(String(after.headers["webhook-signature"]).split(" ")).toHaveLength(1);
    expect(() => new Webhook(fresh).verify(after.body, headersOf(after))).not.toThrow();
    expect(() => new Webhook(old).verify(after.body, headersOf(after))).toThrow(WebhookVerificationError);
  });

  it("WHK: 429 and 503 with Retry-After (seconds or an HTTP date) set the next attempt accordingly; without it the schedule applies", async () => {
    const answers = [
      { status: 429, headers: { "retry-after": "120" } },
      { status: 503, headers: { "retry-after": new Date(Date.now() + 600_000).toUTCString() } },
      { status: 429, headers: { "retry-after": String(10 * 24 * 3600) } },
      { status: 503 },
    ];
    const hook = await receiver((_r, i) => answers[i]!);
    const { cast, endpointRawId } = await partnerWith(hook.url);
    await submit(cast);
    const w = worker();
    const delays: number[] = [];
    for (let i = 0; i < answers.length; i++) {
      expect(await w.runOnce()).toBe(1);
      const [d] = await deliveriesOf(endpointRawId);
      delays.push(d!.nextAttemptAt.getTime() - clock.now().getTime());
      clock.set(d!.nextAttemptAt);
    }
    expect(delays[0]).toBe(120_000);
    expect(delays[1]).toBeGreaterThan(595_000); // the date, read against real time
    expect(delays[1]).toBeLessThanOrEqual(600_000);
    expect(delays[2]).toBe(24 * 3_600_000); // capped
    expect(delays[3]).toBeGreaterThanOrEqual(2 * 3_600_000 * 0.9); // the 4th retry of the schedule: 2 h ± 10 %
    expect(delays[3]).toBeLessThanOrEqual(2 * 3_600_000 * 1.1);
    expect((await attemptsOf(endpointRawId)).map((a) => a.statusCode)).toEqual([429, 503, 429, 503]);
  });

  it("WHK: a 3xx is not followed: the target of the redirect receives nothing, the attempt is a REDIRECT and is retried", async () => {
    const elsewhere = await receiver();
    const hook = await receiver(() => ({ status: 307, headers: { location: elsewhere.url } }));
    const { cast, endpointRawId } = await partnerWith(hook.url);
    await submit(cast);
    await worker().runOnce();
    expect(hook.received).toHaveLength(1);
    expect(elsewhere.received).toHaveLength(0);
    const [attempt] = await attemptsOf(endpointRawId);
    expect([attempt!.outcome, attempt!.statusCode]).toEqual(["REDIRECT", 307]);
    expect(attempt!.error).toContain(elsewhere.url);
    expect((await deliveriesOf(endpointRawId)).map((d) => d.status)).toEqual(["PENDING"]);
  });

  it("WHK: only the first kilobyte of the answer is kept", async () => {
    const hook = await receiver(() => ({ status: 200, body: "é".repeat(2_000) }));
    const { cast, endpointRawId } = await partnerWith(hook.url);
    await submit(cast);
    await worker().runOnce();
    const [attempt] = await attemptsOf(endpointRawId);
    expect(Buffer.byteLength(attempt!.responseExcerpt!)).toBe(1_024);
  });

  it("WHK: the check is made again at delivery time: a target no longer allowed (DNS rebinding, a stricter policy) is BLOCKED and receives nothing", async () => {
    const hook = await receiver();
    const { cast, endpointRawId } = await partnerWith(hook.url);
    await submit(cast);
    await worker({ target: { requireHttps: false, allowedHosts: [], allowPrivate: false } }).runOnce();
    expect(hook.received).toHaveLength(0);
    const [attempt] = await attemptsOf(endpointRawId);
    expect([attempt!.outcome, attempt!.statusCode]).toEqual(["BLOCKED", null]);
    expect(attempt!.error).toMatch(/127\.0\.0\.1/);
    // A name that resolved to a public address at registration and now resolves to loopback.
    const rebinding = startWebhookWorker({
      database: db.current,
      clock,
      log: silentLog,
      lookup: async () => [{ address: "127.0.0.1", family: 4 }],
      config: { target: { requireHttps: false, allowedHosts: [], allowPrivate: false }, timeoutMs: 1_000, pollIntervalMs: 0, leaseMs: 60_000 },
    });
    await db.current.db
      .update(webhookEndpoints)
      .set({ url: `http://hooks.example.com:${hook.port}/hooks` })
      .where(eq(webhookEndpoints.id, endpointRawId));
    clock.advance(60_000);
    expect(await rebinding.runOnce()).toBe(1);
    expect(hook.received).toHaveLength(0);
    expect((await attemptsOf(endpointRawId)).map((a) => a.outcome)).toEqual(["BLOCKED", "BLOCKED"]);
  });

  it("WHK: a crash between the commit and the delivery still delivers: the change committed with its delivery, a fresh worker sends it", async () => {
    const hook = await receiver();
    const { cast, endpointRawId } = await partnerWith(hook.url);
    await submit(cast);
    // No worker ran: the process "died" after the commit. The delivery is in the database.
    expect((await deliveriesOf(endpointRawId)).map((d) => [d.status, d.attempts])).toEqual([["PENDING", 0]]);
    expect(await worker().runOnce()).toBe(1);
    expect(hook.received).toHaveLength(1);
    expect((await deliveriesOf(endpointRawId)).map((d) => d.status)).toEqual(["SUCCEEDED"]);
  });

  it("WHK: a worker that dies after claiming leaves a lease that lapses: another worker delivers once the lease has expired, not before", async () => {
    const hook = await receiver();
    const { cast, endpointRawId } = await partnerWith(hook.url);
    await submit(cast);
    // The claim committed (lease taken, attempts 1), then the process died before the POST.
    await db.current.db
      .update(webhookDeliveries)
      .set({ leaseToken: "00000000-0000-4000-8000-00000000dead", leasedUntil: new Date(clock.now().getTime() + 60_000), attempts: 1 })
      .where(eq(webhookDeliveries.endpointId, endpointRawId));
    expect(await worker().runOnce()).toBe(0);
    clock.advance(60_001);
    expect(await worker().runOnce()).toBe(1);
    expect(hook.received).toHaveLength(1);
    expect((await attemptsOf(endpointRawId)).map((a) => [a.attempt, a.outcome])).toEqual([[2, "SUCCEEDED"]]);
  });

  it("WHK: a lease that expired mid-attempt is retried once by another worker; the late worker's result is not recorded", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const hook = await receiver(async (_r, i) => {
      if (i === 0) await held;
      return { status: 200, body: i === 0 ? "late" : "second" };
    });
    const { cast, endpointRawId } = await partnerWith(hook.url);
    await submit(cast);
    const slow = worker({ timeoutMs: 10_000, leaseMs: 1_000 });
    const first = slow.runOnce();
    while (hook.received.length === 0) await new Promise((r) => setTimeout(r, 10));
    clock.advance(1_001); // the slow worker's lease has lapsed
    expect(await worker({ leaseMs: 1_000 }).runOnce()).toBe(1);
    expect(await worker({ leaseMs: 1_000 }).runOnce()).toBe(0); // retried once, not again
    release();
    expect(await first).toBe(1);
    expect(hook.received).toHaveLength(2);
    expect(hook.received[0]!.headers["webhook-id"]).toBe(hook.received[1]!.headers["webhook-id"]);
    expect((await attemptsOf(endpointRawId)).map((a) => [a.attempt, a.outcome, a.responseExcerpt])).toEqual([[2, "SUCCEEDED", "second"]]);
    expect((await deliveriesOf(endpointRawId)).map((d) => [d.status, d.attempts, d.leaseToken])).toEqual([["SUCCEEDED", 2, null]]);
  });

  it("WHK: the polling worker delivers by itself, and stop() waits for the attempt in flight", async () => {
    const hook = await receiver(() => ({ status: 200, delayMs: 200 }));
    const { cast, endpointRawId } = await partnerWith(hook.url);
    await submit(cast);
    const polling = worker({ pollIntervalMs: 20 });
    while (hook.received.length === 0) await new Promise((r) => setTimeout(r, 10));
    await polling.stop();
    expect((await deliveriesOf(endpointRawId)).map((d) => d.status)).toEqual(["SUCCEEDED"]);
  });
});
