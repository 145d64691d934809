import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { openDatabase, openPgliteFromDump, type Database } from "../../src/shared/db.js";
import { databaseUrlFor, testEnv } from "./env.js";

export const onPostgres = testEnv.postgresUrl !== null;

/**
 * A fresh database for one test file, cloned from the run's migrated template and dropped
 * (PostgreSQL) or discarded (PGlite) after the file.
 */
export async function createTestDatabase(options: { poolMax?: number } = {}): Promise<Database> {
  const template = inject("postgresTemplateDb");
  if (template && testEnv.postgresUrl) {
    const { default: postgres } = await import("postgres");
    const name = `parnasse_test_${randomBytes(6).toString("hex")}`;
    const admin = postgres(testEnv.postgresUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${template}`);
    const database = await openDatabase(
      {
        kind: "postgres",
        url: databaseUrlFor(testEnv.postgresUrl, name),
        poolMax: options.poolMax ?? 10,
        statementTimeoutMs: 15_000,
        idleInTransactionTimeoutMs: 30_000,
      },
      { migrate: false },
    );
    return {
      ...database,
      close: async () => {
        await database.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const path = inject("pgliteTemplatePath");
  if (!path) throw new Error("global setup provided no database template");
  return openPgliteFromDump(new Blob([readFileSync(path)]));
}

/** One database for the whole file: `const db = useTestDatabase();` then `db.current` in tests. */
export function useTestDatabase(options: { poolMax?: number } = {}): { current: Database } {
  const holder = {} as { current: Database };
  beforeAll(async () => {
    holder.current = await createTestDatabase(options);
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}

/**
 * For tests that only PostgreSQL can prove (races, restarts). Skipped on PGlite in a plain
 * `npm test`; with REQUIRE_POSTGRES=1 and no PostgreSQL, they fail instead of skipping.
 */
export function describeOnPostgres(name: string, body: () => void): void {
  if (onPostgres) {
    describe(name, body);
  } else if (testEnv.requirePostgres) {
    describe(name, () => {
      beforeAll(() => {
        throw new Error("REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: this test needs PostgreSQL");
      });
      body();
    });
  } else {
    describe.skipIf(true)(`${name} (needs TEST_DATABASE_URL)`, body);
  }
}
