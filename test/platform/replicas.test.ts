import { randomBytes, randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { auditLog, devices, events, webhookAttempts } from "../../db/schema/index.js";
import { toGlobalId } from "../../src/shared/relay.js";
import { SUBMIT, aConciergeCast } from "../modules/concierge/concierge.support.js";
import { mintToken } from "../../src/authz/tokens.js";
import type { RunningApi } from "../../src/runtime.js";
import { ManualClock } from "../../src/shared/clock.js";
import { openDatabase, type Database } from "../../src/shared/db.js";
import { DESIGNATE, deviceInput } from "../modules/devices/devices.support.js";
import { tally } from "../support/assertions.js";
import { describeOnPostgres } from "../support/db.js";
import { databaseUrlFor, testEnv } from "../support/env.js";
import { aMember, anOption } from "../support/factories.js";
import { post, serve, testConfig } from "../support/http.js";
import { NOW, aBookingScene, book, effects } from "./idempotency/support.js";

/**
 * Issue 13 § 4: two API processes on one PostgreSQL give the guarantees of one. Each server has
 * its own Database (its own postgres.js pool), as two replicas behind a load balancer would; they
 * share nothing but the database.
 */
describeOnPostgres("REPLICAS: two API servers on one PostgreSQL database", () => {
  let drop: () => Promise<void>;
  let one: RunningApi;
  let two: RunningApi;
  let database: Database;

  beforeAll(async () => {
    const { default: postgres } = await import("postgres");
    const base = testEnv.postgresUrl!;
    const name = `parnasse_replicas_${randomBytes(6).toString("hex")}`;
    const admin = postgres(base, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${inject("postgresTemplateDb")}`);
    drop = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
    const open = () =>
      openDatabase({ kind: "postgres", url: databaseUrlFor(base, name), poolMax: 10, statementTimeoutMs: 15_000, idleInTransactionTimeoutMs: 30_000 }, { migrate: false });
    const clock = new ManualClock(NOW);
    one = await serve(await open(), {}, { clock });
    two = await serve(await open(), {}, { clock });
    database = one.database;
  });
  afterAll(async () => {
    await one?.stop();
    await two?.stop();
    await drop?.();
  });

  it("REPLICAS: idempotency keys hold across both: 30 concurrent identical keyed bookings split across both give one effect", async () => {
    const scene = await aBookingScene(database);
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => book(i % 2 === 0 ? one.url : two.url, scene, key)));
    const outcomes = results.map((r) => {
      if (r.status === 409) return `in-flight:${r.json.errors[0].extensions.code}`;
      expect(r.status).toBe(200);
      expect(r.json.data.bookHomeIntervention.userErrors).toEqual([]);
      return r.json.extensions.idempotency.replayed ? "replayed" : "executed";
    });
    const counts = tally(outcomes);
    expect(counts.executed).toBe(1);
    expect((counts.replayed ?? 0) + (counts["in-flight:IDEMPOTENCY_REQUEST_IN_PROGRESS"] ?? 0)).toBe(29);
    expect(await effects(database, scene)).toEqual({ interventions: 1, audits: 1, events: 1, keys: 1 });
    // Afterwards, either server replays the one answer.
    for (const url of [one.url, two.url]) expect((await book(url, scene, key)).json.extensions.idempotency.replayed).toBe(true);
  });

  it("REPLICAS: a quota race split across both stays exact (20 devices): 40 concurrent designations, 20 accepted, 20 refused DEV-1", async () => {
    const member = await aMember(database);
    await anOption(database, member.id);
    const token = await mintToken(testConfig().auth, { role: "MEMBER", subjectId: member.id, memberId: member.id });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        post(i % 2 === 0 ? one.url : two.url, { query: DESIGNATE, variables: { input: deviceInput({ name: `Appareil ${i}` }) } }, { authorization: `Bearer ${token}` }),
      ),
    );
    const outcomes = results.map((r) => {
      expect(r.status).toBe(200);
      expect(r.json.errors).toBeUndefined();
      const errors = r.json.data.designateDevice.userErrors as { code: string; rule: string }[];
      return errors.map((e) => `${e.code}/${e.rule}`).join(",") || "ok";
    });
    expect(tally(outcomes)).toEqual({ ok: 20, "DEVICE_LIMIT_REACHED/DEV-1": 20 });
    const active = await database.db
      .select()
      .from(devices)
      .where(and(eq(devices.memberId, member.id), isNull(devices.removedAt)));
    expect(active).toHaveLength(20);
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.operation, "designateDevice"), eq(auditLog.onBehalfOfMemberId, member.id)));
    expect(audits).toHaveLength(20);
  });

  it("REPLICAS: webhooks are delivered once per attempt: 30 concierge requests submitted across both, both workers running, each event received once", async () => {
    const cast = await aConciergeCast(database);
    const received: string[] = [];
    const receiver = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        received.push(String(req.headers["webhook-id"]));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    try {
      const auth = testConfig().auth;
      const partner = await mintToken(auth, { role: "CONCIERGE_PARTNER", subjectId: cast.staff.CONCIERGE_PARTNER.id });
      const member = await mintToken(auth, { role: "MEMBER", subjectId: cast.member.id, memberId: cast.member.id });
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
      const registered = await post(
        one.url,
        {
          query: `mutation($url: String!) { registerWebhookEndpoint(input: { url: $url, eventTypes: ["concierge_request.submitted"] }) { endpoint { id } userErrors { code } } }`,
          variables: { url },
        },
        { authorization: `Bearer ${partner}` },
      );
      expect(registered.json.data.registerWebhookEndpoint.userErrors).toEqual([]);
      const submitted = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          post(
            i % 2 === 0 ? one.url : two.url,
            { query: SUBMIT, variables: { input: { category: "RESTAURANT", content: `Demande ${i}` } } },
            { authorization: `Bearer ${member}` },
          ),
        ),
      );
      expect(submitted.map((r) => r.json.data.submitConciergeRequest.userErrors)).toEqual(Array.from({ length: 30 }, () => []));
      const ids = (await database.db.select({ id: events.id }).from(events).where(eq(events.type, "concierge_request.submitted"))).map((e) => toGlobalId("Event", e.id));
      expect(ids).toHaveLength(30);
      // Both servers poll every second: wait for the 30, then two more polls of each for a duplicate to show.
      const deadline = Date.now() + 20_000;
      while (received.length < 30 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect([...received].sort()).toEqual([...ids].sort());
      const attempts = await database.db.select({ outcome: webhookAttempts.outcome }).from(webhookAttempts);
      expect(tally(attempts.map((a) => a.outcome))).toEqual({ SUCCEEDED: 30 });
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});
