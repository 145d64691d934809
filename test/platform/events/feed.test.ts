import { beforeAll, describe, expect, it } from "vitest";
import { events, memberEventSequences, webhookDeliveries, webhookEndpoints } from "../../../db/schema/index.js";
import type { Actor } from "../../../src/authz/actor.js";
import { recordAudit } from "../../../src/shared/audit.js";
import { ManualClock } from "../../../src/shared/clock.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, payloadOf } from "../../support/api.js";
import { countRows } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { eventsSettled } from "../../support/events.js";
import { aCast, actors } from "../../support/factories.js";
import { aConciergeCast, anOptionHolder, CANCEL, PARTNER_UPDATE, SUBMIT } from "../../modules/concierge/concierge.support.js";

const FEED = `query($first: Int!, $after: String, $types: [String!]) { events(first: $first, after: $after, types: $types) {
  edges { cursor node { id type occurredAt sequence objectType objectId data } } pageInfo { hasNextPage endCursor } } }`;
const clock = () => new ManualClock("2026-11-26T10:00:00Z");
const submit = (content = "Une table pour quatre samedi", extra: Record<string, unknown> = {}) => ({
  variables: { input: { category: "RESTAURANT", content, ...extra } },
  clock: clock(),
});

type FeedNode = { id: string; type: string; sequence: number | null; objectType: string; objectId: string; data: Record<string, unknown> };

/** The feed once every committed event is visible in it (`raw`: as it is now, for the commit-order test). */
async function feed(db: Database, actor: Actor | null, variables: Record<string, unknown> = {}, options: { raw?: boolean } = {}) {
  if (!options.raw) await eventsSettled(db);
  const res = await gql(db, actor, FEED, { variables: { first: 100, ...variables } });
  return { res, nodes: (res.data?.events?.edges ?? []).map((e: { node: FeedNode }) => e.node) as FeedNode[] };
}

describe("events: the feed", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aConciergeCast>>;
  let requestId: string;
  beforeAll(async () => {
    cast = await aConciergeCast(db.current);
    const res = await gql(db.current, cast.as.member, SUBMIT, submit("Une table pour deux", { callback: { phone: "06 12 34 56 78" } }));
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    requestId = payloadOf(res, "submitConciergeRequest").request.id;
  });

  it("EVT: a submitted request is one event per type, written with the change, numbered per member and area", async () => {
    const { nodes } = await feed(db.current, cast.as.member);
    const mine = nodes.filter((n) => n.objectId === requestId);
    expect(mine.map((n) => [n.type, n.sequence, n.objectType])).toEqual([
      ["concierge_request.submitted", 1, "ConciergeRequest"],
      ["concierge_request.callback_requested", 2, "ConciergeRequest"],
    ]);
    expect(mine[0]!.data).toEqual({ category: "RESTAURANT" });
    expect(mine[0]!.id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("EVT: AUT-2/CON-5: the member, the delegate, the desk and the partner read the event; the payer, another member, other staff do not", async () => {
    for (const reader of [cast.as.member, cast.as.delegate, cast.as.DESK_AGENT, cast.as.CONCIERGE_PARTNER]) {
      const { res, nodes } = await feed(db.current, reader);
      expect(res.errors).toBeUndefined();
      expect(nodes.some((n) => n.objectId === requestId)).toBe(true);
    }
    for (const reader of [cast.as.payer, cast.as.otherMember, cast.as.BILLING, cast.as.COMMITTEE]) {
      const { res, nodes } = await feed(db.current, reader);
      expect(res.errors).toBeUndefined();
      expect(nodes.some((n) => n.objectId === requestId)).toBe(false);
    }
    for (const reader of [null, cast.as.PRIVACY_OFFICER, cast.as.TECHNICIAN, cast.as.COACH]) {
      const { res } = await feed(db.current, reader);
      expect(errorCodes(res)).toEqual([reader === null ? "UNAUTHENTICATED" : "FORBIDDEN"]);
    }
  });

  it("EVT: CON-5: the partner's feed holds concierge events only, with no member data", async () => {
    const member = await anOptionHolder(db.current);
    await recordAudit(
      db.current.db,
      { actor: cast.as.DESK_AGENT, clock: clock(), requestId: "t" },
      {
        operation: "activateDevice",
        onBehalfOfMemberId: member.id,
        targetIds: ["00000000-0000-4000-8000-000000000001"],
      },
    );
    const partner = await feed(db.current, cast.as.CONCIERGE_PARTNER);
    expect(partner.nodes.length).toBeGreaterThan(0);
    expect(partner.nodes.every((n) => n.type.startsWith("concierge_request."))).toBe(true);
    expect(JSON.stringify(partner.nodes)).not.toMatch(/firstName|lastName|phone|\+336/);
    const desk = await feed(db.current, cast.as.DESK_AGENT, { types: ["device.activated"] });
    expect(desk.nodes.map((n) => n.objectId)).toContain(toGlobalId("Device", "00000000-0000-4000-8000-000000000001"));
  });

  it("EVT: a status change by the partner and a cancellation are events the member reads, in order, with from and to", async () => {
    const res = await gql(db.current, cast.as.member, SUBMIT, submit("Deux places pour l'opéra"));
    const id = payloadOf(res, "submitConciergeRequest").request.id;
    const accepted = await gql(db.current, cast.as.CONCIERGE_PARTNER, PARTNER_UPDATE, { variables: { input: { requestId: id, status: "ACCEPTED" } }, clock: clock() });
    expect(payloadOf(accepted, "updateConciergeRequestStatus").userErrors).toEqual([]);
    const cancelled = await gql(db.current, cast.as.member, CANCEL, { variables: { input: { requestId: id, reason: "Plus besoin" } }, clock: clock() });
    expect(payloadOf(cancelled, "cancelConciergeRequest").userErrors).toEqual([]);
    const { nodes } = await feed(db.current, cast.as.member);
    const seen = nodes.filter((n) => n.objectId === id);
    expect(seen.map((n) => [n.type, n.data])).toEqual([
      ["concierge_request.submitted", { category: "RESTAURANT" }],
      ["concierge_request.status_changed", { from: "SUBMITTED", to: "ACCEPTED" }],
      ["concierge_request.cancelled", { from: "ACCEPTED", to: "CANCELLED" }],
    ]);
    const sequences = nodes.filter((n) => n.type.startsWith("concierge_request.")).map((n) => n.sequence);
    expect(sequences).toEqual(sequences.map((_, i) => i + 1));
  });

  it("EVT: a refused change writes no event and uses no sequence number", async () => {
    const before = { events: await countRows(db.current, events), sequences: await db.current.db.select().from(memberEventSequences) };
    const res = await gql(db.current, cast.as.member, SUBMIT, submit(""));
    expect(payloadOf(res, "submitConciergeRequest").userErrors.length).toBeGreaterThan(0);
    expect(await countRows(db.current, events)).toBe(before.events);
    expect(await db.current.db.select().from(memberEventSequences)).toEqual(before.sequences);
  });

  it("EVT: pages forward with after: endCursor, never repeating or skipping an event; an empty page keeps the reader where it is", async () => {
    const all = (await feed(db.current, cast.as.member)).nodes.map((n) => n.id);
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const { res, nodes } = await feed(db.current, cast.as.member, { first: 1, after });
      paged.push(...nodes.map((n) => n.id));
      if (!res.data!.events.pageInfo.hasNextPage) {
        after = res.data!.events.pageInfo.endCursor;
        break;
      }
      after = res.data!.events.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
    const { res, nodes } = await feed(db.current, cast.as.member, { after });
    expect(nodes).toEqual([]);
    expect(res.data!.events.pageInfo.endCursor).toBeNull();
  });

  it("EVT: types filters; an unknown type, a type the caller may not read, a bad cursor or page size are clear BAD_USER_INPUT errors", async () => {
    const { nodes } = await feed(db.current, cast.as.member, { types: ["concierge_request.callback_requested"] });
    expect(nodes.map((n) => n.type)).toEqual(["concierge_request.callback_requested"]);
    for (const variables of [{ types: ["concierge_request.eaten"] }, { types: [] }, { after: "bm90LWEtY3Vyc29y" }, { first: 0 }, { first: 101 }]) {
      const { res } = await feed(db.current, cast.as.member, variables);
      expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
    }
    const partner = await feed(db.current, cast.as.CONCIERGE_PARTNER, { types: ["invoice.issued"] });
    expect(errorCodes(partner.res)).toEqual(["BAD_USER_INPUT"]);
    const en = await gql(db.current, cast.as.member, FEED, { variables: { first: 10, types: ["x.y"] }, locale: "en" });
    expect(en.errors![0]!.message).toMatch(/event type that is unknown/);
    const fr = await gql(db.current, cast.as.member, FEED, { variables: { first: 10, types: ["x.y"] } });
    expect(fr.errors![0]!.message).toMatch(/type d'événement inconnu/);
  });

  it("EVT: a delivery is queued with the event for each enabled partner endpoint that wants the type, none for the others", async () => {
    const now = new Date("2026-11-26T10:00:00Z");
    const endpoint = (values: Partial<typeof webhookEndpoints.$inferInsert>) =>
      db.current.db
        .insert(webhookEndpoints)
        .values({ ownerRole: "CONCIERGE_PARTNER", ownerId: cast.staff.CONCIERGE_PARTNER.id, url: "https://hooks.example.com/x", createdAt: now, updatedAt: now, ...values })
        .returning()
        .then((rows) => rows[0]!);
    const all = await endpoint({});
    const cancelsOnly = await endpoint({ eventTypes: ["concierge_request.cancelled"] });
    const disabled = await endpoint({ status: "DISABLED" });
    const desk = await endpoint({ ownerRole: "COACH" });
    const res = await gql(db.current, cast.as.member, SUBMIT, submit("Un taxi demain 8 h"));
    const objectId = payloadOf(res, "submitConciergeRequest").request.id;
    const [event] = (await feed(db.current, cast.as.member)).nodes.filter((n) => n.objectId === objectId);
    const deliveries = await db.current.db.select().from(webhookDeliveries);
    const forEvent = deliveries.filter((d) => toGlobalId("Event", d.eventId) === event!.id);
    expect(forEvent.map((d) => [d.endpointId, d.status, d.attempts])).toEqual([[all.id, "PENDING", 0]]);
    expect(deliveries.some((d) => [cancelsOnly.id, disabled.id, desk.id].includes(d.endpointId) && toGlobalId("Event", d.eventId) === event!.id)).toBe(false);
  });
});

describe("events: the invoice run and changes outside a request", () => {
  const db = useTestDatabase();
  it("EVT: an event of no member has no sequence; events of several members in one change are numbered per member", async () => {
    const a = await anOptionHolder(db.current);
    const b = await anOptionHolder(db.current);
    const ctx = { actor: actors.staff({ id: "00000000-0000-4000-8000-0000000000aa", role: "DESK_AGENT" }), clock: clock(), requestId: "r" } as const;
    for (const m of [a, b, a]) {
      await recordAudit(db.current.db, ctx, { operation: "activateDevice", onBehalfOfMemberId: m.id, targetIds: ["00000000-0000-4000-8000-000000000002"] });
    }
    await recordAudit(db.current.db, ctx, { operation: "activateDevice", onBehalfOfMemberId: null, targetIds: ["00000000-0000-4000-8000-000000000003"] });
    const rows = await db.current.db.select().from(events).orderBy(events.position);
    expect(rows.map((r) => [r.memberId, r.memberSequence])).toEqual([
      [a.id, 1],
      [b.id, 1],
      [a.id, 2],
      [null, null],
    ]);
  });
});

describeOnPostgres("events: commit order and concurrency on PostgreSQL", () => {
  const db = useTestDatabase({ poolMax: 12 });

  it("EVT: two overlapping transactions committing in reverse order are both seen, the early one not skipped", async () => {
    const cast = await aCast(db.current);
    const ctx = (id: string) => ({ actor: cast.as.DESK_AGENT, clock: clock(), requestId: id });
    // Two members: the events of one member are numbered under a row lock, which would serialise the transactions.
    const entry = (target: string) => ({ operation: "activateDevice", onBehalfOfMemberId: target === early ? cast.member.id : cast.other.id, targetIds: [target] });
    const early = "00000000-0000-4000-8000-00000000000e";
    const late = "00000000-0000-4000-8000-00000000000f";
    let releaseEarly!: () => void;
    const earlyMayCommit = new Promise<void>((resolve) => (releaseEarly = resolve));
    let earlyWrote!: () => void;
    const earlyHasWritten = new Promise<void>((resolve) => (earlyWrote = resolve));
    // The early transaction takes its id and writes first, then waits: it commits last.
    const earlyTx = db.current.db.transaction(async (tx) => {
      await recordAudit(tx, ctx("early"), entry(early));
      earlyWrote();
      await earlyMayCommit;
    });
    await earlyHasWritten;
    await db.current.db.transaction(async (tx) => recordAudit(tx, ctx("late"), entry(late)));

    const desk = (after: string | null, raw = false) => feed(db.current, cast.as.DESK_AGENT, { after, types: ["device.activated"] }, { raw });
    let first: Awaited<ReturnType<typeof desk>>;
    try {
      first = await desk(null, true);
    } finally {
      releaseEarly();
      await earlyTx;
    }
    // The late event had committed, but an older transaction was still running: not shown, so the reader could not move past the early one.
    expect(first.nodes.map((n) => n.objectId)).toEqual([]);
    const second = await desk(first.res.data!.events.pageInfo.endCursor);
    expect(second.nodes.map((n) => n.objectId)).toEqual([toGlobalId("Device", early), toGlobalId("Device", late)]);
    // What a serial id would have done: the late event has the higher position but its reader would have skipped the early one.
    const rows = await db.current.db.select().from(events).orderBy(events.position);
    expect(rows.map((r) => r.objectId)).toEqual([early, late]);
  });

  it("EVT: 30 concurrent submissions of one member get sequences 1..30, no gap, no duplicate, and every event is read once", async () => {
    const cast = await aConciergeCast(db.current);
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => gql(db.current, cast.as.member, SUBMIT, submit(`Demande ${i}`))));
    expect(results.every((r) => payloadOf(r, "submitConciergeRequest").userErrors.length === 0)).toBe(true);
    const seen: FeedNode[] = [];
    let after: string | null = null;
    for (;;) {
      const { res, nodes } = await feed(db.current, cast.as.member, { first: 7, after });
      seen.push(...nodes);
      if (!res.data!.events.pageInfo.hasNextPage) break;
      after = res.data!.events.pageInfo.endCursor;
    }
    expect(seen.map((n) => n.sequence).sort((x, y) => x! - y!)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(new Set(seen.map((n) => n.id)).size).toBe(30);
  });
});
