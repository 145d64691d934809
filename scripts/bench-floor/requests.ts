/** The two requests of bench:floor, fixed in files so that every run measures the same thing. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot, sha256Hex } from "../../src/platform/trusted-documents/index.js";

export const DASHBOARD_PATH = join(repositoryRoot(), "examples/app/015-dashboard.graphql");
/** The app sends the dashboard by id (trusted documents): the sha256 of the file, as in schema/trusted-documents.json. */
export const DASHBOARD_DOCUMENT_ID = sha256Hex(readFileSync(DASHBOARD_PATH, "utf8"));
export const DESK_LIST_PATH = join(repositoryRoot(), "scripts/bench-floor/desk-list.graphql");

export const BENCH_SECRET = "bench-floor-secret-bench-floor-secret-0000";

/** A production-like configuration (as scripts/bench.ts), for the API and for the floor's token check. */
export function benchEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    LOG_LEVEL: "silent",
    HOST: "127.0.0.1",
    PORT: "0",
    AUTH_HS256_SECRET: BENCH_SECRET,
    ENTRY_FEE_CENTS: "100000",
    SELLER_LEGAL_FORM: "SAS",
    SELLER_SHARE_CAPITAL_CENTS: "100000000",
    SELLER_SIREN: "123456782",
    SELLER_RCS_CITY: "Nanterre",
    SELLER_VAT_NUMBER: "FR11123456782",
    // Metrics on, as in production (which requires a token for them): their cost is part of what is measured.
    METRICS_TOKEN: "bench-metrics-token-0000",
    // The app sends the dashboard by id, as in production.
    TRUSTED_DOCUMENTS: "required",
    // The bench sends thousands of requests a second from a few principals: budgets would throttle it (docs/limits.md).
    RATE_LIMIT_ENABLED: "false",
    // A background poller, not the read path: off, so that the statement count is the requests' own.
    WEBHOOK_WORKER: "false",
    SEED_DEMO_DATA: "false",
    ...extra,
  };
}

/**
 * The API reports each query's cost in `extensions.cost` (issue 14, docs/limits.md); with budgets off
 * (RATE_LIMIT_ENABLED=false) it is the static cost of the document; nothing is charged, so the actual cost is not computed (null).
 * The floor writes the same bytes: these are the two documents' costs under the default weights.
 * A change of the cost model shows up as a byte mismatch in bench:floor's check.
 */
export const COST_EXTENSIONS = {
  dashboard: `"extensions":{"cost":{"requestedQueryCost":46,"actualQueryCost":null,"throttleStatus":null}}`,
  desk: `"extensions":{"cost":{"requestedQueryCost":202,"actualQueryCost":null,"throttleStatus":null}}`,
};
