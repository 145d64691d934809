// `npm run examples`: checks every examples/<consumer>/*.graphql against the schema, then runs them
// all, in order, over HTTP on a fresh in-memory demo database (PGlite, the demo seed, the demo
// tokens, a fixed clock), and fails when a response has `errors` or a non-empty `userErrors`.
// The server requires trusted documents (TRUSTED_DOCUMENTS=required): the app's files are sent by
// document id only, as the app sends them, which proves schema/trusted-documents.json end to end;
// the partner's and the desk's are sent as query text.
// `-- --verbose` prints every response. The file conventions are described in examples/README.md.
import "reflect-metadata";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type GraphQLSchema, parse, validate } from "graphql";
import { ROLES, type Role } from "../src/authz/actor.js";
import { mintToken } from "../src/authz/tokens.js";
import { loadConfig } from "../src/config.js";
import { DEMO_IDS } from "../src/demo/seed.js";
import { DEMO_PRINCIPALS } from "../src/demo/tokens.js";
import { startApi } from "../src/runtime.js";
import { buildBareSchema } from "../src/schema.js";
import { ManualClock } from "../src/shared/clock.js";
import { toGlobalId } from "../src/shared/relay.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const EXAMPLES_DIR = join(ROOT, "examples");
/** The consumers, in the order they run: the app first (it creates what the partner and the desk then handle). */
export const CONSUMERS = ["app", "concierge", "desk"] as const;
/** The examples' "now": Thursday 26 November 2026, 10:00 in Paris. Dates in the examples are relative to it. */
export const EXAMPLES_NOW = "2026-11-26T09:00:00Z";

export type ExampleRole = Role | "ANONYMOUS";

export interface Example {
  consumer: (typeof CONSUMERS)[number];
  /** examples/app/010-me.graphql */
  path: string;
  role: ExampleRole;
  document: string;
  /** The variables as written, placeholders unresolved. */
  variablesText: string | null;
  /** `# save: name = path.in.data`: values later examples use as `{{name}}`. */
  saves: { name: string; path: string }[];
}

/** Reads every example, in run order; throws on a file that breaks the conventions. */
export function loadExamples(): Example[] {
  const examples: Example[] = [];
  for (const consumer of CONSUMERS) {
    const dir = join(EXAMPLES_DIR, consumer);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".graphql"))
      .sort();
    for (const file of files) {
      const path = relative(ROOT, join(dir, file));
      if (!/^\d{3}-[a-z0-9-]+\.graphql$/.test(file)) throw new Error(`${path}: name it NNN-what.graphql (three digits, then lowercase words)`);
      const document = readFileSync(join(dir, file), "utf8");
      const header = document.split("\n").filter((line) => line.startsWith("#"));
      const field = (key: string) => header.filter((line) => line.startsWith(`# ${key}:`)).map((line) => line.slice(`# ${key}:`.length).trim());
      const [role, ...extraRoles] = field("role");
      if (!role || extraRoles.length > 0) throw new Error(`${path}: the file needs exactly one "# role: ROLE" line`);
      if (role !== "ANONYMOUS" && !(ROLES as readonly string[]).includes(role)) throw new Error(`${path}: unknown role ${role}`);
      const inline = field("variables");
      const sibling = join(dir, file.replace(/\.graphql$/, ".json"));
      if (inline.length > 1 || (inline.length === 1 && existsSync(sibling))) throw new Error(`${path}: give the variables once (one "# variables:" line or a sibling .json)`);
      const variablesText = inline[0] ?? (existsSync(sibling) ? readFileSync(sibling, "utf8") : null);
      if (variablesText !== null) JSON.parse(variablesText);
      const saves = field("save").map((text) => {
        const match = /^(\w+)\s*=\s*([\w.]+)$/.exec(text);
        if (!match) throw new Error(`${path}: "# save: name = path.in.data", got "${text}"`);
        return { name: match[1]!, path: match[2]! };
      });
      examples.push({ consumer, path, role: role as ExampleRole, document, variablesText, saves });
    }
  }
  return examples;
}

/** GraphQL validation of every document: one message per problem, empty when all are valid. */
export function validateExamples(schema: GraphQLSchema, examples: Example[]): string[] {
  const problems: string[] = [];
  for (const example of examples) {
    try {
      for (const error of validate(schema, parse(example.document))) problems.push(`${example.path}: ${error.message}`);
    } catch (error) {
      problems.push(`${example.path}: ${(error as Error).message}`);
    }
  }
  return problems;
}

/**
 * Placeholders, always inside a JSON string: `"{{Member:memberAlice}}"` is the global id of a demo row
 * (DEMO_IDS in src/demo/seed.ts); `"{{name}}"` a value saved by an earlier example, with its JSON type
 * (a saved number stays a number). Inside a longer string, the value is spliced in as text.
 */
function resolveVariables(text: string, saved: Map<string, unknown>, path: string): Record<string, unknown> {
  const lookup = (key: string): unknown => {
    const demo = /^(\w+):(\w+)$/.exec(key);
    if (demo) {
      const id = DEMO_IDS[demo[2] as keyof typeof DEMO_IDS];
      if (!id) throw new Error(`${path}: no demo id "${demo[2]}" (src/demo/seed.ts DEMO_IDS)`);
      return toGlobalId(demo[1]!, id);
    }
    if (!saved.has(key)) throw new Error(`${path}: {{${key}}} was not saved by an earlier example`);
    return saved.get(key);
  };
  const resolved = text
    .replace(/"\{\{([^}]+)\}\}"/g, (_whole, key: string) => JSON.stringify(lookup(key)))
    .replace(/\{\{([^}]+)\}\}/g, (_whole, key: string) => JSON.stringify(String(lookup(key))).slice(1, -1));
  return JSON.parse(resolved) as Record<string, unknown>;
}

function at(data: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string, unknown>)[/^\d+$/.test(key) ? Number(key) : key]), data);
}

/** Every non-empty `userErrors` list anywhere in the data, with where it is. */
function userErrorsIn(value: unknown, path = "data"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => userErrorsIn(v, `${path}.${i}`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === "userErrors" && Array.isArray(v) && v.length > 0 ? [`${path}.userErrors: ${JSON.stringify(v)}`] : userErrorsIn(v, `${path}.${key}`),
  );
}

async function main() {
  const examples = loadExamples();
  const problems = validateExamples(await buildBareSchema(), examples);
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  console.log(`${examples.length} examples valid against the schema; running them on a fresh demo database at ${EXAMPLES_NOW}`);

  // The demo configuration of `npm start`, whatever the environment says: embedded database in memory, local key.
  // TRUSTED_DOCUMENTS=required as in production: the app's operations must be in schema/trusted-documents.json.
  const config = loadConfig({
    NODE_ENV: "development",
    PGLITE_IN_MEMORY: "true",
    SEED_DEMO_DATA: "true",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    TRUSTED_DOCUMENTS: "required",
  });
  const api = await startApi(config, { clock: new ManualClock(EXAMPLES_NOW) });
  const tokens = new Map<Role, string>();
  for (const p of DEMO_PRINCIPALS) tokens.set(p.role, await mintToken(config.auth, { role: p.role, subjectId: p.subjectId, memberId: p.memberId }));

  const verbose = process.argv.includes("--verbose");
  const saved = new Map<string, unknown>();
  let failures = 0;
  try {
    for (const example of examples) {
      // A fresh key per request: the booking and billing mutations require one (docs/idempotency.md); queries ignore it.
      const headers: Record<string, string> = { "content-type": "application/json", "accept-language": "en", "idempotency-key": randomUUID() };
      if (example.role !== "ANONYMOUS") headers.authorization = `Bearer ${tokens.get(example.role)}`;
      const variables = example.variablesText ? resolveVariables(example.variablesText, saved, example.path) : undefined;
      // The app sends the document id (sha256 of the file) and no text; the partner and the desk send the text.
      const operation = example.consumer === "app" ? { documentId: `sha256:${createHash("sha256").update(example.document, "utf8").digest("hex")}` } : { query: example.document };
      const response = await fetch(api.url, { method: "POST", headers, body: JSON.stringify({ ...operation, variables }) });
      const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      const wrong = [...(response.ok ? [] : [`HTTP ${response.status}`]), ...(body.errors ?? []).map((e) => `error: ${JSON.stringify(e)}`), ...userErrorsIn(body.data)];
      if (body.errors?.some((e) => e.extensions?.code === "PERSISTED_QUERY_NOT_FOUND")) wrong.push("not in schema/trusted-documents.json: run `npm run trusted-documents`");
      for (const save of example.saves) {
        const value = at(body.data, save.path);
        if (value === undefined || value === null) wrong.push(`save ${save.name}: nothing at data.${save.path}`);
        else saved.set(save.name, value);
      }
      if (wrong.length > 0) {
        failures += 1;
        console.error(`FAIL ${example.path} (${example.role})\n  ${wrong.join("\n  ")}`);
      } else {
        console.log(`ok   ${example.path} (${example.role})`);
        if (verbose) console.log(`  ${JSON.stringify(body.data)}`);
      }
    }
  } finally {
    await api.stop();
  }
  if (failures > 0) {
    console.error(`\n${failures} of ${examples.length} examples failed`);
    process.exit(1);
  }
  console.log(`\nall ${examples.length} examples passed`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
