import { sql } from "drizzle-orm";
import type { Context } from "../../context.js";
import type { Queryable } from "../../shared/db.js";
import { parisDate } from "../../shared/paris-time.js";
import type { EventRule } from "./catalogue.js";
import { insertEvents, rowsOf } from "./record.js";

const BATCH = 500;

/** What becomes due with time alone, with no change to audit: each one an event, once. */
const DUE: { rule: EventRule; objects: (now: Date) => ReturnType<typeof sql> }[] = [
  {
    // QUO-2: an issued quote past its validity date (a Paris date, inclusive) is expired.
    rule: { type: "quote.expired", objectType: "Quote" },
    objects: (now) => sql`select q.id::text as "objectId", q.member_id::text as "memberId" from quotes q
      where q.status = 'ISSUED' and q.valid_until < ${parisDate(now)}::date
        and not exists (select 1 from events e where e.object_id = q.id and e.type = 'quote.expired')
      order by q.valid_until, q.id limit ${BATCH}`,
  },
  {
    // OPT-4/OPT-5: an option whose end date has come has ended (its end was scheduled earlier).
    rule: { type: "option.ended", objectType: "OptionSubscription" },
    objects: (now) => sql`select o.id::text as "objectId", o.member_id::text as "memberId" from option_subscriptions o
      where o.ends_at is not null and o.ends_at <= ${now.toISOString()}::timestamptz
        and not exists (select 1 from events e where e.object_id = o.id and e.type = 'option.ended')
      order by o.ends_at, o.id limit ${BATCH}`,
  },
];

/**
 * Emits the events of what time made due (a quote expired, an option ended), at most once each.
 * Runs inside `tx`; replicas sweeping at once are serialised by a transaction-level advisory lock,
 * and the one that waits finds nothing left. Called when the sandbox clock moves (in the same
 * transaction) and periodically by the server for real time. Returns how many events it wrote.
 */
export async function sweepDueEvents(tx: Queryable, ctx: Pick<Context, "clock" | "requestId">): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('parnasse.due-events', 0))`);
  const now = ctx.clock.now();
  let written = 0;
  for (const due of DUE) {
    // By batches of BATCH, until a batch comes back short: a long move of the clock makes many due at once.
    for (;;) {
      const objects = rowsOf<{ objectId: string; memberId: string | null }>(await tx.execute(due.objects(now)));
      if (objects.length > 0) await insertEvents(tx, ctx, due.rule, objects, {});
      written += objects.length;
      if (objects.length < BATCH) break;
    }
  }
  return written;
}
