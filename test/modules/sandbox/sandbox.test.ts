import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, events, sandboxClock } from "../../../db/schema/index.js";
import { ConfigError, loadConfig } from "../../../src/config.js";
import type { Actor } from "../../../src/authz/actor.js";
import { SandboxClock } from "../../../src/platform/clock/sandbox-clock.js";
import { sweepDueEvents } from "../../../src/platform/events/due.js";
import { ManualClock } from "../../../src/shared/clock.js";
import type { Database } from "../../../src/shared/db.js";
import { parisDate } from "../../../src/shared/paris-time.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, payloadOf } from "../../support/api.js";
import { countRows } from "../../support/assertions.js";
import { createTestDatabase, describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aCast, aMember, anOption, actors } from "../../support/factories.js";
import { eventsSettled } from "../../support/events.js";
import { post, serve, testConfig } from "../../support/http.js";
import { mintToken } from "../../../src/authz/tokens.js";
import { givePremises } from "../options/support.js";
import { ACCEPT, aQuotedRequest, quoteGid } from "../quotes/quotes.support.js";
import { RUN } from "../invoicing/invoicing.support.js";
import { anInvoice } from "../collections/collections.support.js";

const REAL = Date.parse("2026-11-26T10:00:00Z");
/** A replica's clock: real time frozen at REAL, plus the deployment's offset once synced. */
const replica = () => new SandboxClock(() => REAL);
const DAY = 86_400_000;

const STATE = `{ sandboxClock { enabled now offsetSeconds } }`;
const ADVANCE = `mutation($input: AdvanceSandboxClockInput!) { advanceSandboxClock(input: $input) {
  move { from dueEvents clock { enabled now offsetSeconds } } userErrors { code rule message field } } }`;

async function advance(db: Database, actor: Actor | null, input: Record<string, unknown>, options: { clock?: SandboxClock | ManualClock; locale?: "fr" | "en" } = {}) {
  return gql(db, actor, ADVANCE, { variables: { input }, clock: options.clock ?? replica(), locale: options.locale });
}

/** A replica's clock after its per-request sync (the server's plugin does it; in-process calls do it here). */
async function synced(db: Database): Promise<SandboxClock> {
  const clock = replica();
  await clock.sync(db.db);
  return clock;
}

async function sandboxNow(db: Database): Promise<Date> {
  return (await synced(db)).now();
}

describe("sandbox clock", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  it("SBX: outside a sandbox the clock does not move: SANDBOX_DISABLED, nothing written", async () => {
    const manual = new ManualClock("2026-11-26T10:00:00Z");
    const state = await gql(db.current, cast.as.member, STATE, { clock: manual });
    expect(state.data!.sandboxClock).toEqual({ enabled: false, now: "2026-11-26T10:00:00.000Z", offsetSeconds: 0 });
    const [audits, rows] = [await countRows(db.current, auditLog), await countRows(db.current, sandboxClock)];
    const res = await advance(db.current, cast.as.DESK_AGENT, { days: 1 }, { clock: manual });
    expect(payloadOf(res, "advanceSandboxClock")).toMatchObject({ move: null, userErrors: [{ code: "SANDBOX_DISABLED", rule: null, field: null }] });
    expect([await countRows(db.current, auditLog), await countRows(db.current, sandboxClock)]).toEqual([audits, rows]);
  });

  it("SBX: a move is seen by every replica, is audited, and adds up; time never goes back", async () => {
    const before = await sandboxNow(db.current);
    const res = await advance(db.current, cast.as.DESK_AGENT, { days: 2, hours: 3 });
    const move = payloadOf(res, "advanceSandboxClock");
    expect(move.userErrors).toEqual([]);
    const expected = new Date(before.getTime() + 2 * DAY + 3 * 3_600_000);
    expect(move.move).toMatchObject({ from: before.toISOString(), clock: { enabled: true, now: expected.toISOString() } });
    // Another replica (its own clock object) reads the same time at its next request.
    const other = await gql(db.current, cast.as.payer, STATE, { clock: replica() });
    expect(other.data!.sandboxClock).toEqual({ enabled: true, now: expected.toISOString(), offsetSeconds: (expected.getTime() - REAL) / 1000 });
    const audit = await db.current.db.select().from(auditLog).where(eq(auditLog.requestId, res.requestId));
    expect(audit.map((a) => [a.operation, a.actorRole, a.onBehalfOfMemberId])).toEqual([["advanceSandboxClock", "DESK_AGENT", null]]);
    expect(audit[0]!.details).toMatchObject({ from: before.toISOString(), to: expected.toISOString(), byMs: 2 * DAY + 3 * 3_600_000 });

    const to = new Date(expected.getTime() + 30 * 60_000);
    const byTarget = await advance(db.current, cast.as.BILLING, { to: to.toISOString() });
    expect(payloadOf(byTarget, "advanceSandboxClock").move.clock.now).toBe(to.toISOString());
  });

  it("SBX: refusals (both a duration and a target, a past target, a negative or empty duration, too long) in French and English, nothing written", async () => {
    const now = await sandboxNow(db.current);
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ days: 1, to: new Date(now.getTime() + DAY).toISOString() }, "INVALID_CLOCK_MOVE", ["input"]],
      [{ to: new Date(now.getTime() - 1000).toISOString() }, "CLOCK_ONLY_FORWARD", ["input", "to"]],
      [{ to: now.toISOString() }, "CLOCK_ONLY_FORWARD", ["input", "to"]],
      [{ days: -1 }, "INVALID_CLOCK_MOVE", ["input"]],
      [{ days: 0, minutes: 0 }, "INVALID_CLOCK_MOVE", ["input"]],
      [{}, "INVALID_CLOCK_MOVE", ["input"]],
      [{ days: 401 }, "CLOCK_MOVE_TOO_LONG", ["input"]],
    ];
    const [audits, offset] = [await countRows(db.current, auditLog), now.getTime()];
    for (const [input, code, field] of cases) {
      const fr = payloadOf(await advance(db.current, cast.as.member, input), "advanceSandboxClock");
      expect(
        fr.userErrors.map((e) => [e.code, e.field]),
        JSON.stringify(input),
      ).toEqual([[code, field]]);
      expect(fr.move).toBeNull();
      const en = payloadOf(await advance(db.current, cast.as.member, input, { locale: "en" }), "advanceSandboxClock");
      expect(en.userErrors[0]!.message).not.toBe(fr.userErrors[0]!.message);
    }
    expect(payloadOf(await advance(db.current, cast.as.member, { days: 401 }, { locale: "en" }), "advanceSandboxClock").userErrors[0]!.message).toBe(
      "One move of the clock is 400 days at most; move it in several steps.",
    );
    expect([await countRows(db.current, auditLog), (await sandboxNow(db.current)).getTime()]).toEqual([audits, offset]);
  });

  it("SBX: QUO-2: a quote expires when the sandbox clock passes its validity; the move emits quote.expired once, and acceptance is refused", async () => {
    const member = await aMember(db.current);
    const now = await sandboxNow(db.current);
    const { quote } = await aQuotedRequest(db.current, member.id, "EQUIPMENT_STUDY", { validUntil: parisDate(new Date(now.getTime() + DAY)), issuedAt: now });
    const move = payloadOf(await advance(db.current, cast.as.member, { days: 3 }), "advanceSandboxClock");
    expect(move.move.dueEvents).toBeGreaterThanOrEqual(1);
    const expired = await db.current.db.select().from(events).where(sql`${events.objectId} = ${quote.id} and ${events.type} = 'quote.expired'`);
    expect(expired.map((e) => [e.memberId, e.objectType, e.occurredAt.toISOString()])).toEqual([[member.id, "Quote", move.move.clock.now]]);
    // Sweeping again (another replica's timer, the next move) does not emit it twice.
    await db.current.db.transaction((tx) => sweepDueEvents(tx, { clock: new ManualClock(move.move.clock.now), requestId: "again" }));
    await advance(db.current, cast.as.member, { minutes: 1 });
    expect(await countWhere(db.current, events, sql`${events.objectId} = ${quote.id} and ${events.type} = 'quote.expired'`)).toBe(1);

    const accept = await gql(db.current, actors.member(member), ACCEPT, { variables: { input: { quoteId: quoteGid(quote) } }, clock: await synced(db.current) });
    expect(payloadOf(accept, "acceptQuote").userErrors.map((e) => e.code)).toEqual(["QUOTE_EXPIRED"]);
    // The member's feed shows the expiry.
    await eventsSettled(db.current);
    const feed = await gql(db.current, actors.member(member), `{ events(first: 10, types: ["quote.expired"]) { edges { node { objectId sequence } } } }`, {
      clock: await synced(db.current),
    });
    expect(feed.data!.events.edges.map((e: { node: { objectId: string } }) => e.node.objectId)).toEqual([toGlobalId("Quote", quote.id)]);
  });

  it("SBX: OPT-4: a termination takes effect after 10 days of sandbox time, and the move emits option.ended", async () => {
    const member = await aMember(db.current);
    await givePremises(db.current, member.id);
    const option = await anOption(db.current, member.id, { acceptedAt: await sandboxNow(db.current) });
    const asMember = actors.member(member);
    const terminate = await gql(db.current, asMember, `mutation { requestOptionTermination(input: { channel: APP }) { userErrors { code } } }`, {
      clock: await synced(db.current),
    });
    if (!terminate.data) throw new Error(JSON.stringify(terminate.errors));
    expect(payloadOf(terminate, "requestOptionTermination").userErrors).toEqual([]);
    const OPTION = `{ me { member { option { status endsAt } } } }`;
    const pending = await gql(db.current, asMember, OPTION, { clock: await synced(db.current) });
    expect(pending.data!.me.member.option.status).toBe("TERMINATION_PENDING");

    await advance(db.current, cast.as.member, { days: 9 });
    expect((await gql(db.current, asMember, OPTION, { clock: await synced(db.current) })).data!.me.member.option.status).toBe("TERMINATION_PENDING");
    expect(await countWhere(db.current, events, sql`${events.objectId} = ${option.id} and ${events.type} = 'option.ended'`)).toBe(0);

    const move = payloadOf(await advance(db.current, cast.as.member, { days: 2 }), "advanceSandboxClock");
    expect(move.move.dueEvents).toBeGreaterThanOrEqual(1);
    expect((await gql(db.current, asMember, OPTION, { clock: await synced(db.current) })).data!.me.member.option.status).toBe("ENDED");
    expect(await countWhere(db.current, events, sql`${events.objectId} = ${option.id} and ${events.type} = 'option.ended'`)).toBe(1);
  });

  it("SBX: BIL-1: next month's invoice run is refused until the sandbox clock reaches the month, then runs", async () => {
    const now = await sandboxNow(db.current);
    const today = parisDate(now);
    const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
    const early = await gql(db.current, cast.as.BILLING, RUN, { variables: { input: { month: next } }, clock: await synced(db.current) });
    expect(payloadOf(early, "runMonthlyBilling").userErrors.map((e) => e.code)).toEqual(["MONTH_NOT_STARTED"]);
    // 10:00 Paris on the 1st of next month (UTC+1 in winter; the test's month is December or January).
    await advance(db.current, cast.as.BILLING, { to: `${next}-01T09:00:00.000Z` });
    const run = await gql(db.current, cast.as.BILLING, RUN, { variables: { input: { month: next } }, clock: await synced(db.current) });
    expect(payloadOf(run, "runMonthlyBilling")).toMatchObject({ userErrors: [], summary: { month: next } });
  });

  it("SBX: BIL-9: the suspension is refused until 8 days of sandbox time have passed since the formal notice, then allowed", async () => {
    const debtor = await aCast(db.current);
    await anOption(db.current, debtor.member.id);
    const now = await sandboxNow(db.current);
    // Issued 40 days before the sandbox's now: overdue.
    await anInvoice(db.current, debtor.member.id, { ttcCents: 9000, issuedOn: parisDate(new Date(now.getTime() - 40 * DAY)) });
    const STEP = (name: string) => `mutation($input: DunningStepInput!) { ${name}(input: $input) { dunning { stage } userErrors { code rule } } }`;
    const step = async (name: string) =>
      payloadOf(await gql(db.current, debtor.as.BILLING, STEP(name), { variables: { input: { memberId: debtor.memberGid } }, clock: await synced(db.current) }), name);
    expect((await step("sendFormalNotice")).userErrors).toEqual([]);
    expect((await step("suspendForNonPayment")).userErrors).toEqual([{ code: "TOO_EARLY", rule: "BIL-9" }]);
    await advance(db.current, debtor.as.BILLING, { days: 8 });
    expect(await step("suspendForNonPayment")).toMatchObject({ userErrors: [], dunning: { stage: "SUSPENDED" } });
  });

  it("SBX: every signed-in role reads the clock; the member, the partner, the desk and billing move it; the others are refused, nothing written", async () => {
    const readers = Object.entries(cast.as).filter(([name]) => name !== "anonymous");
    for (const [name, actor] of readers) {
      const res = await gql(db.current, actor, STATE, { clock: replica() });
      expect(res.errors, name).toBeUndefined();
      expect(res.data!.sandboxClock.enabled, name).toBe(true);
    }
    expect(errorCodes(await gql(db.current, null, STATE, { clock: replica() }))).toEqual(["UNAUTHENTICATED"]);

    for (const actor of [cast.as.member, cast.as.CONCIERGE_PARTNER, cast.as.DESK_AGENT, cast.as.BILLING]) {
      expect(payloadOf(await advance(db.current, actor, { minutes: 1 }), "advanceSandboxClock").userErrors).toEqual([]);
    }
    const [audits, now] = [await countRows(db.current, auditLog), (await sandboxNow(db.current)).getTime()];
    for (const [name, actor] of [
      ["delegate", cast.as.delegate],
      ["payer", cast.as.payer],
      ["COACH", cast.as.COACH],
      ["TECHNICIAN", cast.as.TECHNICIAN],
      ["COMMITTEE", cast.as.COMMITTEE],
      ["PRIVACY_OFFICER", cast.as.PRIVACY_OFFICER],
    ] as const) {
      const res = await advance(db.current, actor, { minutes: 1 });
      expect(errorCodes(res), name).toEqual(["FORBIDDEN"]);
    }
    expect(errorCodes(await advance(db.current, null, { minutes: 1 }))).toEqual(["UNAUTHENTICATED"]);
    expect([await countRows(db.current, auditLog), (await sandboxNow(db.current)).getTime()]).toEqual([audits, now]);
  });
});

async function countWhere(db: Database, table: typeof events | typeof auditLog, where: ReturnType<typeof sql>): Promise<number> {
  const [row] = await db.db.select({ n: sql<number>`count(*)::int` }).from(table).where(where);
  return row!.n;
}

describe("sandbox clock over HTTP", () => {
  // startApi's stop closes the database it serves: this test has its own.

  it("SBX: the server in sandbox mode moves time over HTTP and every request follows it; production refuses the mode at start-up", async () => {
    const database = await createTestDatabase();
    const cast = await aCast(database);
    const api = await serve(database, { SANDBOX_CLOCK: "true" });
    try {
      const auth = testConfig().auth;
      const token = await mintToken(auth, { role: "DESK_AGENT", subjectId: cast.staff.DESK_AGENT.id });
      const headers = { authorization: `Bearer ${token}` };
      const before = await post(api.url, { query: STATE }, headers);
      expect(before.json.data.sandboxClock.enabled).toBe(true);
      const moved = await post(api.url, { query: ADVANCE, variables: { input: { days: 1 } } }, headers);
      expect(moved.json.data.advanceSandboxClock.userErrors).toEqual([]);
      const after = await post(api.url, { query: STATE }, headers);
      const gap = Date.parse(after.json.data.sandboxClock.now) - Date.parse(before.json.data.sandboxClock.now);
      expect(gap).toBeGreaterThanOrEqual(DAY);
      expect(gap).toBeLessThan(DAY + 60_000);
    } finally {
      await api.stop();
    }
    expect(() => loadConfig({ NODE_ENV: "production", SANDBOX_CLOCK: "true", AUTH_JWKS_URL: "https://auth.example/jwks", ENTRY_FEE_CENTS: "100000" })).toThrow(ConfigError);
    try {
      loadConfig({ NODE_ENV: "production", SANDBOX_CLOCK: "true", AUTH_JWKS_URL: "https://auth.example/jwks", ENTRY_FEE_CENTS: "100000" });
    } catch (error) {
      expect((error as ConfigError).problems).toContain("SANDBOX_CLOCK: the sandbox clock moves time for every caller; it is refused in production");
    }
  });
});

describeOnPostgres("sandbox clock on PostgreSQL", () => {
  const db = useTestDatabase({ poolMax: 40 });

  it("SBX: 30 concurrent moves of one minute add up to exactly 30 minutes: none is lost, none counted twice", async () => {
    const cast = await aCast(db.current);
    const before = await sandboxNow(db.current);
    const results = await Promise.all(Array.from({ length: 30 }, () => advance(db.current, cast.as.DESK_AGENT, { minutes: 1 })));
    expect(results.map((r) => payloadOf(r, "advanceSandboxClock").userErrors)).toEqual(Array.from({ length: 30 }, () => []));
    expect((await sandboxNow(db.current)).getTime() - before.getTime()).toBe(30 * 60_000);
    expect(await countWhere(db.current, auditLog, sql`${auditLog.operation} = 'advanceSandboxClock'`)).toBe(30);
  });

  it("SBX: 30 concurrent sweeps emit each due expiry once", async () => {
    const member = await aMember(db.current);
    const quotes = await Promise.all(Array.from({ length: 5 }, () => aQuotedRequest(db.current, member.id, "EQUIPMENT_STUDY", { validUntil: "2026-11-20" })));
    const clock = new ManualClock("2026-11-26T10:00:00Z");
    const written = await Promise.all(Array.from({ length: 30 }, (_, i) => db.current.db.transaction((tx) => sweepDueEvents(tx, { clock, requestId: `sweep-${i}` }))));
    expect(written.reduce((a, b) => a + b, 0)).toBe(5);
    const ids = quotes.map((q) => q.quote.id);
    const rows = await db.current.db.select({ objectId: events.objectId, sequence: events.memberSequence }).from(events).where(sql`${events.type} = 'quote.expired'`);
    expect(rows.map((r) => r.objectId).sort()).toEqual([...ids].sort());
    expect(rows.map((r) => r.sequence).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
