import { sql, type SQL } from "drizzle-orm";
import type { Actor } from "../../authz/actor.js";
import type { Queryable } from "../../shared/db.js";
import { AREA_READERS, EVENT_AREAS, staffAreas, type EventArea } from "./catalogue.js";
import { rowsOf } from "./record.js";

/** One event as stored, in feed order. */
export interface EventRow {
  id: string;
  txid: string;
  position: string;
  type: string;
  memberId: string | null;
  memberSequence: number | null;
  objectType: string;
  objectId: string;
  data: Record<string, unknown>;
  occurredAt: Date;
}

/** Where a reader stands in the feed: after the event at (txid, position). */
export interface FeedPosition {
  txid: string;
  position: string;
}

/**
 * The events the actor may read after `after`, oldest first, at most `limit`.
 *
 * Ordered by (transaction id, position), and only below `pg_snapshot_xmin(pg_current_snapshot())`:
 * every transaction with a smaller id has ended, so no event can still appear before the reader's
 * position. A plain serial id would skip the event of a transaction that took its id first and
 * committed last. The price: the feed shows a committed event once every transaction older than
 * its own has ended (statements time out after DATABASE_STATEMENT_TIMEOUT_MS, idle transactions
 * after DATABASE_IDLE_IN_TX_TIMEOUT_MS).
 */
export async function readFeed(db: Queryable, actor: Actor, options: { after: FeedPosition | null; limit: number; types: readonly string[] | null }): Promise<EventRow[]> {
  const audience = audienceOf(actor);
  if (!audience) return [];
  const conditions: SQL[] = [sql`e.txid < pg_snapshot_xmin(pg_current_snapshot())`, audience];
  if (options.after) conditions.push(sql`(e.txid, e.position) > (${options.after.txid}::xid8, ${options.after.position}::bigint)`);
  if (options.types) conditions.push(sql`e.type = any(${`{${options.types.join(",")}}`}::text[])`);
  const rows = await db.execute(sql`
    select e.id::text as id, e.txid::text as txid, e.position::text as position, e.type, e.member_id::text as "memberId",
      e.member_sequence::int as "memberSequence", e.object_type as "objectType", e.object_id::text as "objectId", e.data, e.occurred_at as "occurredAt"
    from events e
    where ${sql.join(conditions, sql` and `)}
    order by e.txid, e.position
    limit ${options.limit}
  `);
  return rowsOf<EventRow>(rows).map((row) => ({ ...row, occurredAt: new Date(row.occurredAt) }));
}

const areaIn = (areas: readonly EventArea[]) => sql`split_part(e.type, '.', 1) = any(${`{${areas.join(",")}}`}::text[])`;

/** The events an actor reads (AUT-2, AUT-3, CON-5), as a condition on `events e`; null when none. */
function audienceOf(actor: Actor): SQL | null {
  if (actor.kind === "anonymous") return null;
  if (actor.kind === "staff") {
    const areas = staffAreas(actor.role);
    return areas.length > 0 ? areaIn(areas) : null;
  }
  if (actor.role === "PAYER") {
    const areas = EVENT_AREAS.filter((area) => AREA_READERS[area].payer);
    // Only the invoices assigned to this payer (AUT-2), not the member's others.
    return sql`${areaIn(areas)} and e.object_id in (select i.id from invoices i where i.payer_id::text = ${actor.subjectId})`;
  }
  const areas = actor.role === "MEMBER" ? EVENT_AREAS : EVENT_AREAS.filter((area) => AREA_READERS[area].delegate);
  return sql`e.member_id = ${actor.memberId}::uuid and ${areaIn(areas)}`;
}
