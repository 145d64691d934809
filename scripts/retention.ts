/**
 * GDP-3: the retention job, by hand or from a scheduler: `npm run retention [-- --batch-size 100]`.
 * Anonymises the members whose relationship ended more than 3 years ago, and deletes the expired
 * idempotency keys (issue 13, kept IDEMPOTENCY_TTL_HOURS), `--batch-size` rows per statement. Uses the same database as
 * the server (src/config.ts: DATABASE_URL, else PGlite), applies pending migrations like the server
 * does, and is safe to run on several replicas at once. In a sandbox it follows the sandbox clock.
 */
import "reflect-metadata";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../src/config.js";
import { runRetention } from "../src/modules/personal-data/index.js";
import { SandboxClock } from "../src/platform/clock/sandbox-clock.js";
import { pruneIdempotencyKeys } from "../src/platform/idempotency/index.js";
import { systemClock } from "../src/shared/clock.js";
import { openDatabase } from "../src/shared/db.js";

const { values } = parseArgs({ options: { "batch-size": { type: "string" } } });
const batchSize = values["batch-size"] ? Number(values["batch-size"]) : 100;
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
  console.error("--batch-size must be an integer between 1 and 10000");
  process.exit(2);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
const database = await openDatabase(config.database);
try {
  // In a sandbox (SANDBOX_CLOCK), the job runs at the sandbox's time, like the server (docs/sandbox.md).
  const sandbox = config.sandbox.clock ? new SandboxClock() : null;
  await sandbox?.sync(database.db);
  const clock = sandbox ?? systemClock;
  const report = await runRetention({ db: database.db, clock, batchSize });
  const keys = await pruneIdempotencyKeys(database.db, { now: clock.now(), batchSize });
  console.log(
    JSON.stringify({
      runId: report.runId,
      relationshipEndedBefore: report.cutoff.toISOString(),
      anonymised: report.anonymised.length,
      skipped: report.skipped,
      idempotencyKeysDeleted: keys.deleted,
    }),
  );
} finally {
  await database.close();
}
