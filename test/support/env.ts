/** Test-run settings, read in one place. */
export const testEnv = {
  /** When set, every test file gets its own PostgreSQL database cloned from a migrated template. */
  postgresUrl: process.env.TEST_DATABASE_URL || null,
  /** CI sets it on the PostgreSQL run: a PostgreSQL-only test then fails instead of being skipped. */
  requirePostgres: process.env.REQUIRE_POSTGRES === "1",
};

export function databaseUrlFor(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}
