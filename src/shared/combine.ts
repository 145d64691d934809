import { Column, is, SQL } from "drizzle-orm";
import type { Db } from "./db.js";
import { isDatabaseUnavailable } from "./errors.js";

/**
 * Issue 15: the reads a request starts together are sent together. GraphQL resolves a level of the
 * query at once (the member's addresses, devices, mailboxes, interventions…), and each relation's
 * DataLoader dispatches its batch in the same turn of the event loop. Without this, each batch is a
 * statement and a round trip of its own. With it, the selects of one turn go out as ONE statement:
 *
 *   select (select coalesce(json_agg(json_build_array(t.c1, t.c2::text, …)), '[]') from (<select 1>) as t(c1, c2, …)) as r0,
 *          (… <select 2> …) as r1, …
 *
 * Each select keeps its own SQL, parameters and ORDER BY (an aggregate reads a sorted subquery in
 * its order). Each value is encoded so that drizzle's decoder gets what the driver would have
 * given it: JSON-native types (text, uuid, enums, booleans, integers, json) as they are, and the
 * types drizzle reads as text (timestamps, dates, numeric, bigint) cast to text, which is the
 * driver's own text form; an SQL expression read as a number (`count()`) too. A select this cannot
 * encode exactly (another SQL expression, a float, an unknown column type, a locking read) runs as
 * before, on its own.
 *
 * Only the request's database is combined, never a transaction: writes and their reads keep
 * their statements and their order. A combined statement that fails for another reason than an
 * outage is re-run select by select, so that each one meets its own error.
 */

type Fields = { path: string[]; field: unknown }[];

/** drizzle column types whose driver value is what json_build_array gives. */
const NATIVE = new Set([
  "PgUUID",
  "PgText",
  "PgVarchar",
  "PgChar",
  "PgBoolean",
  "PgInteger",
  "PgSmallInt",
  "PgSerial",
  "PgSmallSerial",
  "PgJson",
  "PgJsonb",
  "PgEnumColumn",
  "PgEnumObjectColumn",
]);
/** drizzle column types the drivers hand over as text (their parsers are turned off): cast to text. */
const AS_TEXT = new Set([
  "PgTimestamp",
  "PgTimestampString",
  "PgDate",
  "PgDateString",
  "PgTime",
  "PgNumeric",
  "PgNumericNumber",
  "PgNumericBigInt",
  "PgBigInt53",
  "PgBigInt64",
  "PgBigSerial53",
  "PgBigSerial64",
  "PgInterval",
]);

/** How each selected value is written into the JSON array; null when one of them cannot be written exactly. */
function encodersOf(fields: Fields | undefined): ("native" | "text")[] | null {
  if (!fields || fields.length === 0) return null;
  const encoders: ("native" | "text")[] = [];
  for (const { field } of fields) {
    // An SQL expression read as a number (`count()`, `.mapWith(Number)`): its text form gives the same number.
    if (is(field, SQL) || is(field, SQL.Aliased)) {
      const expression = is(field, SQL.Aliased) ? (field as SQL.Aliased).sql : (field as SQL);
      if ((expression as unknown as { decoder?: { mapFromDriverValue?: unknown } }).decoder?.mapFromDriverValue !== Number) return null;
      encoders.push("text");
      continue;
    }
    if (!is(field, Column)) return null;
    const type = (field as Column).columnType;
    if (NATIVE.has(type)) encoders.push("native");
    else if (AS_TEXT.has(type)) encoders.push("text");
    else if (type === "PgArray" && NATIVE.has((field as unknown as { baseColumn: Column }).baseColumn?.columnType)) encoders.push("native");
    else return null;
  }
  return encoders;
}

/**
 * drizzle maps each row by asking, for every value, what kind of field it is (`is(field, Column)`,
 * walking prototypes): on a page of 50 members with their relations, a tenth of the request's CPU.
 * For a flat selection (every path one key long: no joined table nested) the decoders are looked
 * up once per query instead, and each row is a plain loop. Anything else keeps drizzle's mapping.
 */
function fastMapper(fields: Fields | undefined): ((rows: unknown[][]) => unknown[]) | undefined {
  if (!fields || fields.length === 0 || fields.some((f) => f.path.length !== 1)) return undefined;
  const keys: string[] = [];
  const decoders: ((value: unknown) => unknown)[] = [];
  for (const { path, field } of fields) {
    let decoder: { mapFromDriverValue: (value: unknown) => unknown } | undefined;
    if (is(field, Column)) decoder = field as unknown as { mapFromDriverValue: (value: unknown) => unknown };
    else if (is(field, SQL)) decoder = (field as unknown as { decoder: typeof decoder }).decoder;
    else if (is(field, SQL.Aliased)) decoder = ((field as SQL.Aliased).sql as unknown as { decoder: typeof decoder }).decoder;
    if (!decoder) return undefined;
    keys.push(path[0]!);
    decoders.push(decoder.mapFromDriverValue.bind(decoder));
  }
  const n = keys.length;
  return (rows) =>
    rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) {
        const value = row[i];
        out[keys[i]!] = value === null ? null : decoders[i]!(value);
      }
      return out;
    });
}

/** A selection's encoders and mapper; kept for the selections built once (rowsWhereIn's, one per table). */
const plans = new WeakMap<Fields, { encoders: ("native" | "text")[] | null; mapper: ((rows: unknown[][]) => unknown[]) | undefined }>();

function planOf(fields: Fields | undefined) {
  if (!fields) return null;
  let plan = plans.get(fields);
  if (!plan) {
    plan = { encoders: encodersOf(fields), mapper: fastMapper(fields) };
    plans.set(fields, plan);
  }
  return plan;
}

const COMBINABLE = /^\s*select\s/i;
/** An IN list of several placeholders: its text changes with the list's length. */
const VARYING_LIST = /\bin \(\$[0-9]+, \$/i;
/**
 * Text the placeholder renumbering does not read exactly: comments, dollar quoting, E'' strings,
 * a `$` that is not a placeholder or that ends an identifier. Such a select runs alone.
 */
const UNPLAIN = /--|\/\*|\$(?![0-9])|[A-Za-z0-9_]\$[0-9]|[eE]'/;
const LOCKING = /\bfor\s+(update|share|no\s+key\s+update|key\s+share)\b/i;

/** `$n` placeholders moved by `offset`, outside quoted literals and identifiers. */
export function shiftPlaceholders(sql: string, offset: number): string {
  if (offset === 0) return sql;
  let out = "";
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (quote) {
      out += ch;
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
      continue;
    }
    if (ch === "$" && /[0-9]/.test(sql[i + 1] ?? "")) {
      let j = i + 1;
      while (j < sql.length && /[0-9]/.test(sql[j]!)) j++;
      out += `$${Number(sql.slice(i + 1, j)) + offset}`;
      i = j - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

interface Pending {
  sql: string;
  params: unknown[];
  encoders: ("native" | "text")[];
  resolve: (rows: unknown[][]) => void;
  reject: (error: unknown) => void;
}

interface Driver {
  /** Runs one statement; its rows as arrays of driver values. */
  rows(sql: string, params: unknown[]): Promise<unknown[][]>;
}

interface Logger {
  logQuery(query: string, params: unknown[]): void;
}

/** An outage (the app's own test) or a statement timeout: re-running the selects one by one would only multiply it. */
function isOutage(error: unknown): boolean {
  return isDatabaseUnavailable(error) || (error as { code?: unknown })?.code === "57014";
}

class Combiner {
  private pending: Pending[] = [];
  private scheduled = false;

  constructor(
    private readonly driver: Driver,
    private readonly logger: Logger,
  ) {}

  enqueue(sql: string, params: unknown[], encoders: ("native" | "text")[]): Promise<unknown[][]> {
    return new Promise((resolve, reject) => {
      this.pending.push({ sql, params, encoders, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush() {
    const batch = this.pending;
    this.pending = [];
    this.scheduled = false;
    if (batch.length === 1) return this.alone(batch[0]!);
    const params: unknown[] = [];
    const columns = batch.map((p, i) => {
      const names = p.encoders.map((_, n) => `c${n}`);
      const values = p.encoders.map((e, n) => (e === "text" ? `t.c${n}::text` : `t.c${n}`));
      const sql = shiftPlaceholders(p.sql, params.length);
      params.push(...p.params);
      return `(select coalesce(json_agg(json_build_array(${values.join(", ")})), '[]'::json) from (${sql}) as t(${names.join(", ")})) as r${i}`;
    });
    const combined = `select ${columns.join(",\n  ")}`;
    this.logger.logQuery(combined, params);
    let row: unknown[];
    try {
      [row = []] = await this.driver.rows(combined, params);
    } catch (error) {
      if (isOutage(error)) {
        for (const p of batch) p.reject(error);
        return;
      }
      // One select's own error (a bad cast, a timeout): each meets its own.
      await Promise.all(batch.map((p) => this.alone(p)));
      return;
    }
    batch.forEach((p, i) => {
      const value = row[i];
      p.resolve((typeof value === "string" ? JSON.parse(value) : value) as unknown[][]);
    });
  }

  private async alone(p: Pending) {
    this.logger.logQuery(p.sql, p.params);
    try {
      p.resolve(await this.driver.rows(p.sql, p.params));
    } catch (error) {
      p.reject(error);
    }
  }
}

interface PreparedLike {
  client: unknown;
  logger: Logger;
  queryConfig?: unknown;
}

type PostgresClient = { unsafe(sql: string, params: unknown[], options?: unknown): { values(): Promise<unknown[][]> } };
type PgliteClient = { query(sql: string, params: unknown[], options?: unknown): Promise<{ rows: unknown[][] }> };

/**
 * The request's view of `db`: the same database, whose eligible selects are combined per turn of
 * the event loop. `db` must not be a transaction.
 */
const COMBINED = Symbol("combining");

export function combiningDb(db: Db): Db {
  if ((db as unknown as Record<symbol, unknown>)[COMBINED]) return db;
  const real = db as unknown as { session: { prepareQuery: (...args: unknown[]) => PreparedLike } };
  let combiner: Combiner | null = null;
  const session = new Proxy(real.session, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property !== "prepareQuery") return typeof value === "function" ? value.bind(target) : value;
      return (query: { sql: string }, fields: Fields | undefined, name: unknown, arrayMode: unknown, customResultMapper: unknown, ...rest: unknown[]) => {
        const plan = customResultMapper ? null : planOf(fields);
        const encoders = plan?.encoders ?? null;
        const prepared = target.prepareQuery(query, fields, name, arrayMode, customResultMapper ?? plan?.mapper, ...rest);
        if (!encoders || !COMBINABLE.test(query.sql) || LOCKING.test(query.sql) || UNPLAIN.test(query.sql)) return prepared;
        const client = prepared.client as Partial<PostgresClient & PgliteClient>;
        if (!combiner) {
          const driver: Driver = client.unsafe
            ? // Named prepared statements when the text is stable (no IN list whose length follows the data): parsed and planned
              // once per connection (about 20 % of the dashboard's throughput). postgres.js never evicts them, so a text that varies
              // with a list's length goes unnamed; connections are recycled every 30 minutes (src/shared/db.ts, max_lifetime).
              { rows: (sql, params) => (client as PostgresClient).unsafe(sql, params, { prepare: !VARYING_LIST.test(sql) }).values() }
            : { rows: async (sql, params) => (await (client as PgliteClient).query(sql, params, prepared.queryConfig)).rows };
          combiner = new Combiner(driver, prepared.logger);
        }
        const active = combiner;
        // The select is counted (logged) when it is sent, alone or combined.
        prepared.logger = { logQuery: () => {} };
        prepared.client = client.unsafe
          ? ({ unsafe: (sql: string, params: unknown[]) => ({ values: () => active.enqueue(sql, params, encoders) }) } satisfies PostgresClient)
          : ({ query: async (sql: string, params: unknown[]) => ({ rows: await active.enqueue(sql, params, encoders) }) } satisfies PgliteClient);
        return prepared;
      };
    },
  });
  return Object.create(db, { session: { value: session }, [COMBINED]: { value: true } }) as Db;
}
