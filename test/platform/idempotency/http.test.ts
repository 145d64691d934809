import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idempotencyKeys } from "../../../db/schema/index.js";
import type { RunningApi } from "../../../src/runtime.js";
import { ManualClock } from "../../../src/shared/clock.js";
import type { Database } from "../../../src/shared/db.js";
import { createTestDatabase } from "../../support/db.js";
import { post, serve } from "../../support/http.js";
import { NOW, aBookingScene, book, effects, sendAndHangUp, waitFor, BOOK, bookingInput } from "./support.js";

describe("IDEM: idempotency keys through the HTTP handler", () => {
  let database: Database;
  let api: RunningApi;
  const clock = new ManualClock(NOW);

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await serve(database, {}, { clock });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it("IDEM: the same key with the same request replays the first answer byte for byte, marked replayed, and writes nothing more", async () => {
    const scene = await aBookingScene(database);
    const key = randomUUID();
    const first = await book(api.url, scene, key);
    expect(first.status).toBe(200);
    expect(first.json.errors).toBeUndefined();
    expect(first.json.data.bookHomeIntervention.userErrors).toEqual([]);
    expect(first.json.extensions.idempotency).toEqual({ key, replayed: false });
    expect(first.headers.get("idempotency-replayed")).toBeNull();
    const after = await effects(database, scene);
    expect(after).toEqual({ interventions: 1, audits: 1, events: 1, keys: 1 });

    for (let i = 0; i < 2; i++) {
      const again = await book(api.url, scene, key);
      expect(again.status).toBe(200);
      expect(JSON.stringify(again.json.data)).toBe(JSON.stringify(first.json.data));
      expect(again.json.extensions.idempotency).toEqual({ key, replayed: true });
      expect(again.headers.get("idempotency-replayed")).toBe("true");
    }
    expect(await effects(database, scene)).toEqual(after);
    const [record] = await database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
    expect(record).toMatchObject({ scope: `DESK_AGENT:${scene.staff.DESK_AGENT.id}`, httpStatus: 200, createdAt: new Date(NOW) });
    expect(record!.expiresAt.getTime() - record!.createdAt.getTime()).toBe(24 * 3_600_000);
    expect(record!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it("IDEM: a different layout of the same request (whitespace, variable order) is the same request and replays", async () => {
    const scene = await aBookingScene(database);
    const key = randomUUID();
    const first = await book(api.url, scene, key);
    const input = bookingInput(scene);
    const reordered = Object.fromEntries(Object.entries(input).reverse());
    const again = await post(api.url, { query: `\n  ${BOOK.replace(/ /g, "   ")}\n`, variables: { input: reordered } }, { authorization: scene.auth, "idempotency-key": key });
    expect(again.json.extensions.idempotency).toEqual({ key, replayed: true });
    expect(JSON.stringify(again.json.data)).toBe(JSON.stringify(first.json.data));
    expect(await effects(database, scene)).toMatchObject({ interventions: 1, audits: 1, keys: 1 });
  });

  it("IDEM: the same key with other variables or another operation is refused 422 IDEMPOTENCY_KEY_REUSED and nothing is written", async () => {
    const scene = await aBookingScene(database);
    const key = randomUUID();
    await book(api.url, scene, key);
    const before = await effects(database, scene);
    const other = await book(api.url, scene, key, { durationMinutes: 60 });
    expect(other.status).toBe(422);
    expect(other.json.data).toBeUndefined();
    expect(other.json.errors).toHaveLength(1);
    expect(other.json.errors[0]).toMatchObject({ extensions: { code: "IDEMPOTENCY_KEY_REUSED" } });
    expect(other.json.errors[0].message).toMatch(/déjà servi/);
    const english = await post(
      api.url,
      { query: "mutation($input: InterventionIdInput!) { cancelIntervention(input: $input) { userErrors { code } } }", variables: { input: { interventionId: "x" } } },
      { authorization: scene.auth, "idempotency-key": key, "accept-language": "en" },
    );
    expect(english.status).toBe(422);
    expect(english.json.errors[0].message).toBe("This idempotency key was already used for another request (another operation or other variables). Use a new key.");
    expect(await effects(database, scene)).toEqual(before);
  });

  it("IDEM: a booking without a key answers 400 IDEMPOTENCY_KEY_REQUIRED and executes nothing, in French and English", async () => {
    const scene = await aBookingScene(database);
    const res = await book(api.url, scene, null);
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(["IDEMPOTENCY_KEY_REQUIRED"]);
    expect(res.json.errors[0].message).toMatch(/^Cette mutation réserve ou facture/);
    const en = await book(api.url, scene, null, {}, { "accept-language": "en" });
    expect(en.json.errors[0].message).toMatch(/^This mutation books or bills/);
    expect(await effects(database, scene)).toEqual({ interventions: 0, audits: 0, events: 0, keys: 0 });
  });

  it("IDEM: an invalid key (over 255 characters, not printable ASCII, or from an anonymous caller) answers 400 IDEMPOTENCY_KEY_INVALID", async () => {
    const scene = await aBookingScene(database);
    for (const key of ["k".repeat(256), "clé-à-accents"]) {
      const res = await book(api.url, scene, key);
      expect(res.status).toBe(400);
      expect(res.json.errors[0].extensions.code).toBe("IDEMPOTENCY_KEY_INVALID");
    }
    // 255 characters is the limit, accepted.
    expect((await book(api.url, scene, "k".repeat(255))).status).toBe(200);
    const anonymous = await post(api.url, { query: BOOK, variables: { input: bookingInput(scene) } }, { "idempotency-key": randomUUID() });
    expect(anonymous.status).toBe(400);
    expect(anonymous.json.errors[0].extensions.code).toBe("IDEMPOTENCY_KEY_INVALID");
    expect(await effects(database, scene)).toMatchObject({ interventions: 1, audits: 1, keys: 1 });
  });

  it("IDEM: on a query the header is ignored: nothing is stored and nothing is marked", async () => {
    const scene = await aBookingScene(database);
    const key = randomUUID();
    for (const k of [key, "k".repeat(300)]) {
      const res = await post(api.url, { query: "{ me { role } }" }, { authorization: scene.auth, "idempotency-key": k });
      expect(res.status).toBe(200);
      expect(res.json.data).toEqual({ me: { role: "DESK_AGENT" } });
      expect(res.json.extensions.idempotency).toBeUndefined();
    }
    expect(await effects(database, scene)).toMatchObject({ keys: 0 });
  });

  it("IDEM: a refusal (userErrors) is stored and replayed as a refusal, its domain writes rolled back by the savepoint", async () => {
    const scene = await aBookingScene(database);
    const key = randomUUID();
    const past = "2026-11-20T09:00:00.000Z";
    const first = await book(api.url, scene, key, { startsAt: past });
    expect(first.status).toBe(200);
    expect(first.json.data.bookHomeIntervention.userErrors).toEqual([
      { code: "SLOT_IN_PAST", message: "Le créneau doit commencer dans le futur.", field: ["input", "startsAt"], rule: "INT-2" },
    ]);
    expect(first.json.extensions.idempotency.replayed).toBe(false);
    expect(await effects(database, scene)).toEqual({ interventions: 0, audits: 0, events: 0, keys: 1 });
    const again = await book(api.url, scene, key, { startsAt: past });
    expect(again.json.extensions.idempotency.replayed).toBe(true);
    expect(JSON.stringify(again.json.data)).toBe(JSON.stringify(first.json.data));
    expect(await effects(database, scene)).toEqual({ interventions: 0, audits: 0, events: 0, keys: 1 });
  });

  it("IDEM: keys are scoped to the caller: another desk agent with the same key executes independently", async () => {
    const one = await aBookingScene(database);
    const two = await aBookingScene(database);
    const key = `shared-${randomUUID()}`;
    const first = await book(api.url, one, key);
    const second = await book(api.url, two, key);
    for (const res of [first, second]) {
      expect(res.status).toBe(200);
      expect(res.json.extensions.idempotency).toEqual({ key, replayed: false });
      expect(res.json.data.bookHomeIntervention.userErrors).toEqual([]);
    }
    expect(second.json.data.bookHomeIntervention.intervention.id).not.toBe(first.json.data.bookHomeIntervention.intervention.id);
    expect(await effects(database, one)).toMatchObject({ interventions: 1, audits: 1, keys: 1 });
    expect(await effects(database, two)).toMatchObject({ interventions: 1, audits: 1, keys: 1 });
  });

  it("IDEM: once expired (24 h on the clock) a key executes again, as a new request", async () => {
    const scene = await aBookingScene(database);
    const key = randomUUID();
    const first = await book(api.url, scene, key);
    expect(first.json.extensions.idempotency.replayed).toBe(false);
    clock.advance(24 * 3_600_000 - 1_000);
    expect((await book(api.url, scene, key)).json.extensions.idempotency.replayed).toBe(true);
    clock.advance(2_000);
    try {
      const later = await book(api.url, scene, key);
      expect(later.status).toBe(200);
      expect(later.json.extensions.idempotency).toEqual({ key, replayed: false });
      const [record] = await database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
      expect(record!.createdAt).toEqual(clock.now());
      // It executed: the booking ran again (and wrote its own audit row if it was accepted).
      const state = await effects(database, scene);
      expect(state.keys).toBe(1);
      expect(state.audits).toBe(later.json.data.bookHomeIntervention.userErrors.length === 0 ? 2 : 1);
    } finally {
      clock.set(NOW);
    }
  });

  it("IDEM: a crash after the commit (the client never got the answer) replays when the client resends", async () => {
    const scene = await aBookingScene(database);
    const key = randomUUID();
    await sendAndHangUp(api.url, { query: BOOK, variables: { input: bookingInput(scene) } }, { authorization: scene.auth, "idempotency-key": key });
    await waitFor(async () => (await effects(database, scene)).keys === 1);
    const resent = await book(api.url, scene, key);
    expect(resent.status).toBe(200);
    expect(resent.json.extensions.idempotency).toEqual({ key, replayed: true });
    expect(resent.json.data.bookHomeIntervention.userErrors).toEqual([]);
    expect(await effects(database, scene)).toEqual({ interventions: 1, audits: 1, events: 1, keys: 1 });
  });

  it("IDEM: the answer is stored in the effect's transaction: when storing it fails, the booking is rolled back too", async () => {
    const scene = await aBookingScene(database);
    const key = `boom-${randomUUID()}`;
    await database.db.execute(sql.raw(`create function idem_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`));
    await database.db.execute(
      sql.raw(`create trigger idem_test_refuse before insert on idempotency_keys for each row when (new.key = '${key}') execute function idem_test_refuse()`),
    );
    try {
      const res = await book(api.url, scene, key);
      expect(res.status).toBe(500);
      expect(res.json.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(["INTERNAL_SERVER_ERROR"]);
      expect(await effects(database, scene)).toEqual({ interventions: 0, audits: 0, events: 0, keys: 0 });
    } finally {
      await database.db.execute(sql.raw("drop trigger idem_test_refuse on idempotency_keys"));
      await database.db.execute(sql.raw("drop function idem_test_refuse()"));
    }
    // The client retries with the same key: it executes, once.
    const retried = await book(api.url, scene, key);
    expect(retried.json.extensions.idempotency).toEqual({ key, replayed: false });
    expect(await effects(database, scene)).toEqual({ interventions: 1, audits: 1, events: 1, keys: 1 });
  });
});
