import { and, desc, eq, gte, lt } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditLog, events, webhookDeliveries, webhookEndpoints, webhookSecrets } from "../../../db/schema/index.js";
import type { Actor } from "../../../src/authz/actor.js";
import { useTargetPolicy } from "../../../src/platform/webhooks/target.js";
import { buildBareSchema } from "../../../src/schema.js";
import { recordAudit } from "../../../src/shared/audit.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { idOfType, toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, payloadOf, refusals } from "../../support/api.js";
import { countRows } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";
import { aConciergeCast, SUBMIT } from "../concierge/concierge.support.js";
import {
  anEndpoint,
  ATTEMPTS,
  DISABLE,
  ENABLE,
  ENDPOINTS,
  endpointGid,
  LOCAL_POLICY,
  PRODUCTION_POLICY,
  PUBLIC_URL,
  REDELIVER,
  REGISTER,
  ROTATE,
  UPDATE,
} from "./webhooks.support.js";

const T0 = "2026-11-26T10:00:00Z";
const clock = () => new ManualClock(T0);
const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on WebhookEndpoint { url } } }`;
type Cast = Awaited<ReturnType<typeof aCast>>;
const REFUSED_ROLES = ["anonymous", "member", "delegate", "payer", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "PRIVACY_OFFICER"] as const;
const NOT_READING = ["anonymous", "member", "delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "PRIVACY_OFFICER"] as const;

describe("WHK: the partner's webhook endpoints through GraphQL", () => {
  const db = useTestDatabase();
  beforeAll(() => useTargetPolicy(LOCAL_POLICY));
  afterEach(() => useTargetPolicy(LOCAL_POLICY));

  const state = async () => ({
    endpoints: await db.current.db.select().from(webhookEndpoints).orderBy(webhookEndpoints.id),
    secrets: await db.current.db.select().from(webhookSecrets).orderBy(webhookSecrets.id),
    deliveries: await countRows(db.current, webhookDeliveries),
    audit: await countRows(db.current, auditLog),
  });

  const register = (actor: Actor | null, input: Record<string, unknown>, locale: "fr" | "en" = "fr") =>
    gql(db.current, actor, REGISTER, { variables: { input }, clock: clock(), locale });

  it("WHK: the partner registers an endpoint and gets its secret once; the endpoint never shows it again", async () => {
    const cast = await aCast(db.current);
    const res = await register(cast.as.CONCIERGE_PARTNER, {
      url: "http://127.0.0.1:9/hooks",
      description: " Production ",
      eventTypes: ["concierge_request.submitted", "concierge_request.submitted"],
    });
    const payload = payloadOf(res, "registerWebhookEndpoint");
    expect(payload.userErrors).toEqual([]);
    expect(payload.signingKey).toMatch(/^whsec_/);
    expect(payload.endpoint).toMatchObject({
      ownerRole: "CONCIERGE_PARTNER",
      url: "http://127.0.0.1:9/hooks",
      description: "Production",
      eventTypes: ["concierge_request.submitted"],
      status: "ENABLED",
      previousKeyExpiresAt: null,
      createdAt: "2026-11-26T10:00:00.000Z",
    });
    const id = idOfType(payload.endpoint.id, "WebhookEndpoint")!;
    const [secret] = await db.current.db.select().from(webhookSecrets).where(eq(webhookSecrets.endpointId, id));
    expect(secret!.secret).toBe(payload.signingKey);
    const schema = await buildBareSchema();
    const fields = Object.keys((schema.getType("WebhookEndpoint") as unknown as { getFields(): Record<string, unknown> }).getFields());
    expect(fields.some((f) => /secret$/i.test(f))).toBe(false);
    const [audit] = await db.current.db.select().from(auditLog).where(eq(auditLog.requestId, res.requestId));
    expect(audit!.operation).toBe("registerWebhookEndpoint");
    expect(JSON.stringify(audit!.details)).not.toContain("whsec_");
  });

  it("WHK: refusals of a registration are data, in French by default and English on request, and write nothing", async () => {
    const cast = await aCast(db.current);
    const before = await state();
    const cases: [Record<string, unknown>, string, string | null][] = [
      [{ url: "not a url" }, "WEBHOOK_URL_INVALID", null],
      [{ url: "ftp://127.0.0.1/x" }, "WEBHOOK_URL_INVALID", null],
      [{ url: "https://u:p@127.0.0.1/x" }, "WEBHOOK_URL_INVALID", null],
      [{ url: PUBLIC_URL, eventTypes: ["invoice.issued"] }, "WEBHOOK_EVENT_TYPE_NOT_READABLE", "AUT-3"],
      [{ url: PUBLIC_URL, eventTypes: ["concierge_request.eaten"] }, "WEBHOOK_EVENT_TYPE_NOT_READABLE", "AUT-3"],
      [{ url: PUBLIC_URL, description: "x".repeat(201) }, "WEBHOOK_DESCRIPTION_TOO_LONG", null],
    ];
    for (const [input, code, rule] of cases) {
      const res = await register(cast.as.CONCIERGE_PARTNER, input);
      expect(refusals(res, "registerWebhookEndpoint"), JSON.stringify(input)).toEqual([[code, rule]]);
      expect(payloadOf(res, "registerWebhookEndpoint").signingKey).toBeNull();
    }
    const fr = await register(cast.as.CONCIERGE_PARTNER, { url: PUBLIC_URL, eventTypes: ["invoice.issued"] });
    expect(payloadOf(fr, "registerWebhookEndpoint").userErrors[0]!.message).toBe(
      "Type d'événement inconnu ou que vous ne pouvez pas lire : « invoice.issued » (voir docs/events.md).",
    );
    const en = await register(cast.as.CONCIERGE_PARTNER, { url: PUBLIC_URL, eventTypes: ["invoice.issued"] }, "en");
    expect(payloadOf(en, "registerWebhookEndpoint").userErrors[0]).toMatchObject({
      message: 'Event type unknown or not readable by you: "invoice.issued" (see docs/events.md).',
      field: ["input", "eventTypes"],
    });
    expect(await state()).toEqual(before);
  });

  it("WHK: SSRF at registration under the production rules: http, loopback, private, link-local/metadata and IPv6 loopback are refused; the allow-list applies", async () => {
    const cast = await aCast(db.current);
    useTargetPolicy(PRODUCTION_POLICY);
    const before = await state();
    const cases: [string, string][] = [
      ["http://93.184.215.14/hooks", "WEBHOOK_URL_INVALID"],
      ["https://127.0.0.1/hooks", "WEBHOOK_URL_NOT_ALLOWED"],
      ["https://10.0.0.8/hooks", "WEBHOOK_URL_NOT_ALLOWED"],
      ["https://169.254.169.254/latest/meta-data", "WEBHOOK_URL_NOT_ALLOWED"],
      ["https://[::1]/hooks", "WEBHOOK_URL_NOT_ALLOWED"],
      ["https://[::ffff:127.0.0.1]/hooks", "WEBHOOK_URL_NOT_ALLOWED"],
    ];
    for (const [url, code] of cases) expect(refusals(await register(cast.as.CONCIERGE_PARTNER, { url }), "registerWebhookEndpoint"), url).toEqual([[code, null]]);
    useTargetPolicy({ ...PRODUCTION_POLICY, allowedHosts: ["*.partner.example"] });
    const listed = await register(cast.as.CONCIERGE_PARTNER, { url: PUBLIC_URL }, "en");
    expect(payloadOf(listed, "registerWebhookEndpoint").userErrors[0]).toMatchObject({
      code: "WEBHOOK_URL_NOT_ALLOWED",
      message: expect.stringContaining("not in the allow-list"),
    });
    expect(await state()).toEqual(before);
    useTargetPolicy(PRODUCTION_POLICY);
    expect(payloadOf(await register(cast.as.CONCIERGE_PARTNER, { url: PUBLIC_URL }), "registerWebhookEndpoint").userErrors).toEqual([]);
  });

  it("WHK: at most 10 endpoints per owner; another partner has its own 10", async () => {
    const cast = await aCast(db.current);
    for (let i = 0; i < 10; i++) expect(payloadOf(await register(cast.as.CONCIERGE_PARTNER, { url: PUBLIC_URL }), "registerWebhookEndpoint").userErrors).toEqual([]);
    const before = await state();
    const eleventh = await register(cast.as.CONCIERGE_PARTNER, { url: PUBLIC_URL });
    expect(refusals(eleventh, "registerWebhookEndpoint")).toEqual([["WEBHOOK_ENDPOINT_LIMIT_REACHED", null]]);
    expect(await state()).toEqual(before);
    const other = await aCast(db.current);
    expect(payloadOf(await register(other.as.CONCIERGE_PARTNER, { url: PUBLIC_URL }), "registerWebhookEndpoint").userErrors).toEqual([]);
  });

  it("WHK: every webhook mutation is refused to every role but the concierge partner, and writes nothing", async () => {
    const cast = await aCast(db.current);
    const endpoint = await anEndpoint(db.current, cast.staff.CONCIERGE_PARTNER);
    const id = endpointGid(endpoint);
    const calls: [string, string, Record<string, unknown>][] = [
      ["registerWebhookEndpoint", REGISTER, { url: PUBLIC_URL }],
      ["updateWebhookEndpoint", UPDATE, { endpointId: id, description: "x" }],
      ["disableWebhookEndpoint", DISABLE, { endpointId: id }],
      ["enableWebhookEndpoint", ENABLE, { endpointId: id }],
      ["rotateWebhookSigningKey", ROTATE, { endpointId: id }],
      ["redeliverWebhookEvents", REDELIVER, { endpointId: id, from: "2026-11-01T00:00:00Z", to: "2026-11-27T00:00:00Z" }],
    ];
    const before = await state();
    for (const who of REFUSED_ROLES) {
      for (const [name, query, input] of calls) {
        const res = await gql(db.current, cast.as[who], query, { variables: { input }, clock: clock() });
        expect(errorCodes(res), `${who} ${name}`).toEqual([who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
      }
    }
    expect(await state()).toEqual(before);
    // The partner may: every call succeeds.
    for (const [name, query, input] of calls) {
      const res = await gql(db.current, cast.as.CONCIERGE_PARTNER, query, { variables: { input }, clock: clock() });
      expect(payloadOf(res, name).userErrors, name).toEqual([]);
    }
  });

  it("WHK: another partner's endpoint is not found (AUT-2) for every mutation, and nothing changes", async () => {
    const cast = await aCast(db.current);
    const other = await aCast(db.current);
    const endpoint = await anEndpoint(db.current, cast.staff.CONCIERGE_PARTNER);
    const id = endpointGid(endpoint);
    const before = await state();
    const calls: [string, string, Record<string, unknown>][] = [
      ["updateWebhookEndpoint", UPDATE, { endpointId: id, description: "x" }],
      ["disableWebhookEndpoint", DISABLE, { endpointId: id }],
      ["enableWebhookEndpoint", ENABLE, { endpointId: id }],
      ["rotateWebhookSigningKey", ROTATE, { endpointId: id }],
      ["redeliverWebhookEvents", REDELIVER, { endpointId: id, from: "2026-11-01T00:00:00Z", to: "2026-11-27T00:00:00Z" }],
      ["updateWebhookEndpoint", UPDATE, { endpointId: toGlobalId("ConciergeRequest", endpoint.id), description: "x" }],
    ];
    for (const [name, query, input] of calls) {
      const res = await gql(db.current, other.as.CONCIERGE_PARTNER, query, { variables: { input }, clock: clock() });
      expect(refusals(res, name), name).toEqual([["WEBHOOK_ENDPOINT_NOT_FOUND", "AUT-2"]]);
    }
    expect(await state()).toEqual(before);
  });

  it("WHK: webhookEndpoints: the partner sees its own, the desk every one; node(id:) likewise; every other role is refused", async () => {
    const cast = await aCast(db.current);
    const other = await aCast(db.current);
    const mine = await anEndpoint(db.current, cast.staff.CONCIERGE_PARTNER, { url: "https://93.184.215.14/mine" });
    const theirs = await anEndpoint(db.current, other.staff.CONCIERGE_PARTNER, { url: "https://93.184.215.14/theirs" });
    const list = async (actor: Actor | null) => {
      const res = await gql(db.current, actor, ENDPOINTS, { variables: { first: 100 } });
      return { res, ids: (res.data?.webhookEndpoints?.edges ?? []).map((e: { node: { id: string } }) => e.node.id) as string[] };
    };
    expect((await list(cast.as.CONCIERGE_PARTNER)).ids).toEqual([endpointGid(mine)]);
    expect((await list(other.as.CONCIERGE_PARTNER)).ids).toEqual([endpointGid(theirs)]);
    const desk = await list(cast.as.DESK_AGENT);
    expect(desk.ids).toEqual(expect.arrayContaining([endpointGid(mine), endpointGid(theirs)]));
    for (const who of NOT_READING) expect(errorCodes((await list(cast.as[who])).res), who).toEqual([who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
    const node = async (actor: Actor | null) => (await gql(db.current, actor, NODE, { variables: { id: endpointGid(mine) } })).data?.node ?? null;
    expect(await node(cast.as.CONCIERGE_PARTNER)).toEqual({ __typename: "WebhookEndpoint", id: endpointGid(mine), url: "https://93.184.215.14/mine" });
    expect((await node(cast.as.DESK_AGENT))?.id).toBe(endpointGid(mine));
    for (const who of ["member", "delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "PRIVACY_OFFICER"] as const) expect(await node(cast.as[who]), who).toBeNull();
    expect(await node(other.as.CONCIERGE_PARTNER)).toBeNull();
    // Pages forward.
    const page = await gql(db.current, cast.as.DESK_AGENT, ENDPOINTS, { variables: { first: 1 } });
    const next = await gql(db.current, cast.as.DESK_AGENT, ENDPOINTS, { variables: { first: 1, after: page.data!.webhookEndpoints.pageInfo.endCursor } });
    expect(next.data!.webhookEndpoints.edges[0].node.id).not.toBe(page.data!.webhookEndpoints.edges[0].node.id);
  });

  it("WHK: webhookAttempts: the owner and the desk read them; another partner gets null; every other role is refused", async () => {
    const cast = await aCast(db.current);
    const other = await aCast(db.current);
    const endpoint = await anEndpoint(db.current, cast.staff.CONCIERGE_PARTNER);
    const read = (actor: Actor | null) => gql(db.current, actor, ATTEMPTS, { variables: { endpointId: endpointGid(endpoint), first: 10 } });
    for (const who of [cast.as.CONCIERGE_PARTNER, cast.as.DESK_AGENT]) {
      const res = await read(who);
      expect(res.errors).toBeUndefined();
      expect(res.data!.webhookAttempts.edges).toEqual([]);
    }
    const foreign = await read(other.as.CONCIERGE_PARTNER);
    expect([foreign.errors, foreign.data!.webhookAttempts]).toEqual([undefined, null]);
    for (const who of NOT_READING) expect(errorCodes(await read(cast.as[who])), who).toEqual([who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
  });

  it("WHK: update changes URL, description and types (each checked); disable and enable; events while disabled are not queued for it", async () => {
    const cast = await aConciergeCast(db.current);
    const endpoint = await anEndpoint(db.current, cast.staff.CONCIERGE_PARTNER);
    const id = endpointGid(endpoint);
    const update = (input: Record<string, unknown>) => gql(db.current, cast.as.CONCIERGE_PARTNER, UPDATE, { variables: { input: { endpointId: id, ...input } }, clock: clock() });
    expect(refusals(await update({ eventTypes: ["quote.issued"] }), "updateWebhookEndpoint")).toEqual([["WEBHOOK_EVENT_TYPE_NOT_READABLE", "AUT-3"]]);
    expect(refusals(await update({ url: "gopher://x" }), "updateWebhookEndpoint")).toEqual([["WEBHOOK_URL_INVALID", null]]);
    const changed = payloadOf(await update({ url: "http://127.0.0.1:9/new", description: "", eventTypes: ["concierge_request.cancelled"] }), "updateWebhookEndpoint");
    expect(changed.userErrors).toEqual([]);
    expect(changed.endpoint).toMatchObject({ url: "http://127.0.0.1:9/new", description: null, eventTypes: ["concierge_request.cancelled"] });
    expect(payloadOf(await update({ eventTypes: [] }), "updateWebhookEndpoint").endpoint.eventTypes).toEqual([]);

    const disabled = payloadOf(await gql(db.current, cast.as.CONCIERGE_PARTNER, DISABLE, { variables: { input: { endpointId: id } }, clock: clock() }), "disableWebhookEndpoint");
    expect(disabled.endpoint).toMatchObject({ status: "DISABLED", disabledReason: "OWNER", disabledAt: "2026-11-26T10:00:00.000Z" });
    const submit = () => gql(db.current, cast.as.member, SUBMIT, { variables: { input: { category: "RESTAURANT", content: "Une table" } }, clock: clock() });
    await submit();
    const deliveries = () => db.current.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id));
    expect(await deliveries()).toEqual([]);
    const enabled = payloadOf(await gql(db.current, cast.as.CONCIERGE_PARTNER, ENABLE, { variables: { input: { endpointId: id } }, clock: clock() }), "enableWebhookEndpoint");
    expect(enabled.endpoint).toMatchObject({ status: "ENABLED", disabledReason: null, disabledAt: null });
    await submit();
    expect((await deliveries()).map((d) => d.status)).toEqual(["PENDING"]);
    // Enabling checks the URL again: under the production rules a loopback URL is not enabled.
    await gql(db.current, cast.as.CONCIERGE_PARTNER, DISABLE, { variables: { input: { endpointId: id } }, clock: clock() });
    useTargetPolicy(PRODUCTION_POLICY);
    const refused = await gql(db.current, cast.as.CONCIERGE_PARTNER, ENABLE, { variables: { input: { endpointId: id } }, clock: clock() });
    expect(refusals(refused, "enableWebhookEndpoint")).toEqual([["WEBHOOK_URL_INVALID", null]]);
    const [row] = await db.current.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(row!.status).toBe("DISABLED");
  });

  it("WHK: rotation keeps at most two secrets: the new one and the previous one until the overlap ends (default 24 h, 0 to 72)", async () => {
    const cast = await aCast(db.current);
    const endpoint = await anEndpoint(db.current, cast.staff.CONCIERGE_PARTNER);
    const rotate = (input: Record<string, unknown>) =>
      gql(db.current, cast.as.CONCIERGE_PARTNER, ROTATE, { variables: { input: { endpointId: endpointGid(endpoint), ...input } }, clock: clock() });
    const before = await state();
    for (const overlapHours of [-1, 73]) expect(refusals(await rotate({ overlapHours }), "rotateWebhookSigningKey")).toEqual([["WEBHOOK_OVERLAP_INVALID", null]]);
    expect(await state()).toEqual(before);
    const first = payloadOf(await rotate({}), "rotateWebhookSigningKey");
    expect(first.endpoint.previousKeyExpiresAt).toBe("2026-11-27T10:00:00.000Z");
    const second = payloadOf(await rotate({ overlapHours: 72 }), "rotateWebhookSigningKey");
    const secrets = await db.current.db.select().from(webhookSecrets).where(eq(webhookSecrets.endpointId, endpoint.id));
    expect(secrets.map((s) => [s.secret, s.expiresAt?.toISOString() ?? null]).sort()).toEqual(
      [
        [first.signingKey, "2026-11-29T10:00:00.000Z"],
        [second.signingKey, null],
      ].sort(),
    );
    await rotate({ overlapHours: 0 });
    expect(await db.current.db.select().from(webhookSecrets).where(eq(webhookSecrets.endpointId, endpoint.id))).toHaveLength(1);
  });

  it("WHK: redelivery of one event or of a period queues only events the owner may read and the endpoint wants; a pending delivery is not queued twice", async () => {
    const cast = await aConciergeCast(db.current);
    const endpoint = await anEndpoint(db.current, cast.staff.CONCIERGE_PARTNER, { eventTypes: ["concierge_request.submitted"] });
    const submitted = await gql(db.current, cast.as.member, SUBMIT, { variables: { input: { category: "RESTAURANT", content: "Une table" } }, clock: clock() });
    expect(payloadOf(submitted, "submitConciergeRequest").userErrors).toEqual([]);
    const [delivery] = await db.current.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id));
    // A device event the partner may not read (CON-5).
    await recordAudit(
      db.current.db,
      { actor: cast.as.DESK_AGENT, clock: clock(), requestId: "device" },
      { operation: "activateDevice", onBehalfOfMemberId: cast.member.id, targetIds: [cast.member.id] },
    );
    const redeliver = (input: Record<string, unknown>) =>
      gql(db.current, cast.as.CONCIERGE_PARTNER, REDELIVER, {
        variables: { input: { endpointId: endpointGid(endpoint), ...input } },
        clock: new ManualClock("2026-11-26T11:00:00Z"),
      });
    const eventGid = toGlobalId("Event", delivery!.eventId);
    expect(payloadOf(await redeliver({ eventId: eventGid }), "redeliverWebhookEvents").queued).toBe(0); // still pending: already queued
    await db.current.db.update(webhookDeliveries).set({ status: "SUCCEEDED", attempts: 1 }).where(eq(webhookDeliveries.id, delivery!.id));
    expect(payloadOf(await redeliver({ eventId: eventGid }), "redeliverWebhookEvents")).toEqual({ queued: 1, userErrors: [] });
    const [reset] = await db.current.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery!.id));
    expect([reset!.status, reset!.attempts, reset!.nextAttemptAt.toISOString()]).toEqual(["PENDING", 0, "2026-11-26T11:00:00.000Z"]);

    const [deviceEvent] = await db.current.db.select({ id: events.id }).from(events).where(eq(events.type, "device.activated")).orderBy(desc(events.position)).limit(1);
    const before = await state();
    for (const input of [{ eventId: toGlobalId("Event", deviceEvent!.id) }, { eventId: toGlobalId("Event", "00000000-0000-4000-8000-000000000000") }, { eventId: "nope" }]) {
      expect(refusals(await redeliver(input), "redeliverWebhookEvents"), JSON.stringify(input)).toEqual([["WEBHOOK_EVENT_NOT_FOUND", "AUT-2"]]);
    }
    for (const input of [
      {},
      { from: "2026-11-26T00:00:00Z" },
      { from: "2026-11-27T00:00:00Z", to: "2026-11-26T00:00:00Z" },
      { from: "2026-10-01T00:00:00Z", to: "2026-11-26T00:00:00Z" },
      { eventId: eventGid, from: "2026-11-26T00:00:00Z" },
    ]) {
      expect(refusals(await redeliver(input), "redeliverWebhookEvents"), JSON.stringify(input)).toEqual([["WEBHOOK_REDELIVERY_RANGE_INVALID", null]]);
    }
    expect(await state()).toEqual(before);

    // A period: the submitted event (not the device one, not the callback type the endpoint does not want).
    await db.current.db.update(webhookDeliveries).set({ status: "FAILED" }).where(eq(webhookDeliveries.id, delivery!.id));
    // Every member's submitted events of the period (the partner reads them all, CON-5), no device event, no callback event.
    const inPeriod = await db.current.db
      .select({ id: events.id, type: events.type })
      .from(events)
      .where(and(gte(events.occurredAt, new Date("2026-11-26T00:00:00Z")), lt(events.occurredAt, new Date("2026-11-27T00:00:00Z"))));
    const wanted = inPeriod.filter((e) => e.type === "concierge_request.submitted").map((e) => e.id);
    expect(inPeriod.some((e) => e.type === "device.activated")).toBe(true);
    expect(payloadOf(await redeliver({ from: "2026-11-26T00:00:00Z", to: "2026-11-27T00:00:00Z" }), "redeliverWebhookEvents")).toEqual({ queued: wanted.length, userErrors: [] });
    const queuedNow = await db.current.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id));
    expect(queuedNow.map((d) => d.eventId).sort()).toEqual(wanted.sort());
    expect(queuedNow.every((d) => d.status === "PENDING")).toBe(true);
    expect(payloadOf(await redeliver({ from: "2026-11-20T00:00:00Z", to: "2026-11-21T00:00:00Z" }), "redeliverWebhookEvents").queued).toBe(0);
    // A disabled endpoint is enabled first.
    await db.current.db.update(webhookEndpoints).set({ status: "DISABLED" }).where(eq(webhookEndpoints.id, endpoint.id));
    expect(refusals(await redeliver({ eventId: eventGid }), "redeliverWebhookEvents")).toEqual([["WEBHOOK_ENDPOINT_DISABLED", null]]);
  });

  it("WHK: redelivery queues an event from before the endpoint existed (a new delivery)", async () => {
    const cast = await aConciergeCast(db.current);
    const res = await gql(db.current, cast.as.member, SUBMIT, { variables: { input: { category: "RESTAURANT", content: "Avant l'endpoint" } }, clock: clock() });
    expect(payloadOf(res, "submitConciergeRequest").userErrors).toEqual([]);
    const endpoint = await anEndpoint(db.current, cast.staff.CONCIERGE_PARTNER, { eventTypes: ["concierge_request.submitted"] });
    expect(await db.current.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id))).toEqual([]);
    const redelivered = await gql(db.current, cast.as.CONCIERGE_PARTNER, REDELIVER, {
      variables: { input: { endpointId: endpointGid(endpoint), from: "2026-11-26T09:59:00Z", to: "2026-11-26T10:01:00Z" } },
      clock: clock(),
    });
    const queued = payloadOf(redelivered, "redeliverWebhookEvents").queued as number;
    expect(queued).toBeGreaterThanOrEqual(1);
    expect(await db.current.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id))).toHaveLength(queued);
  });
});

describeOnPostgres("WHK: the endpoint limit under concurrency", () => {
  const db = useTestDatabase({ poolMax: 12 });
  beforeAll(() => useTargetPolicy(LOCAL_POLICY));

  it("WHK: 30 concurrent registrations by one partner make exactly 10 endpoints", async () => {
    const cast: Cast = await aCast(db.current);
    const results = await Promise.all(
      Array.from({ length: 30 }, () => gql(db.current, cast.as.CONCIERGE_PARTNER, REGISTER, { variables: { input: { url: PUBLIC_URL } }, clock: clock() })),
    );
    const codes = results.map(
      (r) =>
        payloadOf(r, "registerWebhookEndpoint")
          .userErrors.map((e) => e.code)
          .join() || "OK",
    );
    expect(codes.filter((c) => c === "OK")).toHaveLength(10);
    expect(codes.filter((c) => c === "WEBHOOK_ENDPOINT_LIMIT_REACHED")).toHaveLength(20);
    const rows = await db.current.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.ownerId, cast.staff.CONCIERGE_PARTNER.id));
    expect(rows).toHaveLength(10);
    expect(await countRows(db.current, webhookSecrets)).toBe(10);
  });
});
