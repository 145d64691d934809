import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintToken } from "../../src/authz/tokens.js";
import type { RunningApi } from "../../src/runtime.js";
import { openDatabase } from "../../src/shared/db.js";
import { createTestDatabase, describeOnPostgres } from "../support/db.js";
import { aStaffUser } from "../support/factories.js";
import { post, serve, testConfig } from "../support/http.js";

const auth = testConfig().auth;
const deskToken = (id: string) => mintToken(auth, { role: "DESK_AGENT", subjectId: id });

describe("database unreachable", () => {
  let api: RunningApi;
  beforeAll(async () => {
    // Nothing listens on port 1: every query fails to connect.
    const database = await openDatabase(
      { kind: "postgres", url: "postgres://postgres@127.0.0.1:1/none", poolMax: 2, statementTimeoutMs: 1000, idleInTransactionTimeoutMs: 1000 },
      { migrate: false },
    );
    api = await serve(database);
  });
  afterAll(async () => {
    await api?.stop();
  });

  it("requests get SERVICE_UNAVAILABLE (503), no stack or SQL; /readyz is 503 and /healthz stays 200", async () => {
    const token = await deskToken("00000000-0000-4000-8000-000000000301");
    const res = await post(api.url, { query: "{ me { role } }" }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(503);
    expect(res.json.errors).toHaveLength(1);
    expect(res.json.errors[0].extensions).toEqual({ code: "SERVICE_UNAVAILABLE", requestId: expect.any(String) });
    expect(res.json.errors[0].message).toMatch(/momentanément indisponible/);
    expect(res.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|select|\.ts:|\.js:/i);

    const base = api.url.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});

describeOnPostgres("database connections killed under the API (PostgreSQL)", () => {
  let api: RunningApi;
  let token: string;
  let adminDb: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    const database = await createTestDatabase();
    adminDb = await createTestDatabase();
    api = await serve(database);
    token = await deskToken((await aStaffUser(database, "DESK_AGENT")).id);
  });
  afterAll(async () => {
    await api?.stop();
    await adminDb?.close();
  });

  it("a request that meets a dropped connection gets SERVICE_UNAVAILABLE, and the API serves again right after", async () => {
    const query = { query: "{ me { role staff { role } } }" };
    const ok = await post(api.url, query, { authorization: `Bearer ${token}` });
    expect(ok.json.data.me.role).toBe("DESK_AGENT");

    // Kill every backend of the API's database, as a PostgreSQL restart would.
    const [{ name }] = (await api.database.db.execute(sql`select current_database() as name`)) as unknown as [{ name: string }];
    await adminDb.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`);
    const results = await Promise.all(Array.from({ length: 5 }, () => post(api.url, query, { authorization: `Bearer ${token}` })));
    for (const r of results) {
      if (r.json.errors) expect(r.json.errors.map((e: any) => e.extensions.code)).toEqual(["SERVICE_UNAVAILABLE"]);
      else expect(r.json.data.me.role).toBe("DESK_AGENT");
    }
    const again = await post(api.url, query, { authorization: `Bearer ${token}` });
    expect(again.status).toBe(200);
    expect(again.json.data.me.role).toBe("DESK_AGENT");
  });
});
