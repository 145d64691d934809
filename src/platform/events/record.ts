import { sql } from "drizzle-orm";
import type { Context } from "../../context.js";
import type { Queryable } from "../../shared/db.js";
import { AREA_READERS, areaOf, EVENT_RULES, type EventRule } from "./catalogue.js";

/** The audit entry of a change (src/shared/audit.ts), as far as its events need it. */
export interface AuditedChange {
  operation: string;
  onBehalfOfMemberId: string | null;
  targetIds: string[];
  details?: Record<string, unknown>;
}

/**
 * Writes the events of one audited change, in the change's transaction (called by recordAudit):
 * one statement per event rule that applies, which also
 *  - numbers the events per member and area (`member_event_sequences`, a row lock held to commit,
 *    so two changes of one member never get the same number and never leave a gap), and
 *  - queues a webhook delivery for every enabled endpoint whose owner reads the area and that
 *    wants the type, so a delivery exists exactly when its event committed.
 */
export async function recordEvents(tx: Queryable, ctx: Pick<Context, "clock" | "requestId">, entry: AuditedChange): Promise<void> {
  const rules = EVENT_RULES[entry.operation];
  if (!rules) return;
  const details = entry.details ?? {};
  for (const rule of rules) {
    if (rule.when && !rule.when(details)) continue;
    const objects = await objectsOf(tx, rule, entry);
    if (objects.length > 0) await insertEvents(tx, ctx, rule, objects, rule.data?.(details) ?? {});
  }
}

interface EventObject {
  objectId: string;
  memberId: string | null;
}

async function objectsOf(tx: Queryable, rule: EventRule, entry: AuditedChange): Promise<EventObject[]> {
  if (rule.target !== "all") {
    const objectId = entry.targetIds[rule.target ?? 0];
    return objectId ? [{ objectId, memberId: entry.onBehalfOfMemberId }] : [];
  }
  // The invoice run audits a batch of invoices with no member: each invoice's member, in one statement.
  if (entry.targetIds.length === 0) return [];
  const rows = await tx.execute(
    sql`select id::text as "objectId", member_id::text as "memberId" from invoices where id = any(${`{${entry.targetIds.join(",")}}`}::uuid[]) order by id`,
  );
  return rowsOf<EventObject>(rows);
}

export async function insertEvents(tx: Queryable, ctx: Pick<Context, "clock" | "requestId">, rule: EventRule, objects: EventObject[], data: Record<string, unknown>) {
  const area = areaOf(rule.type);
  const at = ctx.clock.now().toISOString();
  const input = JSON.stringify(objects.map((o, ord) => ({ object_id: o.objectId, member_id: o.memberId, ord })));
  const owners = `{${AREA_READERS[area].staff.join(",")}}`;
  await tx.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${input}::jsonb) as i(object_id uuid, member_id uuid, ord int)
    ),
    counts as (
      select member_id, count(*)::bigint as n from input where member_id is not null group by member_id
    ),
    numbers as (
      insert into member_event_sequences (member_id, area, last)
      select member_id, ${area}, n from counts
      on conflict (member_id, area) do update set last = member_event_sequences.last + excluded.last
      returning member_id, last
    ),
    numbered as (
      select i.object_id, i.member_id, i.ord,
        n.last - count(*) over (partition by i.member_id) + row_number() over (partition by i.member_id order by i.ord) as sequence
      from input i left join numbers n on n.member_id = i.member_id
    ),
    inserted as (
      insert into events (type, member_id, member_sequence, object_type, object_id, data, occurred_at, request_id)
      select ${rule.type}, member_id, case when member_id is null then null else sequence end, ${rule.objectType}, object_id, ${JSON.stringify(data)}::jsonb, ${at}::timestamptz, ${ctx.requestId}
      from numbered order by ord
      returning id, type
    )
    insert into webhook_deliveries (endpoint_id, event_id, next_attempt_at, created_at, updated_at)
    select e.id, inserted.id, ${at}::timestamptz, ${at}::timestamptz, ${at}::timestamptz
    from inserted join webhook_endpoints e
      on e.status = 'ENABLED' and e.owner_role = any(${owners}::text[]) and (cardinality(e.event_types) = 0 or inserted.type = any(e.event_types))
  `);
}

/** The rows of a raw statement, whichever driver ran it (postgres.js returns an array, PGlite `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
