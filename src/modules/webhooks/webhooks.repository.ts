import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import { events, webhookAttempts, webhookEndpoints, webhookSecrets } from "../../../db/schema/platform.js";
import type { Queryable } from "../../shared/db.js";
import { rowsOf } from "../../platform/events/record.js";
import { insertRow, lockRow, updateRow } from "../../shared/rows.js";

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
/** An endpoint with the end of its previous secret's overlap (null when none is running). */
export type EndpointView = EndpointRow & { previousKeyExpiresAt: Date | null };

export interface AttemptView {
  id: string;
  eventId: string;
  eventType: string;
  attempt: number;
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  outcome: string;
  error: string | null;
  responseExcerpt: string | null;
}

const toDate = (value: unknown): Date | null => (value === null || value === undefined ? null : new Date(value as string));

/** Drizzle queries only: the rules live in webhooks.service.ts. */
export const webhooksRepository = {
  /**
   * Serialises the writes of one owner's endpoints (a transaction-level advisory lock): the count
   * behind "at most 10 per owner" cannot be raced (STACK.md: count under a lock).
   */
  async lockOwner(tx: Queryable, ownerRole: string, ownerId: string): Promise<void> {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`webhooks.owner:${ownerRole}:${ownerId}`}, 0))`);
  },

  async countOwned(tx: Queryable, ownerRole: string, ownerId: string): Promise<number> {
    const [row] = await tx
      .select({ n: count() })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.ownerRole, ownerRole), eq(webhookEndpoints.ownerId, ownerId)));
    return Number(row?.n ?? 0);
  },

  insertEndpoint: (tx: Queryable, values: typeof webhookEndpoints.$inferInsert): Promise<EndpointRow> => insertRow(tx, webhookEndpoints, values),

  updateEndpoint: (tx: Queryable, id: string, values: Partial<typeof webhookEndpoints.$inferInsert>): Promise<EndpointRow> => updateRow(tx, webhookEndpoints, id, values),

  lockEndpoint: (tx: Queryable, id: string): Promise<EndpointRow | undefined> => lockRow(tx, webhookEndpoints, id),

  async insertSecret(tx: Queryable, endpointId: string, secret: string, at: Date): Promise<void> {
    await tx.insert(webhookSecrets).values({ endpointId, secret, createdAt: at });
  },

  /**
   * Rotation: the current secret keeps signing until `until`, older ones (a previous overlap) stop
   * now; then the new secret becomes the current one. At most two secrets sign at any time.
   */
  async rotateSecret(tx: Queryable, endpointId: string, secret: string, now: Date, until: Date): Promise<void> {
    await tx.delete(webhookSecrets).where(and(eq(webhookSecrets.endpointId, endpointId), isNotNull(webhookSecrets.expiresAt)));
    if (until.getTime() <= now.getTime()) await tx.delete(webhookSecrets).where(eq(webhookSecrets.endpointId, endpointId));
    else
      await tx
        .update(webhookSecrets)
        .set({ expiresAt: until })
        .where(and(eq(webhookSecrets.endpointId, endpointId), isNull(webhookSecrets.expiresAt)));
    await tx.insert(webhookSecrets).values({ endpointId, secret, createdAt: now });
  },

  /** Endpoints with their overlap end, oldest first, after the keyset `after`; `owner` null: every owner's (the desk). */
  async endpoints(
    db: Queryable,
    filter: { owner: { role: string; id: string } | null; ids?: string[]; after: [string, string] | null; limit: number; now: Date },
  ): Promise<EndpointView[]> {
    const t = webhookEndpoints;
    const conditions: SQL[] = [];
    if (filter.owner) conditions.push(and(eq(t.ownerRole, filter.owner.role), eq(t.ownerId, filter.owner.id))!);
    if (filter.ids) conditions.push(sql`${t.id} = any(${`{${filter.ids.join(",")}}`}::uuid[])`);
    if (filter.after) conditions.push(sql`(${t.createdAt}, ${t.id}) > (${filter.after[0]}::timestamptz, ${filter.after[1]}::uuid)`);
    const rows = await db
      .select({
        endpoint: t,
        previousKeyExpiresAt: sql<unknown>`(select max(s.expires_at) from webhook_secrets s where s.endpoint_id = "webhook_endpoints"."id" and s.expires_at > ${filter.now.toISOString()}::timestamptz)`,
      })
      .from(t)
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(asc(t.createdAt), asc(t.id))
      .limit(filter.limit);
    return rows.map((r) => ({ ...r.endpoint, previousKeyExpiresAt: toDate(r.previousKeyExpiresAt) }));
  },

  /** An endpoint's attempts, newest first, with the event's type, in one statement. */
  async attempts(db: Queryable, endpointId: string, filter: { after: [string, string] | null; limit: number }): Promise<AttemptView[]> {
    const a = webhookAttempts;
    const conditions: SQL[] = [eq(a.endpointId, endpointId)];
    if (filter.after) conditions.push(sql`(${a.startedAt}, ${a.id}) < (${filter.after[0]}::timestamptz, ${filter.after[1]}::uuid)`);
    return db
      .select({
        id: a.id,
        eventId: a.eventId,
        eventType: events.type,
        attempt: a.attempt,
        startedAt: a.startedAt,
        durationMs: a.durationMs,
        statusCode: a.statusCode,
        outcome: a.outcome,
        error: a.error,
        responseExcerpt: a.responseExcerpt,
      })
      .from(a)
      .innerJoin(events, eq(events.id, a.eventId))
      .where(and(...conditions))
      .orderBy(desc(a.startedAt), desc(a.id))
      .limit(filter.limit);
  },

  /** How many events of these types occurred in [from, to). */
  async countEventsIn(tx: Queryable, types: readonly string[], from: Date, to: Date): Promise<number> {
    const [row] = await tx
      .select({ n: count() })
      .from(events)
      .where(and(sql`${events.type} = any(${`{${types.join(",")}}`}::text[])`, gte(events.occurredAt, from), lt(events.occurredAt, to)));
    return Number(row?.n ?? 0);
  },

  async eventTypeOf(tx: Queryable, eventId: string): Promise<string | null> {
    const [row] = await tx.select({ type: events.type }).from(events).where(eq(events.id, eventId));
    return row?.type ?? null;
  },

  /**
   * Queues the selected events for the endpoint, in one statement: a new delivery where there is
   * none (an event from before the endpoint, or of a type it did not want then), and a finished
   * delivery (SUCCEEDED or FAILED) back to PENDING with a fresh schedule (attempts 0; the earlier
   * attempts stay in the history). A delivery still PENDING is left as it is: it is already queued.
   * Returns how many deliveries were queued.
   */
  async queue(tx: Queryable, endpointId: string, selection: { eventId: string } | { types: readonly string[]; from: Date; to: Date }, now: Date): Promise<number> {
    const at = now.toISOString();
    const which =
      "eventId" in selection
        ? sql`ev.id = ${selection.eventId}::uuid`
        : sql`ev.type = any(${`{${selection.types.join(",")}}`}::text[]) and ev.occurred_at >= ${selection.from.toISOString()}::timestamptz and ev.occurred_at < ${selection.to.toISOString()}::timestamptz`;
    const rows = await tx.execute(sql`
      insert into webhook_deliveries (endpoint_id, event_id, next_attempt_at, created_at, updated_at)
      select ${endpointId}::uuid, ev.id, ${at}::timestamptz, ${at}::timestamptz, ${at}::timestamptz from events ev where ${which}
      on conflict (endpoint_id, event_id) do update set status = 'PENDING', attempts = 0, next_attempt_at = excluded.next_attempt_at,
        lease_token = null, leased_until = null, updated_at = excluded.updated_at
        where webhook_deliveries.status <> 'PENDING'
      returning id`);
    return rowsOf(rows).length;
  },
};
