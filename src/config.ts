import { z } from "zod";

/**
 * The only reader of process.env. Parsed once at start-up; every problem is reported at once
 * so an operator fixes a broken deployment in one go rather than one variable per restart.
 */
const boolean = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  DATABASE_IDLE_IN_TX_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
  PGLITE_IN_MEMORY: boolean.default(false),
  SEED_DEMO_DATA: boolean.optional(),

  AUTH_ISSUER: z.string().min(1).default("https://auth.parnasse.local"),
  AUTH_AUDIENCE: z.string().min(1).default("parnasse-partner-api"),
  AUTH_HS256_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),

  GRAPHQL_INTROSPECTION: boolean.optional(),
  GRAPHQL_LANDING_PAGE: boolean.optional(),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(5_000),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(12),
  /** Issue 15: queries run compiled (graphql-jit) or walked by graphql-js; the answers are the same. */
  GRAPHQL_EXECUTION: z.enum(["compiled", "graphql-js"]).default("compiled"),
  HTTP_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),

  /** Issue 13: integrators move time forward through the API (docs/sandbox.md). Refused in production. */
  SANDBOX_CLOCK: boolean.default(false),
  /** How often the server emits the events that time alone made due (a quote expired, an option ended). */
  DUE_EVENTS_SWEEP_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  /** Issue 13: how long an idempotency key and its stored response are kept; at least the 24 h a client may retry in. */
  IDEMPOTENCY_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(24)
    .max(24 * 90)
    .default(24),

  /** MEM-2: the entry fee is a tariff, not in the contract. Integer euro cents; required in production. */
  ENTRY_FEE_CENTS: z.coerce.number().int().min(0).max(100_000_000).optional(),

  /** The seller's legal identity printed on every invoice (French invoicing rules); required in production. */
  SELLER_LEGAL_FORM: z.string().trim().min(2).max(60).optional(),
  SELLER_SHARE_CAPITAL_CENTS: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  SELLER_SIREN: z.string().transform(compact).refine(isValidSiren, "must be 9 digits with a valid Luhn check digit").optional(),
  SELLER_RCS_CITY: z.string().trim().min(2).max(60).optional(),
  SELLER_VAT_NUMBER: z
    .string()
    .transform((v) => compact(v).toUpperCase())
    .refine(isValidFrenchVatNumber, "must be FR, a 2-digit key and the SIREN, the key being (12 + 3 × (SIREN mod 97)) mod 97")
    .optional(),

  /**
   * Issue 14, docs/limits.md: query cost and per-consumer budgets. A budget is a leaky bucket of
   * `MAXIMUM` points that restores `RESTORE_RATE` points a second; one bucket per app user
   * (MEMBER, DELEGATE, PAYER), per partner, per desk person, and per address for anonymous callers.
   */
  GRAPHQL_MAX_QUERY_COST: z.coerce.number().int().min(10).default(1_000),
  /** JSON object of per-field weights, `{"Query.members": 5, "Member.devices": 3}`: the field's own cost, replacing 1 (object), 2 (connection) or 10 (mutation). */
  GRAPHQL_COST_WEIGHTS: z.string().default("{}"),
  RATE_LIMIT_ENABLED: boolean.default(true),
  RATE_LIMIT_APP_MAXIMUM: z.coerce.number().int().min(10).default(1_000),
  RATE_LIMIT_APP_RESTORE_RATE: z.coerce.number().int().min(1).default(50),
  RATE_LIMIT_PARTNER_MAXIMUM: z.coerce.number().int().min(10).default(4_000),
  RATE_LIMIT_PARTNER_RESTORE_RATE: z.coerce.number().int().min(1).default(200),
  RATE_LIMIT_DESK_MAXIMUM: z.coerce.number().int().min(10).default(2_000),
  RATE_LIMIT_DESK_RESTORE_RATE: z.coerce.number().int().min(1).default(100),
  RATE_LIMIT_ANONYMOUS_MAXIMUM: z.coerce.number().int().min(10).default(200),
  RATE_LIMIT_ANONYMOUS_RESTORE_RATE: z.coerce.number().int().min(1).default(10),
  /** Shares the budgets between replicas; unset: each process keeps its own, in memory. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  RATE_LIMIT_REDIS_PREFIX: z.string().min(1).default("parnasse:budget:"),
  /**
   * Issue 14, docs/trusted-documents.md: `required` (the default in production) lets app tokens
   * (MEMBER, DELEGATE, PAYER) run only the operations of schema/trusted-documents.json, by id;
   * `allowed` (the default elsewhere) also accepts query text from them.
   */
  TRUSTED_DOCUMENTS: z.enum(["required", "allowed"]).optional(),

  /** Issue 13, docs/webhooks.md: the delivery worker runs in every API process unless turned off. */
  WEBHOOK_WORKER: boolean.default(true),
  /** Comma-separated host patterns an endpoint URL may name (`hooks.example.com`, `*.example.com`); empty: any public host. */
  WEBHOOK_ALLOWED_HOSTS: z.string().default(""),
  /** Private, loopback and link-local targets (a receiver on localhost); default true outside production, refused in production. */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: boolean.optional(),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(15_000),
  WEBHOOK_POLL_INTERVAL_MS: z.coerce.number().int().min(10).default(1_000),
  WEBHOOK_LEASE_MS: z.coerce.number().int().min(1_000).default(60_000),

  /** Issue 16, docs/operations.md: Prometheus metrics at /metrics (prom-client). */
  METRICS_ENABLED: boolean.default(true),
  /** When set, /metrics answers only `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise). */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** When set, /metrics is served on this port only (a listener of its own, on METRICS_HOST), and no longer on PORT. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().min(1).optional(),
  /** Issue 16: OpenTelemetry traces, exported over OTLP/HTTP to this URL (`http://collector:4318/v1/traces`); unset: no tracing. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default("parnasse-partner-api"),
  /** The share of requests traced, 0 to 1 (parent-based: a caller's sampled trace is always continued). */
  OTEL_TRACES_SAMPLER_RATIO: z.coerce.number().min(0).max(1).default(1),
});

/** Secret used when nothing is configured outside production, so `npm start` works on a fresh clone. */
export const DEV_SECRET = "parnasse-local-development-secret-do-not-use-in-prod";

/**
 * Demo value of the entry fee (1 000,00 €) used outside production only: the contract gives no
 * amount, so production must set ENTRY_FEE_CENTS explicitly.
 */
export const DEMO_ENTRY_FEE_CENTS = 100_000;

/** The seller's legal identity (French invoicing rules: legal form, share capital, SIREN and RCS, intra-EU VAT number). */
export interface SellerLegalIdentity {
  legalForm: string;
  shareCapitalCents: number;
  siren: string;
  rcsCity: string;
  vatNumber: string;
  /** True for the demo identity used outside production: the invoice says so. */
  demo: boolean;
}

/**
 * Demo identity used outside production when no SELLER_* variable is set: a made-up SIREN
 * (123 456 782, Luhn-valid) and its VAT number, printed with a « démonstration » mark. Production
 * must set all five SELLER_* variables.
 */
export const DEMO_SELLER: SellerLegalIdentity = {
  legalForm: "SAS",
  shareCapitalCents: 100_000_000,
  siren: "123456782",
  rcsCity: "Nanterre",
  vatNumber: "FR11123456782",
  demo: true,
};

const SELLER_VARIABLES = ["SELLER_LEGAL_FORM", "SELLER_SHARE_CAPITAL_CENTS", "SELLER_SIREN", "SELLER_RCS_CITY", "SELLER_VAT_NUMBER"] as const;

/** Spaces and dots removed: "123 456 782" and "FR 11 123456782" are accepted. */
function compact(value: string): string {
  return value.replace(/[\s.]/g, "");
}

/** A SIREN is 9 digits whose Luhn sum is a multiple of 10. */
export function isValidSiren(siren: string): boolean {
  if (!/^[0-9]{9}$/.test(siren)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(siren[8 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** French intra-EU VAT number: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97 on 2 digits. */
export function isValidFrenchVatNumber(vat: string): boolean {
  const match = /^FR([0-9]{2})([0-9]{9})$/.exec(vat);
  if (!match || !isValidSiren(match[2]!)) return false;
  return Number(match[1]) === (12 + 3 * (Number(match[2]) % 97)) % 97;
}

/** Settings the domain reads from the request context: tariffs, and the seller's legal identity printed on invoices. */
export interface Tariffs {
  entryFeeCents: number;
  seller: SellerLegalIdentity;
}

export const DEMO_TARIFFS: Tariffs = { entryFeeCents: DEMO_ENTRY_FEE_CENTS, seller: DEMO_SELLER };

/**
 * Cross-variable checks, run on the raw input so that they are reported together with field
 * errors (a zod object refinement is skipped as soon as one field fails).
 */
function crossChecks(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  if (!env.AUTH_HS256_SECRET && !env.AUTH_JWKS_URL) {
    problems.push("AUTH_HS256_SECRET: set AUTH_HS256_SECRET (local) or AUTH_JWKS_URL (production)");
  }
  if (env.AUTH_HS256_SECRET && env.AUTH_JWKS_URL) problems.push("AUTH_JWKS_URL: set only one of AUTH_HS256_SECRET and AUTH_JWKS_URL");
  if (env.NODE_ENV === "production" && env.AUTH_HS256_SECRET === DEV_SECRET) {
    problems.push("AUTH_HS256_SECRET: the development secret must not be used in production");
  }
  if (env.NODE_ENV === "production" && (env.SANDBOX_CLOCK === "true" || env.SANDBOX_CLOCK === "1")) {
    problems.push("SANDBOX_CLOCK: the sandbox clock moves time for every caller; it is refused in production");
  }
  if (env.NODE_ENV === "production" && !env.ENTRY_FEE_CENTS) {
    problems.push("ENTRY_FEE_CENTS: set the entry fee in euro cents (MEM-2); there is no default in production");
  }
  // The seller's identity is all real or all demo: a half-configured one would print a mixed identity.
  const sellerMissing = SELLER_VARIABLES.filter((v) => !env[v]);
  if (sellerMissing.length > 0 && (env.NODE_ENV === "production" || sellerMissing.length < SELLER_VARIABLES.length)) {
    const why = env.NODE_ENV === "production" ? "required in production (printed on every invoice)" : "set all SELLER_* variables or none (demo identity)";
    for (const v of sellerMissing) problems.push(`${v}: the seller's legal identity is ${why}`);
  }
  if (env.SELLER_SIREN && env.SELLER_VAT_NUMBER && !compact(env.SELLER_VAT_NUMBER).toUpperCase().endsWith(compact(env.SELLER_SIREN))) {
    problems.push("SELLER_VAT_NUMBER: must end with SELLER_SIREN (FR + key + SIREN)");
  }
  if (env.GRAPHQL_COST_WEIGHTS) {
    const problem = costWeightsProblem(env.GRAPHQL_COST_WEIGHTS);
    if (problem) problems.push(`GRAPHQL_COST_WEIGHTS: ${problem}`);
  }
  const metricsOn = env.METRICS_ENABLED !== "false" && env.METRICS_ENABLED !== "0";
  if (env.NODE_ENV === "production" && metricsOn && !env.METRICS_TOKEN && !env.METRICS_PORT) {
    problems.push("METRICS_TOKEN: in production /metrics needs a token (METRICS_TOKEN) or a port of its own (METRICS_PORT); or set METRICS_ENABLED=false");
  }
  if (env.NODE_ENV === "production" && (env.WEBHOOK_ALLOW_PRIVATE_TARGETS === "true" || env.WEBHOOK_ALLOW_PRIVATE_TARGETS === "1")) {
    problems.push("WEBHOOK_ALLOW_PRIVATE_TARGETS: private and loopback webhook targets are refused in production (SSRF)");
  }
  return problems;
}

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.output<typeof schema>) {
  const dev = env.NODE_ENV !== "production";
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    database: env.DATABASE_URL
      ? {
          kind: "postgres" as const,
          url: env.DATABASE_URL,
          poolMax: env.DATABASE_POOL_MAX,
          statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
          idleInTransactionTimeoutMs: env.DATABASE_IDLE_IN_TX_TIMEOUT_MS,
        }
      : { kind: "pglite" as const, dataDir: env.PGLITE_IN_MEMORY ? null : env.PGLITE_DATA_DIR },
    seedDemoData: env.SEED_DEMO_DATA ?? dev,
    auth: {
      issuer: env.AUTH_ISSUER,
      audience: env.AUTH_AUDIENCE,
      key: env.AUTH_JWKS_URL ? { kind: "jwks" as const, url: env.AUTH_JWKS_URL } : { kind: "hs256" as const, secret: env.AUTH_HS256_SECRET! },
    },
    graphql: {
      introspection: env.GRAPHQL_INTROSPECTION ?? dev,
      landingPage: env.GRAPHQL_LANDING_PAGE ?? dev,
      /** Issue 16 (docs/playground.md): the playground offers each demo principal's token in development only (with the demo data and the local key); null elsewhere. */
      demoTokens:
        env.NODE_ENV === "development" && (env.SEED_DEMO_DATA ?? dev) && env.AUTH_HS256_SECRET && !env.AUTH_JWKS_URL
          ? { issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE, key: { kind: "hs256" as const, secret: env.AUTH_HS256_SECRET } }
          : null,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      execution: env.GRAPHQL_EXECUTION,
    },
    tariffs: { entryFeeCents: env.ENTRY_FEE_CENTS ?? DEMO_ENTRY_FEE_CENTS, seller: sellerOf(env) } satisfies Tariffs,
    http: { maxBodyBytes: env.HTTP_MAX_BODY_BYTES, shutdownGraceMs: env.SHUTDOWN_GRACE_MS },
    sandbox: { clock: env.SANDBOX_CLOCK },
    limits: {
      maxQueryCost: env.GRAPHQL_MAX_QUERY_COST,
      weights: JSON.parse(env.GRAPHQL_COST_WEIGHTS) as Record<string, number>,
      rateLimit: {
        enabled: env.RATE_LIMIT_ENABLED,
        budgets: {
          app: { maximum: env.RATE_LIMIT_APP_MAXIMUM, restoreRate: env.RATE_LIMIT_APP_RESTORE_RATE },
          partner: { maximum: env.RATE_LIMIT_PARTNER_MAXIMUM, restoreRate: env.RATE_LIMIT_PARTNER_RESTORE_RATE },
          desk: { maximum: env.RATE_LIMIT_DESK_MAXIMUM, restoreRate: env.RATE_LIMIT_DESK_RESTORE_RATE },
          anonymous: { maximum: env.RATE_LIMIT_ANONYMOUS_MAXIMUM, restoreRate: env.RATE_LIMIT_ANONYMOUS_RESTORE_RATE },
        },
        redis: env.REDIS_URL ? { url: env.REDIS_URL, prefix: env.RATE_LIMIT_REDIS_PREFIX } : null,
      },
    },
    trustedDocuments: env.TRUSTED_DOCUMENTS ?? (dev ? ("allowed" as const) : ("required" as const)),
    events: { dueSweepMs: env.DUE_EVENTS_SWEEP_MS },
    idempotency: { ttlHours: env.IDEMPOTENCY_TTL_HOURS },
    webhooks: {
      worker: env.WEBHOOK_WORKER,
      target: {
        requireHttps: !dev,
        allowedHosts: env.WEBHOOK_ALLOWED_HOSTS.split(",")
          .map((h) => h.trim())
          .filter((h) => h.length > 0),
        allowPrivate: env.WEBHOOK_ALLOW_PRIVATE_TARGETS ?? dev,
      },
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      pollIntervalMs: env.WEBHOOK_POLL_INTERVAL_MS,
      leaseMs: env.WEBHOOK_LEASE_MS,
    },
    metrics: {
      enabled: env.METRICS_ENABLED,
      token: env.METRICS_TOKEN ?? null,
      /** Null: served on the API's own port. */
      listener: env.METRICS_PORT === undefined ? null : { port: env.METRICS_PORT, host: env.METRICS_HOST ?? env.HOST },
    },
    tracing: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
      ? { endpoint: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, serviceName: env.OTEL_SERVICE_NAME, samplerRatio: env.OTEL_TRACES_SAMPLER_RATIO }
      : null,
  };
}

/** Null when `text` is a JSON object of `"Type.field": non-negative integer`; else what is wrong. */
function costWeightsProblem(text: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'must be a JSON object such as {"Query.members": 5}';
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return 'must be a JSON object such as {"Query.members": 5}';
  for (const [key, weight] of Object.entries(value)) {
    if (!/^[A-Za-z_]\w*\.[A-Za-z_]\w*$/.test(key)) return `"${key}" is not a Type.field name`;
    if (typeof weight !== "number" || !Number.isInteger(weight) || weight < 0) return `the weight of "${key}" must be a non-negative integer`;
  }
  return null;
}

/** Cross-checks guarantee all five are set, or none (then the demo identity, outside production only). */
function sellerOf(env: z.output<typeof schema>): SellerLegalIdentity {
  const { SELLER_LEGAL_FORM: legalForm, SELLER_SHARE_CAPITAL_CENTS: shareCapitalCents, SELLER_SIREN: siren, SELLER_RCS_CITY: rcsCity, SELLER_VAT_NUMBER: vatNumber } = env;
  if (legalForm && shareCapitalCents && siren && rcsCity && vatNumber) return { legalForm, shareCapitalCents, siren, rcsCity, vatNumber, demo: false };
  return DEMO_SELLER;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment; throws a ConfigError listing every problem. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const input = { ...source };
  if (!input.AUTH_HS256_SECRET && !input.AUTH_JWKS_URL && input.NODE_ENV !== "production") {
    input.AUTH_HS256_SECRET = DEV_SECRET;
  }
  // Empty strings in an env file mean "unset", not "invalid".
  for (const [k, v] of Object.entries(input)) if (v === "") delete input[k];
  const parsed = schema.safeParse(input);
  const problems = [...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)), ...crossChecks(input)];
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  return toConfig(parsed.data);
}
