/** Test-run settings, read in one place. */
export const testEnv = {
  /** When set, every test file gets its own PostgreSQL database cloned from a migrated template. */
  postgresUrl: process.env.TEST_DATABASE_URL || null,
  /** CI sets it on the PostgreSQL run: a PostgreSQL-only test then fails instead of being skipped. */
  requirePostgres: process.env.REQUIRE_POSTGRES === "1",
  /** The Redis of the shared-budget tests (issue 14); the local one by default. */
  redisUrl: process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379",
  /** CI sets it: the Redis tests then fail instead of being skipped when Redis is out of reach. */
  requireRedis: process.env.REQUIRE_REDIS === "1",
};

export function databaseUrlFor(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}
