import { loadConfig } from "../../src/config.js";
import { startApi, type RunningApi } from "../../src/runtime.js";
import type { Clock } from "../../src/shared/clock.js";
import type { Database } from "../../src/shared/db.js";
import { silentLog } from "./api.js";

export const testConfig = (overrides: Record<string, string> = {}) =>
  loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    SEED_DEMO_DATA: "false",
    GRAPHQL_INTROSPECTION: "false",
    GRAPHQL_LANDING_PAGE: "false",
    SHUTDOWN_GRACE_MS: "2000",
    // Budgets are tested in test/platform/limits; elsewhere they would make timing-dependent refusals.
    RATE_LIMIT_ENABLED: "false",
    ...overrides,
  });

/** Serves the real HTTP stack on an ephemeral port over the given database. */
export function serve(database: Database, overrides: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<RunningApi> {
  return startApi(testConfig(overrides), { database, log: silentLog, ...options });
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, json, text };
}
