import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { idempotencyKeys } from "../../../db/schema/index.js";
import { DEV_SECRET } from "../../../src/config.js";
import { openDatabase } from "../../../src/shared/db.js";

const root = resolve(import.meta.dirname, "../../..");
const run = promisify(execFile);

describe("IDEM: the retention script prunes idempotency keys", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "idem-retention-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("IDEM: `npm run retention` deletes the expired keys and keeps the live ones, and says how many", async () => {
    const database = await openDatabase({ kind: "pglite", dataDir });
    const row = (key: string, expiresAt: string) => ({
      scope: "MEMBER:00000000-0000-4000-8000-000000000001",
      key,
      fingerprint: "f",
      operationName: "bookHomeIntervention",
      response: { text: "{}" },
      httpStatus: 200,
      createdAt: new Date("2020-01-01T00:00:00Z"),
      expiresAt: new Date(expiresAt),
    });
    await database.db
      .insert(idempotencyKeys)
      .values([row("old-1", "2020-01-02T00:00:00Z"), row("old-2", "2020-01-02T00:00:00Z"), row("old-3", "2020-01-03T00:00:00Z"), row("live", "2999-01-01T00:00:00Z")]);
    await database.close();

    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "test", AUTH_HS256_SECRET: DEV_SECRET, PGLITE_DATA_DIR: dataDir, LOG_LEVEL: "silent" };
    for (const key of ["DATABASE_URL", "PGLITE_IN_MEMORY", "AUTH_JWKS_URL", "TEST_DATABASE_URL"]) delete env[key];
    const { stdout } = await run(join(root, "node_modules/.bin/tsx"), ["scripts/retention.ts", "--batch-size", "2"], { cwd: root, env, timeout: 60_000 });
    expect(JSON.parse(stdout.trim().split("\n").at(-1)!)).toMatchObject({ idempotencyKeysDeleted: 3 });

    const reopened = await openDatabase({ kind: "pglite", dataDir });
    try {
      expect((await reopened.db.select({ key: idempotencyKeys.key }).from(idempotencyKeys)).map((r) => r.key)).toEqual(["live"]);
    } finally {
      await reopened.close();
    }
  }, 120_000);
});
