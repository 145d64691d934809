/**
 * The real API for `npm run bench:floor`, in a process of its own (as it runs in production), started
 * with `startApi` (src/runtime.ts) and the configuration of requests.ts. Forked by bench:floor:
 * - env DATABASE_URL: PostgreSQL, already migrated and seeded by the parent;
 * - env BENCH_PGLITE_MEMBERS=n: the embedded PGlite in memory, migrated and seeded here with n members
 *   (PGlite is one process: nobody else can seed it).
 * IPC: sends `{ ready: url, seeded? }`; answers `{ statements }` to `{ statements: true }` (the
 * Database counter of src/shared/db.ts); `{ stop: true }` drains and exits.
 */
import "reflect-metadata";
import { loadConfig } from "../../src/config.js";
import { startApi } from "../../src/runtime.js";
import { openDatabase } from "../../src/shared/db.js";
import { seedWorkload } from "./seed.js";

const pgliteMembers = process.env.BENCH_PGLITE_MEMBERS ? Number(process.env.BENCH_PGLITE_MEMBERS) : null;
const config = loadConfig(pgliteMembers === null ? process.env : { ...process.env, DATABASE_URL: undefined, PGLITE_IN_MEMORY: "true" });
const database = await openDatabase(config.database);
const seeded = pgliteMembers === null ? null : await seedWorkload(database, { members: pgliteMembers });
const api = await startApi(config, { database });
process.send!({ ready: api.url, seeded });
// The parent gone (it failed, or was interrupted): so are we.
process.on("disconnect", () => process.exit(0));
process.on("message", (message: { statements?: boolean; stop?: boolean }) => {
  if (message.statements) process.send!({ statements: database.statements.count });
  if (message.stop) void api.stop().then(() => process.exit(0));
});
