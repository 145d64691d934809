import { sql } from "drizzle-orm";
import { members } from "./members.js";
import { bigint, bigserial, check, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** PostgreSQL's 64-bit transaction id (`pg_current_xact_id()`), read as a decimal string. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => "xid8" });

/**
 * The transactional outbox (issue 13): one row per domain event, written by the transaction of the
 * change it describes (src/platform/events). The feed is ordered by (txid, position) and read only
 * below the oldest running transaction (`pg_snapshot_xmin`), so an event committed late is never
 * skipped by a reader that has moved past a later id.
 */
export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    txid: xid8("txid").notNull().default(sql`pg_current_xact_id()`),
    /** Order within a transaction (and a tie-break): never read alone, since ids commit out of order. */
    position: bigserial("position", { mode: "number" }).notNull(),
    /** `area.verb`, e.g. `concierge_request.submitted` (docs/events.md). */
    type: text("type").notNull(),
    /** The member the event concerns; null for events of no member. */
    memberId: uuid("member_id").references(() => members.id),
    /** 1, 2, 3… per member and area (the type's prefix), with no gap: a consumer that sees a jump knows it missed one. */
    memberSequence: bigint("member_sequence", { mode: "number" }),
    /** The GraphQL type of the object the event is about, and its raw id. */
    objectType: text("object_type").notNull(),
    objectId: uuid("object_id").notNull(),
    /** Thin payload: the object's state fields every reader of the event may see (docs/events.md). */
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    requestId: text("request_id"),
  },
  (t) => [uniqueIndex("events_feed_order").on(t.txid, t.position), index("events_member_feed").on(t.memberId, t.txid, t.position), index("events_object").on(t.objectId)],
);

/**
 * The last sequence number given to an event of one member in one area (`concierge_request`,
 * `invoice`…), bumped in the event's transaction. Per area, because every consumer reads whole
 * areas (the partner only `concierge_request`): a jump in what it reads is always a missed event.
 */
export const memberEventSequences = pgTable(
  "member_event_sequences",
  {
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id),
    area: text("area").notNull(),
    last: bigint("last", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.area] })],
);

export const WEBHOOK_ENDPOINT_STATUSES = ["ENABLED", "DISABLED"] as const;
export const WEBHOOK_DELIVERY_STATUSES = ["PENDING", "SUCCEEDED", "FAILED"] as const;

/** A partner's HTTPS endpoint that receives the events it may read, signed as Standard Webhooks says. */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The owner's role and subject id (today the concierge partner). */
    ownerRole: text("owner_role").notNull(),
    ownerId: text("owner_id").notNull(),
    url: text("url").notNull(),
    description: text("description"),
    /** The event types wanted; empty means every type the owner may read. */
    eventTypes: text("event_types").array().notNull().default(sql`'{}'::text[]`),
    status: text("status", { enum: WEBHOOK_ENDPOINT_STATUSES }).notNull().default("ENABLED"),
    disabledReason: text("disabled_reason"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("webhook_endpoints_owner").on(t.ownerRole, t.ownerId), check("webhook_endpoints_status_check", sql`${t.status} in ('ENABLED','DISABLED')`)],
);

/** An endpoint's signing secrets (`whsec_…`): the current one, and the previous one until its overlap ends. */
export const webhookSecrets = pgTable(
  "webhook_secrets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    secret: text("secret").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    /** Null for the current secret; set at rotation: signatures with it continue until then. */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
  },
  (t) => [index("webhook_secrets_endpoint").on(t.endpointId)],
);

/** One event to push to one endpoint: written with the event, then attempted by the delivery worker. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    status: text("status", { enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default("PENDING"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull(),
    /** The worker that claimed the next attempt, and until when (a lease: a crashed worker's claim lapses). */
    leaseToken: uuid("lease_token"),
    leasedUntil: timestamp("leased_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_endpoint_event").on(t.endpointId, t.eventId),
    index("webhook_deliveries_due").on(t.nextAttemptAt).where(sql`${t.status} = 'PENDING'`),
    check("webhook_deliveries_status_check", sql`${t.status} in ('PENDING','SUCCEEDED','FAILED')`),
  ],
);

/** Every attempt, as the partner can read it: status, duration and the first bytes of the answer. */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    deliveryId: uuid("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    endpointId: uuid("endpoint_id").notNull(),
    eventId: uuid("event_id").notNull(),
    attempt: integer("attempt").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    durationMs: integer("duration_ms").notNull(),
    statusCode: integer("status_code"),
    /** SUCCEEDED, HTTP_ERROR, TIMEOUT, NETWORK_ERROR, REDIRECT, BLOCKED (SSRF allow-list). */
    outcome: text("outcome").notNull(),
    error: text("error"),
    responseExcerpt: text("response_excerpt"),
  },
  (t) => [index("webhook_attempts_delivery").on(t.deliveryId), index("webhook_attempts_endpoint").on(t.endpointId, t.startedAt)],
);

/**
 * Idempotency keys (issue 13): the key a caller sent, scoped to the caller, with the fingerprint of
 * the request and the response it got, written in the transaction of the request's effect.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    /** The caller: `<role>:<subject id>`. */
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    /** sha256 of the operation document, its operation name and its coerced variables. */
    fingerprint: text("fingerprint").notNull(),
    operationName: text("operation_name"),
    /** The GraphQL response body first sent, replayed as is. */
    response: jsonb("response").$type<Record<string, unknown>>().notNull(),
    httpStatus: integer("http_status").notNull().default(200),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index("idempotency_keys_expiry").on(t.expiresAt)],
);

/**
 * The sandbox clock (issue 13), outside production only: how far the deployment's time has been
 * moved forward, shared by every replica. One row; the offset only grows.
 */
export const sandboxClock = pgTable(
  "sandbox_clock",
  {
    id: integer("id").primaryKey().default(1),
    offsetMs: bigint("offset_ms", { mode: "number" }).notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [check("sandbox_clock_one_row", sql`${t.id} = 1`), check("sandbox_clock_forward", sql`${t.offsetMs} >= 0`)],
);
