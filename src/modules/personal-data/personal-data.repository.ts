import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../../shared/db.js";
import { CATALOGUE, catalogueEntry, type CatalogueEntry } from "./personal-data.catalogue.js";

/**
 * GDP-2/GDP-3: the queries of the personal-data module. This repository reads (and erases in)
 * every table that holds data about a member: that is its purpose, and the one documented
 * exception of .dependency-cruiser.cjs. Table and column names come from the catalogue, never
 * from input; every statement is set-based (one per table at most, whatever the row counts).
 */

export type JsonRow = Record<string, unknown>;

export interface RetainedRecord {
  table: string;
  recordId: string;
  legalBasis: string;
  /** ISO date (YYYY-MM-DD). */
  purgeOn: string;
}

export interface ErasureObstacles {
  optionInForce: boolean;
  balanceDue: boolean;
  dunningOpen: boolean;
}

const ident = (name: string) => sql.identifier(name);

/** The member's rows of `entry` under alias `alias`: on its member column, or through its parent's rows. */
function reach(entry: CatalogueEntry, alias: string, memberId: string, depth = 0): SQL {
  const column = sql`${ident(alias)}.${ident(entry.reach.column)}`;
  if (!entry.reach.parent) return sql`${column} = ${memberId}::uuid`;
  const parent = catalogueEntry(entry.reach.parent);
  if (!parent) throw new Error(`catalogue: ${entry.table} reaches unknown parent ${entry.reach.parent}`);
  const parentAlias = `p${depth}`;
  return sql`${column} in (select ${ident(parentAlias)}.id from ${ident(parent.table)} ${ident(parentAlias)} where ${reach(parent, parentAlias, memberId, depth + 1)})`;
}

/** A catalogue SQL fragment (a constant of the code) with `{now}` bound as a parameter. */
function fragment(text: string, now: Date): SQL {
  const parts = text.split("{now}");
  return sql.join(
    parts.map((part, i) => (i === 0 ? sql.raw(part) : sql`${now.toISOString()}::timestamptz${sql.raw(part)}`)),
    sql``,
  );
}

/** postgres.js answers an array of rows, PGlite `{ rows }`. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

function parsed(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}

export const personalDataRepository = {
  /** GDP-2: the first statement of the export's transaction: every read after it sees one snapshot. */
  async snapshot(tx: Queryable): Promise<void> {
    await tx.execute(sql`set transaction isolation level repeatable read`);
  },

  /** GDP-2: the member's rows of every catalogued table (or of `tables`), as JSON objects, in ONE statement. */
  async sectionsOf(db: Queryable, memberId: string, tables?: string[]): Promise<Record<string, JsonRow[]>> {
    const entries = tables ? CATALOGUE.filter((entry) => tables.includes(entry.table)) : CATALOGUE;
    const columns = entries.map(
      (entry) =>
        sql`(select coalesce(jsonb_agg(to_jsonb(t) order by ${sql.raw(
          entry.orderBy
            .split(",")
            .map((c) => `t.${c.trim()}`)
            .join(", "),
        )}), '[]'::jsonb) from ${ident(entry.table)} t where ${reach(entry, "t", memberId)}) as ${ident(entry.table)}`,
    );
    const [row] = rowsOf<Record<string, unknown>>(await db.execute(sql`select ${sql.join(columns, sql`, `)}`));
    return Object.fromEntries(entries.map((entry) => [entry.table, parsed(row?.[entry.table]) as JsonRow[]]));
  },

  /** GDP-3: what stops an erasure (the relationship has not ended, or money is owed), in one statement. */
  async obstacles(db: Queryable, memberId: string, now: Date): Promise<ErasureObstacles> {
    const at = now.toISOString();
    const [row] = rowsOf<{ option_in_force: boolean; balance_due: boolean; dunning_open: boolean }>(
      await db.execute(sql`select
        exists (select 1 from option_subscriptions o where o.member_id = ${memberId}::uuid and (o.ends_at is null or o.ends_at > ${at}::timestamptz)) as option_in_force,
        exists (select 1 from invoices i where i.member_id = ${memberId}::uuid and i.status <> 'DRAFT' and i.kind <> 'CREDIT_NOTE'
                and i.total_ttc_cents - i.paid_cents - i.credited_cents > 0) as balance_due,
        exists (select 1 from dunning_cases d where d.member_id = ${memberId}::uuid and d.closed_at is null) as dunning_open`),
    );
    return { optionInForce: Boolean(row?.option_in_force), balanceDue: Boolean(row?.balance_due), dunningOpen: Boolean(row?.dunning_open) };
  },

  /** GDP-3: redacts and anonymises the member's rows per the catalogue: one UPDATE per table that has something to change. */
  async erase(tx: Queryable, memberId: string, now: Date): Promise<Record<string, number>> {
    const changed: Record<string, number> = {};
    for (const entry of CATALOGUE) {
      if (entry.erasure.treatment === "keep") continue;
      const set = Object.entries(entry.erasure.set);
      if (set.length === 0) continue;
      const assignments = sql.join(
        set.map(([column, value]) => sql`${ident(column)} = ${fragment(value, now)}`),
        sql`, `,
      );
      const result = await tx.execute(sql`update ${ident(entry.table)} t set ${assignments} where ${reach(entry, "t", memberId)} returning 1`);
      changed[entry.table] = rowsOf(result).length;
    }
    return changed;
  },

  /** GDP-3: the records erasure keeps, with their legal basis and purge date, in one statement. */
  async retentionLedger(db: Queryable, memberId: string): Promise<RetainedRecord[]> {
    const parts = CATALOGUE.flatMap((entry) => {
      const erasure = entry.erasure;
      if (erasure.treatment !== "keep") return [];
      return [
        sql`select ${entry.table}::text as table_name, t.id::text as record_id, ${erasure.legalBasis}::text as legal_basis,
            to_char((${sql.raw(erasure.from)}) + interval ${sql.raw(`'${erasure.years} years'`)}, 'YYYY-MM-DD') as purge_on
            from ${ident(entry.table)} t where ${reach(entry, "t", memberId)}`,
      ];
    });
    const rows = rowsOf<{ table_name: string; record_id: string; legal_basis: string; purge_on: string }>(
      await db.execute(sql`${sql.join(parts, sql` union all `)} order by 1, 2`),
    );
    return rows.map((r) => ({ table: r.table_name, recordId: r.record_id, legalBasis: r.legal_basis, purgeOn: r.purge_on }));
  },

  /** An open ERASURE request of the member, locked until the answer commits. */
  async lockOpenErasureRequest(tx: Queryable, requestId: string, memberId: string): Promise<boolean> {
    const rows = rowsOf(
      await tx.execute(sql`select id from privacy_requests where id = ${requestId}::uuid and member_id = ${memberId}::uuid
        and kind = 'ERASURE' and status = 'RECEIVED' for update`),
    );
    return rows.length === 1;
  },

  async answerErasureRequest(tx: Queryable, requestId: string, answer: { at: Date; text: string; ledger: RetainedRecord[]; byId: string }): Promise<void> {
    await tx.execute(sql`update privacy_requests set status = 'ANSWERED', answered_at = ${answer.at.toISOString()}::timestamptz,
      answer = ${answer.text}, retention_ledger = ${JSON.stringify(answer.ledger)}::jsonb, answered_by_id = ${answer.byId}
      where id = ${requestId}::uuid`);
  },

  /**
   * GDP-3: a batch of members whose relationship ended before `cutoff` and who are not anonymised,
   * locked; rows another runner holds are skipped (several replicas share the work, none twice).
   * TERMINATED: `terminated_at`; REJECTED: the latest rejection (committee decision or membership event).
   */
  async lockRetentionBatch(tx: Queryable, cutoff: Date, limit: number, skip: string[]): Promise<string[]> {
    const at = cutoff.toISOString();
    const skipped = skip.length
      ? sql`and m.id not in (${sql.join(
          skip.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql``;
    const rows = rowsOf<{ id: string }>(
      await tx.execute(sql`select m.id from members m
        where m.anonymised_at is null ${skipped}
          and ((m.status = 'TERMINATED' and m.terminated_at < ${at}::timestamptz)
            or (m.status = 'REJECTED' and greatest(
                 (select max(d.decided_at) from committee_decisions d where d.member_id = m.id and d.decision = 'REJECT'),
                 (select max(e.at) from membership_events e where e.member_id = m.id and e.kind = 'REJECTED')) < ${at}::timestamptz))
        order by m.id limit ${limit} for update of m skip locked`),
    );
    return rows.map((r) => r.id);
  },

  /** AUT-4 for work no person started (the retention job): actor role SYSTEM. */
  async recordSystemAudit(tx: Queryable, entry: { at: Date; requestId: string; actorId: string; memberId: string; operation: string; details: Record<string, unknown> }) {
    await tx.execute(sql`insert into audit_log (at, request_id, actor_role, actor_id, on_behalf_of_member_id, operation, target_ids, details)
      values (${entry.at.toISOString()}::timestamptz, ${entry.requestId}, 'SYSTEM', ${entry.actorId}, ${entry.memberId}::uuid, ${entry.operation},
              array[${entry.memberId}]::text[], ${JSON.stringify(entry.details)}::jsonb)`);
  },
};
