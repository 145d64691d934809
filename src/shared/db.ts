import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Logger } from "drizzle-orm/logger";
import * as schema from "../../db/schema/index.js";
import type { Config } from "../config.js";

export type Schema = typeof schema;
/** One type for both drivers, so no module knows which database it talks to. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Anything that can run a query: the database or an open transaction. */
export type Queryable = Db | Tx;

export interface Database {
  readonly kind: "postgres" | "pglite";
  readonly db: Db;
  /** Counts every statement sent through drizzle: the basis of the N+1 tests. */
  readonly statements: { count: number };
  /** Issue 16: the pool as the project's own calls see it (postgres.js keeps no statistics); read by /metrics. */
  readonly pool: PoolStats;
  ping(): Promise<void>;
  /** `timeoutMs`: how long running queries may take before their connections are cut (PostgreSQL). */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

export type DatabaseConfig = Config["database"];

/**
 * The connection pool, counted around `db.transaction`: a transaction has a connection to itself
 * from its BEGIN to its COMMIT, so `reserved` are held and `waiting` wait for one, and `onWait`
 * hears how long each waited. Single statements take no connection of their own: postgres.js
 * pipelines them on the open connections (PGlite runs everything on its one connection, in turn).
 */
export interface PoolStats {
  /** Connections the pool may open: DATABASE_POOL_MAX, or 1 for PGlite. */
  readonly size: number;
  reserved: number;
  waiting: number;
  onWait: ((seconds: number) => void) | null;
}

function countTransactions(db: Db, size: number): PoolStats {
  const pool: PoolStats = { size, reserved: 0, waiting: 0, onWait: null };
  const transaction = db.transaction.bind(db);
  db.transaction = ((run: Parameters<Db["transaction"]>[0], config?: Parameters<Db["transaction"]>[1]) => {
    const asked = performance.now();
    let started = false;
    pool.waiting++;
    return transaction(async (tx) => {
      started = true;
      pool.waiting--;
      pool.reserved++;
      pool.onWait?.((performance.now() - asked) / 1000);
      return run(tx);
    }, config).finally(() => {
      if (started) pool.reserved--;
      else pool.waiting--;
    });
  }) as Db["transaction"];
  return pool;
}

/** Walks up from this file to db/migrations, so it works from src/ (tsx) and dist/src/ (node). */
export function migrationsFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "db", "migrations");
    if (existsSync(join(candidate, "meta", "_journal.json"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`db/migrations not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

function counter(): { statements: { count: number }; logger: Logger } {
  const statements = { count: 0 };
  return { statements, logger: { logQuery: () => void statements.count++ } };
}

/** Opens the configured database and applies pending migrations: the only way a schema reaches it. */
export async function openDatabase(config: DatabaseConfig, options: { migrate?: boolean } = {}): Promise<Database> {
  const database = config.kind === "postgres" ? await openPostgres(config) : await openPglite(config.dataDir);
  if (options.migrate !== false) await database.migrate();
  return database;
}

async function openPostgres(config: Extract<DatabaseConfig, { kind: "postgres" }>) {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(config.url, {
    max: config.poolMax,
    idle_timeout: 30,
    connect_timeout: 5,
    max_lifetime: 60 * 30,
    // Reconnect quickly after a database restart: the default delay grows pool-wide up to 10–20 s.
    backoff: (retries: number) => (0.5 + Math.random() / 2) * Math.min(0.05 * 2 ** retries, 1),
    onnotice: () => {},
    connection: {
      application_name: "parnasse-partner-api",
      statement_timeout: config.statementTimeoutMs,
      idle_in_transaction_session_timeout: config.idleInTransactionTimeoutMs,
      TimeZone: "UTC",
    },
  });
  const { statements, logger } = counter();
  const db = drizzle(client, { schema, logger }) as unknown as Db;
  return {
    kind: "postgres" as const,
    db,
    statements,
    pool: countTransactions(db, config.poolMax),
    migrate: () => migrate(drizzle(client, { schema }), { migrationsFolder: migrationsFolder() }),
    ping: async () => void (await client`select 1`),
    close: (options: { timeoutMs?: number } = {}) => client.end({ timeout: (options.timeoutMs ?? 5_000) / 1000 }),
  };
}

type PgliteOptions = import("@electric-sql/pglite").PGliteOptions;

/**
 * Every PGlite instance is created here, with the contrib extensions the migrations use: PGlite
 * ships them apart, and `CREATE EXTENSION` (or reopening a database that has one) fails unless
 * the extension was passed at creation. pg_trgm: the desk search's trigram indexes (migration 0025).
 */
export async function createPglite(options: Omit<PgliteOptions, "extensions"> = {}): Promise<PgliteClient> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  return PGlite.create({ ...options, extensions: { pg_trgm } });
}

async function openPglite(dataDir: string | null) {
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  if (!dataDir) return wrapPglite(await createPglite(), { drizzle, migrate });
  const lock = lockDataDirectory(dataDir);
  try {
    const database = wrapPglite(await createPglite({ dataDir }), { drizzle, migrate });
    return { ...database, close: () => database.close().finally(() => lock.release()) };
  } catch (error) {
    lock.release();
    throw error;
  }
}

export class DataDirectoryInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The PGlite data directory ${dataDir} is in use by process ${holder.pid} (host ${holder.hostname}, since ${holder.startedAt}). ` +
        "PGlite is a single-process database: stop that server first, or set PGLITE_DATA_DIR to another directory, or PGLITE_IN_MEMORY=true. " +
        `If process ${holder.pid} is not a Parnasse server, delete ${join(dataDir, LOCK_FILE)}.`,
    );
    this.name = "DataDirectoryInUseError";
  }
}

interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
}

const LOCK_FILE = "parnasse.lock";

/**
 * PGlite has no postmaster.pid: two processes on one data directory both write to it and one
 * loses its data. This lock plays that part. It is created atomically with its content (a
 * temporary file hard-linked into place fails if the lock exists). A lock whose process is gone
 * (killed, crashed) is stale and taken over; a live one refuses the start. The pid alone is
 * checked, as PostgreSQL does: a container restarted on the same volume has a new hostname.
 */
function lockDataDirectory(dataDir: string): { release(): void } {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() } satisfies LockHolder);
  const release = () => {
    // Only our own lock: never one a later process took over.
    if (readLock(path) === mine) rmSync(path, { force: true });
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, mine);
    try {
      linkSync(temporary, path);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      unlinkSync(temporary);
    }
    const seen = readLock(path);
    if (seen === null) continue;
    const holder = parseHolder(seen);
    if (holder && holder.pid !== process.pid && processIsAlive(holder.pid)) throw new DataDirectoryInUseError(dir, holder);
    // Stale. Removed only if it is still the file just read: another process may have taken it over since.
    if (readLock(path) === seen) rmSync(path, { force: true });
  }
  throw new Error(`Could not lock the PGlite data directory ${dir}: its lock file ${path} keeps changing.`);
}

function readLock(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    return Number.isInteger(value.pid) && (value.pid as number) > 0 ? { pid: value.pid!, hostname: String(value.hostname), startedAt: String(value.startedAt) } : null;
  } catch {
    return null;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Opens PGlite from a dumped data directory (test template): ~0.5 s instead of a 4 s initdb. */
export async function openPgliteFromDump(dump: Blob): Promise<Database> {
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const client = await createPglite({ loadDataDir: dump });
  return wrapPglite(client, { drizzle, migrate });
}

type PgliteClient = import("@electric-sql/pglite").PGlite;

function wrapPglite(client: PgliteClient, mods: { drizzle: typeof import("drizzle-orm/pglite").drizzle; migrate: typeof import("drizzle-orm/pglite/migrator").migrate }) {
  const { statements, logger } = counter();
  const db = mods.drizzle(client, { schema, logger }) as unknown as Db;
  return {
    kind: "pglite" as const,
    db,
    statements,
    pool: countTransactions(db, 1),
    client,
    migrate: () => mods.migrate(mods.drizzle(client, { schema }), { migrationsFolder: migrationsFolder() }),
    ping: async () => void (await client.query("select 1")),
    close: () => client.close(),
  };
}
