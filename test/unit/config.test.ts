import { describe, expect, it } from "vitest";
import { ConfigError, DEV_SECRET, loadConfig } from "../../src/config.js";

const SECRET = "a-test-secret-that-is-long-enough-for-hs256";
/** A complete seller identity (Orange SA's published SIREN and VAT number, which check the key formulas; capital made up). */
/** Production refuses /metrics open on the API's port (issue 16): the fixtures give it a token. */
const METRICS = { METRICS_TOKEN: "metrics-token-0123456789" };
const SELLER = {
  SELLER_LEGAL_FORM: "SA",
  SELLER_SHARE_CAPITAL_CENTS: "100000000",
  SELLER_SIREN: "380 129 866",
  SELLER_RCS_CITY: "Nanterre",
  SELLER_VAT_NUMBER: "FR 89 380129866",
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error("expected loadConfig to throw a ConfigError");
}

describe("loadConfig", () => {
  it("uses development defaults on an empty environment", () => {
    const config = loadConfig({});
    expect(config.env).toBe("development");
    expect(config.port).toBe(4000);
    expect(config.host).toBe("0.0.0.0");
    expect(config.logLevel).toBe("info");
    expect(config.auth.key).toEqual({ kind: "hs256", secret: DEV_SECRET });
    expect(config.auth.issuer).toBe("https://auth.parnasse.local");
    expect(config.auth.audience).toBe("parnasse-partner-api");
    expect(config.database).toEqual({ kind: "pglite", dataDir: ".data/pglite" });
    expect(config.graphql.introspection).toBe(true);
    expect(config.graphql.landingPage).toBe(true);
    expect(config.seedDemoData).toBe(true);
  });

  it("provides the development secret in test too", () => {
    const config = loadConfig({ NODE_ENV: "test" });
    expect(config.auth.key).toEqual({ kind: "hs256", secret: DEV_SECRET });
  });

  it("turns introspection and the landing page off in production", () => {
    const config = loadConfig({ NODE_ENV: "production", AUTH_JWKS_URL: "https://idp.example.com/.well-known/jwks.json", ENTRY_FEE_CENTS: "150000", ...SELLER, ...METRICS });
    expect(config.env).toBe("production");
    expect(config.auth.key).toEqual({ kind: "jwks", url: "https://idp.example.com/.well-known/jwks.json" });
    expect(config.graphql.introspection).toBe(false);
    expect(config.graphql.landingPage).toBe(false);
    expect(config.seedDemoData).toBe(false);
  });

  it("lets explicit GraphQL flags override the environment default", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      AUTH_HS256_SECRET: SECRET,
      GRAPHQL_INTROSPECTION: "1",
      GRAPHQL_LANDING_PAGE: "false",
      ENTRY_FEE_CENTS: "150000",
      ...SELLER,
      ...METRICS,
    });
    expect(config.graphql.introspection).toBe(true);
    expect(config.graphql.landingPage).toBe(false);
  });

  it("PGLITE_IN_MEMORY=true gives an in-memory PGlite (dataDir null)", () => {
    expect(loadConfig({ PGLITE_IN_MEMORY: "true" }).database).toEqual({ kind: "pglite", dataDir: null });
  });

  it("DATABASE_URL selects PostgreSQL with pool and timeouts", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://u:p@db:5432/parnasse", DATABASE_POOL_MAX: "20" });
    expect(config.database).toEqual({
      kind: "postgres",
      url: "postgres://u:p@db:5432/parnasse",
      poolMax: 20,
      statementTimeoutMs: 15_000,
      idleInTransactionTimeoutMs: 30_000,
    });
  });

  it("accepts the postgresql:// scheme too", () => {
    expect(loadConfig({ DATABASE_URL: "postgresql://db/parnasse" }).database.kind).toBe("postgres");
  });

  it("reports every problem of an invalid environment at once", () => {
    const problems = problemsOf({ PORT: "abc", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud", NODE_ENV: "production", ENTRY_FEE_CENTS: "150000", ...SELLER, ...METRICS });
    expect(problems).toHaveLength(4);
    for (const variable of ["PORT", "DATABASE_URL", "LOG_LEVEL", "AUTH_HS256_SECRET"]) {
      expect(
        problems.some((p) => p.startsWith(`${variable}:`)),
        `missing problem for ${variable}`,
      ).toBe(true);
    }
  });

  it("refuses production without a secret or a JWKS URL", () => {
    const problems = problemsOf({ NODE_ENV: "production", ENTRY_FEE_CENTS: "150000", ...SELLER, ...METRICS });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^AUTH_HS256_SECRET:/);
  });

  it("refuses both AUTH_HS256_SECRET and AUTH_JWKS_URL", () => {
    const problems = problemsOf({ AUTH_HS256_SECRET: SECRET, AUTH_JWKS_URL: "https://idp.example.com/jwks" });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^AUTH_JWKS_URL:/);
  });

  it("refuses the development secret in production", () => {
    const problems = problemsOf({ NODE_ENV: "production", AUTH_HS256_SECRET: DEV_SECRET, ENTRY_FEE_CENTS: "150000", ...SELLER, ...METRICS });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^AUTH_HS256_SECRET:.*production/);
  });

  it("refuses a secret shorter than 32 characters", () => {
    const problems = problemsOf({ AUTH_HS256_SECRET: "short" });
    expect(problems.some((p) => p.startsWith("AUTH_HS256_SECRET:"))).toBe(true);
  });

  it("treats empty strings as unset", () => {
    const config = loadConfig({ PORT: "", DATABASE_URL: "", LOG_LEVEL: "", AUTH_HS256_SECRET: "", AUTH_JWKS_URL: "", PGLITE_IN_MEMORY: "" });
    expect(config.port).toBe(4000);
    expect(config.logLevel).toBe("info");
    expect(config.database).toEqual({ kind: "pglite", dataDir: ".data/pglite" });
    expect(config.auth.key).toEqual({ kind: "hs256", secret: DEV_SECRET });
  });

  it("treats an empty secret next to a JWKS URL as unset", () => {
    const config = loadConfig({ NODE_ENV: "production", AUTH_HS256_SECRET: "", AUTH_JWKS_URL: "https://idp.example.com/jwks", ENTRY_FEE_CENTS: "150000", ...SELLER, ...METRICS });
    expect(config.auth.key.kind).toBe("jwks");
  });

  it("MEM-2: the entry fee is a configured tariff: a demo value outside production, required in production", () => {
    expect(loadConfig({}).tariffs.entryFeeCents).toBe(100_000);
    expect(loadConfig({ ENTRY_FEE_CENTS: "250000" }).tariffs.entryFeeCents).toBe(250_000);
    const missing = problemsOf({ NODE_ENV: "production", AUTH_JWKS_URL: "https://idp.example.com/jwks", ...SELLER, ...METRICS });
    expect(missing).toEqual([expect.stringMatching(/^ENTRY_FEE_CENTS:/)]);
    expect(problemsOf({ ENTRY_FEE_CENTS: "12.5" }).some((p) => p.startsWith("ENTRY_FEE_CENTS:"))).toBe(true);
  });

  it("invoicing: the seller's legal identity (legal form, share capital, SIREN, RCS, VAT number) is required in production, each missing variable reported", () => {
    const problems = problemsOf({ NODE_ENV: "production", AUTH_JWKS_URL: "https://idp.example.com/jwks", ENTRY_FEE_CENTS: "150000", ...METRICS });
    expect(problems.map((p) => p.split(":")[0])).toEqual(["SELLER_LEGAL_FORM", "SELLER_SHARE_CAPITAL_CENTS", "SELLER_SIREN", "SELLER_RCS_CITY", "SELLER_VAT_NUMBER"]);
    expect(problems[0]).toMatch(/required in production/);
    const config = loadConfig({ NODE_ENV: "production", AUTH_JWKS_URL: "https://idp.example.com/jwks", ENTRY_FEE_CENTS: "150000", ...SELLER, ...METRICS });
    expect(config.tariffs.seller).toEqual({ legalForm: "SA", shareCapitalCents: 100_000_000, siren: "380129866", rcsCity: "Nanterre", vatNumber: "FR89380129866", demo: false });
  });

  it("invoicing: outside production the seller identity is a demo one, marked demo; all five or none may be set", () => {
    expect(loadConfig({}).tariffs.seller).toMatchObject({ siren: "123456782", vatNumber: "FR11123456782", demo: true });
    expect(loadConfig(SELLER).tariffs.seller).toMatchObject({ siren: "380129866", demo: false });
    expect(problemsOf({ SELLER_SIREN: "380129866" }).map((p) => p.split(":")[0])).toEqual([
      "SELLER_LEGAL_FORM",
      "SELLER_SHARE_CAPITAL_CENTS",
      "SELLER_RCS_CITY",
      "SELLER_VAT_NUMBER",
    ]);
  });

  it("invoicing: a SIREN with a wrong Luhn key, a VAT number with a wrong key or another SIREN are refused", () => {
    expect(problemsOf({ ...SELLER, SELLER_SIREN: "380129867", SELLER_VAT_NUMBER: "FR89380129867" }).map((p) => p.split(":")[0])).toEqual(["SELLER_SIREN", "SELLER_VAT_NUMBER"]);
    expect(problemsOf({ ...SELLER, SELLER_VAT_NUMBER: "FR88380129866" })).toEqual([expect.stringMatching(/^SELLER_VAT_NUMBER: must be FR, a 2-digit key/)]);
    expect(problemsOf({ ...SELLER, SELLER_VAT_NUMBER: "FR11123456782" })).toEqual(["SELLER_VAT_NUMBER: must end with SELLER_SIREN (FR + key + SIREN)"]);
    expect(problemsOf({ ...SELLER, SELLER_SHARE_CAPITAL_CENTS: "12.5" }).some((p) => p.startsWith("SELLER_SHARE_CAPITAL_CENTS:"))).toBe(true);
  });
});
