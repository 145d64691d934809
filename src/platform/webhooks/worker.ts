import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { Clock } from "../../shared/clock.js";
import type { Db } from "../../shared/db.js";
import { isSandboxClock } from "../clock/sandbox-clock.js";
import { rowsOf } from "../events/record.js";
import { eventBody, eventView, type StoredEvent } from "../events/view.js";
import { postWebhook, type PostOutcome } from "./post.js";
import { retryAfterDelay, retryDelay } from "./schedule.js";
import { signedHeaders } from "./signing.js";
import { resolveTarget, type Lookup, type TargetPolicy } from "./target.js";

/**
 * The delivery worker (issue 13, docs/webhooks.md): the outbox read with `FOR UPDATE SKIP LOCKED`,
 * on the API's own database, in every API process.
 *
 * 1. Claim, in a short transaction: due PENDING deliveries of enabled endpoints whose lease is free
 *    or lapsed, `for update skip locked` (two replicas never claim the same row), get a lease token,
 *    a lease end and attempts + 1. Commit.
 * 2. POST, outside any transaction (PGlite has one connection; PostgreSQL would hold row locks for
 *    up to the timeout).
 * 3. Record, in a short transaction: the attempt row, and the delivery's new state, only if the
 *    lease token is still ours. A worker whose lease lapsed mid-attempt (another one has claimed
 *    the delivery since) records nothing: each attempt is recorded once.
 * A worker that dies after 1 leaves a lease that lapses: the delivery is claimed again (at least once).
 */
export interface WebhookWorkerConfig {
  target: TargetPolicy;
  timeoutMs: number;
  /** ≤ 0: no background polling, the caller drives `runOnce` (tests). */
  pollIntervalMs: number;
  leaseMs: number;
  /** Deliveries claimed, and POSTed concurrently, per round (default 10). */
  batchSize?: number;
}

export interface WebhookWorkerOptions {
  database: { db: Db };
  /** Schedules (next attempt, lease, secret expiry): the API's clock, so a sandbox clock moves them. */
  clock: Clock;
  log: Logger;
  config: WebhookWorkerConfig;
  /** Real time for `webhook-timestamp`: receivers check it against their own clock (±5 min). */
  wallClock?: () => number;
  /** DNS, replaceable in tests. */
  lookup?: Lookup;
  /** Hears every attempt made, recorded or not (the metrics' `parnasse_webhook_attempts_total`). */
  onAttempt?: (outcome: string, seconds: number) => void;
}

export interface WebhookWorker {
  /** One round: claims due deliveries, attempts them, records the results. Returns how many were attempted. */
  runOnce(): Promise<number>;
  /** Stops polling and waits for attempts in flight (at most the delivery timeout and a second). */
  stop(): Promise<void>;
}

interface Claimed extends StoredEvent {
  deliveryId: string;
  attempt: number;
  endpointId: string;
  url: string;
  secrets: string[];
}

export function startWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const { database, clock, log, config } = options;
  const db = database.db;
  const wallClock = options.wallClock ?? Date.now;
  const batchSize = config.batchSize ?? 10;
  const inFlight = new Set<Promise<number>>();
  let stopped = false;
  let wake: (() => void) | null = null;

  async function claim(): Promise<{ token: string; rows: Claimed[] }> {
    if (isSandboxClock(clock)) await clock.sync(db);
    const now = clock.now();
    const token = randomUUID();
    const leasedUntil = new Date(now.getTime() + config.leaseMs);
    const rows = await db.transaction(async (tx) => {
      const claimed = rowsOf<{ id: string }>(
        await tx.execute(sql`
          with due as (
            select d.id from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
            where d.status = 'PENDING' and e.status = 'ENABLED' and d.next_attempt_at <= ${now.toISOString()}::timestamptz
              and (d.leased_until is null or d.leased_until <= ${now.toISOString()}::timestamptz)
            order by d.next_attempt_at, d.id
            limit ${batchSize}
            for update of d skip locked
          )
          update webhook_deliveries d set lease_token = ${token}::uuid, leased_until = ${leasedUntil.toISOString()}::timestamptz,
            attempts = d.attempts + 1, updated_at = ${now.toISOString()}::timestamptz
          from due where d.id = due.id
          returning d.id::text as id`),
      );
      if (claimed.length === 0) return [];
      return rowsOf<Claimed>(
        await tx.execute(sql`
          select d.id::text as "deliveryId", d.attempts as attempt, e.id::text as "endpointId", e.url,
            ev.id::text as id, ev.type, ev.member_sequence::int as "memberSequence", ev.object_type as "objectType", ev.object_id::text as "objectId",
            ev.data, ev.occurred_at as "occurredAt",
            array(select s.secret from webhook_secrets s where s.endpoint_id = e.id and (s.expires_at is null or s.expires_at > ${now.toISOString()}::timestamptz)
              order by s.expires_at is not null, s.created_at desc) as secrets
          from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id join events ev on ev.id = d.event_id
          where d.id = any(${`{${claimed.map((c) => c.id).join(",")}}`}::uuid[]) and d.lease_token = ${token}::uuid`),
      );
    });
    return { token, rows: rows.map((r) => ({ ...r, occurredAt: new Date(r.occurredAt), secrets: parseArray(r.secrets) })) };
  }

  async function attempt(token: string, delivery: Claimed): Promise<void> {
    const startedAt = clock.now();
    const started = performance.now();
    const body = eventBody(delivery);
    let outcome: Outcome;
    const target = await resolveTarget(delivery.url, config.target, options.lookup);
    if (!target.ok) outcome = { outcome: "BLOCKED", statusCode: null, error: target.reason, excerpt: null, retryAfter: null };
    else if (delivery.secrets.length === 0) outcome = { outcome: "BLOCKED", statusCode: null, error: "the endpoint has no secret", excerpt: null, retryAfter: null };
    else {
      // webhook-id: the public event id, the same as in the `events` feed and on every retry.
      const headers = signedHeaders(delivery.secrets, eventView(delivery).id, Math.floor(wallClock() / 1000), body);
      outcome = classify(await postWebhook(target, { ...headers }, body, config.timeoutMs), wallClock());
    }
    const durationMs = Math.round(performance.now() - started);
    options.onAttempt?.(outcome.outcome, durationMs / 1000);
    await record(token, delivery, startedAt, durationMs, outcome);
  }

  async function record(token: string, delivery: Claimed, startedAt: Date, durationMs: number, result: Outcome): Promise<void> {
    const now = clock.now();
    const gone = result.statusCode === 410;
    let status: "PENDING" | "SUCCEEDED" | "FAILED";
    let next = now;
    if (result.outcome === "SUCCEEDED") status = "SUCCEEDED";
    else if (gone) status = "FAILED";
    else {
      const delay = retryDelay(delivery.attempt);
      if (delay === null) status = "FAILED";
      else {
        status = "PENDING";
        next = new Date(now.getTime() + (result.retryAfter ?? delay));
      }
    }
    const recorded = await db.transaction(async (tx) => {
      const rows = rowsOf<{ id: string }>(
        await tx.execute(sql`
          with updated as (
            update webhook_deliveries set status = ${status}, next_attempt_at = ${next.toISOString()}::timestamptz, lease_token = null, leased_until = null,
              updated_at = ${now.toISOString()}::timestamptz
            where id = ${delivery.deliveryId}::uuid and lease_token = ${token}::uuid
            returning id, endpoint_id, event_id, attempts
          )
          insert into webhook_attempts (delivery_id, endpoint_id, event_id, attempt, started_at, duration_ms, status_code, outcome, error, response_excerpt)
          select id, endpoint_id, event_id, attempts, ${startedAt.toISOString()}::timestamptz, ${durationMs}, ${result.statusCode}, ${result.outcome}, ${result.error}, ${result.excerpt}
          from updated
          returning id::text as id`),
      );
      if (rows.length === 0 || !gone) return rows.length > 0;
      // 410 Gone: the receiver says the endpoint is no more. Disabled, and its queued deliveries stopped.
      await tx.execute(sql`
        update webhook_endpoints set status = 'DISABLED', disabled_reason = 'GONE', disabled_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
        where id = ${delivery.endpointId}::uuid and status = 'ENABLED'`);
      await tx.execute(sql`
        update webhook_deliveries set status = 'FAILED', lease_token = null, leased_until = null, updated_at = ${now.toISOString()}::timestamptz
        where endpoint_id = ${delivery.endpointId}::uuid and status = 'PENDING'`);
      return true;
    });
    if (!recorded)
      log.warn({ deliveryId: delivery.deliveryId, attempt: delivery.attempt }, "webhook lease lapsed during the attempt: another worker owns the delivery, result not recorded");
    else log.debug({ deliveryId: delivery.deliveryId, attempt: delivery.attempt, outcome: result.outcome, status }, "webhook attempt recorded");
  }

  async function round(): Promise<number> {
    const { token, rows } = await claim();
    await Promise.all(
      rows.map((delivery) =>
        attempt(token, delivery).catch((error: unknown) =>
          log.error({ err: error, deliveryId: delivery.deliveryId }, "webhook attempt could not be recorded; its lease will lapse"),
        ),
      ),
    );
    return rows.length;
  }

  function runOnce(): Promise<number> {
    const run = round();
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run)).catch(() => {});
    return run;
  }

  async function loop(): Promise<void> {
    while (!stopped) {
      let attempted = 0;
      try {
        attempted = await runOnce();
      } catch (error) {
        log.warn({ err: error }, "webhook worker round failed; retrying at the next poll");
      }
      if (stopped || attempted >= batchSize) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, config.pollIntervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  }

  const polling = config.pollIntervalMs > 0 ? loop() : Promise.resolve();

  return {
    runOnce,
    async stop() {
      stopped = true;
      wake?.();
      const bound = new Promise<void>((resolve) => setTimeout(resolve, config.timeoutMs + 1_000).unref());
      await Promise.race([Promise.allSettled([polling, ...inFlight]).then(() => undefined), bound]);
    },
  };
}

interface Outcome {
  outcome: "SUCCEEDED" | "HTTP_ERROR" | "TIMEOUT" | "NETWORK_ERROR" | "REDIRECT" | "BLOCKED";
  statusCode: number | null;
  error: string | null;
  excerpt: string | null;
  /** 429/503 with a readable Retry-After: the delay it asks for (capped). */
  retryAfter: number | null;
}

function classify(result: PostOutcome, wallNow: number): Outcome {
  if (result.kind === "timeout") return { outcome: "TIMEOUT", statusCode: null, error: result.error, excerpt: null, retryAfter: null };
  if (result.kind === "network") return { outcome: "NETWORK_ERROR", statusCode: null, error: result.error, excerpt: null, retryAfter: null };
  const code = result.statusCode;
  const base = { statusCode: code, excerpt: result.excerpt, retryAfter: null };
  if (code >= 200 && code < 300) return { ...base, outcome: "SUCCEEDED", error: null };
  if (code >= 300 && code < 400) return { ...base, outcome: "REDIRECT", error: `redirect not followed (${String(result.headers.location ?? "no location")})`.slice(0, 500) };
  const retryAfter = code === 429 || code === 503 ? retryAfterDelay(header(result.headers["retry-after"]), wallNow) : null;
  return { ...base, outcome: "HTTP_ERROR", error: `HTTP ${code}`, retryAfter };
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** postgres.js returns a text[] as an array, PGlite too; a driver returning the literal `{…}` is parsed. */
function parseArray(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  if (typeof value === "string" && value.startsWith("{")) {
    const inner = value.slice(1, -1);
    return inner ? inner.split(",").map((s) => s.replace(/^"|"$/g, "")) : [];
  }
  return [];
}
