// `npm run docs:errors` writes docs/errors.md from the error catalogues; `-- --check` exits 1 when
// the file is not what the catalogues give (CI runs it). The catalogues are found, not listed:
// every `defineErrors(...)` exported by a `src/modules/<area>/*.errors.ts`, so a new module's codes
// appear without editing this script.
import "reflect-metadata";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { COMMON_ERRORS } from "../src/shared/common-errors.js";
import { BAD_INPUT_MESSAGES, GRAPHQL_ERROR_MESSAGES, PUBLIC_ERROR_CODES } from "../src/shared/errors.js";
import type { Messages } from "../src/shared/i18n.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MODULES_DIR = join(ROOT, "src/modules");
export const ERRORS_DOC_PATH = join(ROOT, "docs/errors.md");

type Entry = { rule: string | null } & Messages;
interface Catalogue {
  module: string;
  file: string;
  exportName: string;
  /** The GraphQL `<Name>UserError` / `<Name>ErrorCode` built from it, when a resolver declares one. */
  graphqlName: string | null;
  entries: Record<string, Entry>;
}
interface MessageTable {
  module: string;
  file: string;
  exportName: string;
  entries: Record<string, Messages>;
}

const isMessages = (v: unknown): v is Messages => typeof v === "object" && v !== null && typeof (v as Messages).fr === "string" && typeof (v as Messages).en === "string";

const isCatalogue = (v: unknown): v is { catalog: Record<string, Entry> } =>
  typeof v === "object" && v !== null && "catalog" in v && typeof (v as { error?: unknown }).error === "function";

/** `userErrorType("Device", deviceErrors[, description])` anywhere in the module: the GraphQL name of each catalogue. */
function graphqlNames(moduleDir: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of readdirSync(moduleDir).filter((f) => f.endsWith(".ts"))) {
    for (const match of readFileSync(join(moduleDir, file), "utf8").matchAll(/userErrorType\(\s*"(\w+)",\s*(\w+)\s*[,)]/g)) {
      names.set(match[2]!, match[1]!);
    }
  }
  return names;
}

export async function discoverCatalogues(): Promise<{ catalogues: Catalogue[]; messageTables: MessageTable[] }> {
  const catalogues: Catalogue[] = [];
  const messageTables: MessageTable[] = [];
  const moduleNames = readdirSync(MODULES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const module of moduleNames) {
    const dir = join(MODULES_DIR, module);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".errors.ts"))
      .sort();
    if (files.length === 0) continue;
    const names = graphqlNames(dir);
    for (const file of files) {
      const exports = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
      for (const [exportName, value] of Object.entries(exports).sort(([a], [b]) => a.localeCompare(b))) {
        const path = relative(ROOT, join(dir, file));
        if (isCatalogue(value)) {
          catalogues.push({ module, file: path, exportName, graphqlName: names.get(exportName) ?? null, entries: value.catalog });
        } else if (typeof value === "object" && value !== null && Object.values(value).length > 0 && Object.values(value).every(isMessages)) {
          messageTables.push({ module, file: path, exportName, entries: value as Record<string, Messages> });
        }
      }
    }
  }
  return { catalogues, messageTables };
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const ruleLink = (rule: string | null) => (rule ? `[${rule}](rules.md#${rule.toLowerCase()})` : "—");

const WHEN: Record<string, string> = {
  UNAUTHENTICATED: "HTTP 401: no valid bearer token, or its person is no longer current",
  FORBIDDEN: "the actor may not read this field or run this operation (the permission map)",
  BAD_USER_INPUT: "an argument or variable is invalid (type, page size, cursor, NUL character)",
  GRAPHQL_PARSE_FAILED: "HTTP 400: the document is not GraphQL",
  GRAPHQL_VALIDATION_FAILED: "HTTP 400: the document does not fit the schema or passes a limit (depth, aliases, tokens)",
  BAD_REQUEST: "HTTP 400 (413 for a body too large): not a GraphQL request",
  OPERATION_RESOLUTION_FAILURE: "HTTP 400: operationName does not name an operation of the document",
  PERSISTED_QUERY_NOT_FOUND: "HTTP 400: the document id sent is not in the trusted-document manifest (docs/trusted-documents.md)",
  PERSISTED_QUERY_NOT_SUPPORTED: "Apollo persisted-query protocol",
  SERVICE_UNAVAILABLE: "HTTP 503 when nothing could be answered: the database is out of reach, or the server is draining",
  INTERNAL_SERVER_ERROR: "a bug: give the request id to support",
  IDEMPOTENCY_KEY_INVALID: "HTTP 400: the Idempotency-Key is empty, longer than 255 characters or not printable ASCII, or the caller is anonymous",
  IDEMPOTENCY_KEY_REQUIRED: "HTTP 400: a mutation that books or bills was sent without an Idempotency-Key (docs/idempotency.md)",
  IDEMPOTENCY_KEY_REUSED: "HTTP 422: this key was used by this caller for another request (operation or variables)",
  IDEMPOTENCY_REQUEST_IN_PROGRESS: "HTTP 409: the first request with this key is still running; retry after Retry-After",
  MAX_COST_EXCEEDED: "HTTP 400: the query's cost, computed before it runs, is above the per-query maximum (docs/limits.md)",
  THROTTLED: "HTTP 429: the caller's cost budget holds fewer points than the query costs; retry after Retry-After (docs/limits.md)",
  TRUSTED_DOCUMENT_REQUIRED:
    "HTTP 400: an app token (MEMBER, DELEGATE, PAYER) or a caller without a token sent query text while TRUSTED_DOCUMENTS=required (docs/trusted-documents.md)",
  PERSISTED_QUERY_HASH_MISMATCH: "HTTP 400: a query was sent with a sha256 hash that is not the hash of its text",
};

export async function renderErrorsDoc(): Promise<string> {
  const { catalogues, messageTables } = await discoverCatalogues();
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);

  push(
    "# Error codes",
    "",
    "<!-- Generated by `npm run docs:errors` (scripts/errors-doc.ts) from the error catalogues. Do not edit: CI runs `npm run docs:errors -- --check`. -->",
    "",
    "Two kinds of errors reach a client:",
    "",
    "- **GraphQL errors** (`errors[].extensions.code`): the request was not carried out at all — no token, not allowed,",
    "  invalid arguments, the database out of reach, a bug. They are listed first.",
    "- **userErrors** of a mutation payload (`userErrors { code message field rule }`): an expected refusal by a contract",
    "  rule. Nothing was written. `code` is a value of the module's `<Name>ErrorCode` enum, `rule` the rule ID",
    "  (explained in [rules.md](rules.md)), `message` is French by default and English with `Accept-Language: en`.",
    "  `{name}` in a message is filled in with the values of the case.",
    "",
    "## GraphQL errors (`extensions.code`)",
    "",
    "Every error carries `extensions.requestId` (also the `x-request-id` header). Any other code is masked as",
    "`INTERNAL_SERVER_ERROR`: no stack, no SQL.",
    "",
    "| code | when | French | English |",
    "|---|---|---|---|",
  );
  for (const code of [...PUBLIC_ERROR_CODES, "INTERNAL_SERVER_ERROR" as const]) {
    const messages = GRAPHQL_ERROR_MESSAGES[code];
    const fr = messages ? cell(messages.fr) : "message of GraphQL / Apollo Server (English), unchanged";
    const en = messages ? cell(messages.en) : "idem";
    push(`| \`${code}\` | ${WHEN[code] ?? "—"} | ${fr} | ${en} |`);
  }
  push(
    "",
    "### `BAD_USER_INPUT` raised by the API itself",
    "",
    "Besides GraphQL's own variable-coercion messages, these argument problems (`extensions.field` names the argument):",
    "",
    "| key | French | English |",
    "|---|---|---|",
  );
  for (const [key, m] of Object.entries(BAD_INPUT_MESSAGES)) push(`| \`${key}\` | ${cell(m.fr)} | ${cell(m.en)} |`);

  push(
    "",
    "## Refusals shared by several modules",
    "",
    "Declared once in `src/shared/common-errors.ts`; each module's enum lists those it can return (see below).",
    "",
    "| code | rule | French | English |",
    "|---|---|---|---|",
  );
  for (const [code, e] of Object.entries(COMMON_ERRORS)) push(`| \`${code}\` | ${ruleLink(e.rule)} | ${cell(e.fr)} | ${cell(e.en)} |`);

  push("", "## userErrors by module", "");
  for (const c of catalogues) {
    const gql = c.graphqlName ? `GraphQL \`${c.graphqlName}UserError\`, codes \`${c.graphqlName}ErrorCode\`` : "not exposed as a GraphQL enum";
    push(`### ${c.module}: \`${c.exportName}\``, "", `\`${c.file}\` — ${gql}.`, "", "| code | rule | French | English |", "|---|---|---|---|");
    for (const [code, e] of Object.entries(c.entries)) push(`| \`${code}\` | ${ruleLink(e.rule)} | ${cell(e.fr)} | ${cell(e.en)} |`);
    push("");
  }

  if (messageTables.length > 0) {
    push("## Other messages", "", "Messages reported as data outside userErrors (e.g. in a run summary).", "");
    for (const t of messageTables) {
      push(`### ${t.module}: \`${t.exportName}\``, "", `\`${t.file}\``, "", "| code | French | English |", "|---|---|---|");
      for (const [code, m] of Object.entries(t.entries)) push(`| \`${code}\` | ${cell(m.fr)} | ${cell(m.en)} |`);
      push("");
    }
  }

  const byRule = new Map<string, Set<string>>();
  const add = (rule: string | null, code: string) => {
    if (!rule) return;
    if (!byRule.has(rule)) byRule.set(rule, new Set());
    byRule.get(rule)!.add(code);
  };
  for (const [code, e] of Object.entries(COMMON_ERRORS)) add(e.rule, code);
  for (const c of catalogues) for (const [code, e] of Object.entries(c.entries)) add(e.rule, code);
  const ruleOrder = (rule: string) => {
    const [family = "", n = "0"] = rule.split("-");
    return [family, Number(n)] as const;
  };
  const rules = [...byRule.keys()].sort((a, b) => {
    const [fa, na] = ruleOrder(a);
    const [fb, nb] = ruleOrder(b);
    return fa === fb ? na - nb : fa.localeCompare(fb);
  });
  push("## Codes by rule", "", "| rule | codes |", "|---|---|");
  for (const rule of rules)
    push(
      `| ${ruleLink(rule)} | ${[...byRule.get(rule)!]
        .sort()
        .map((c) => `\`${c}\``)
        .join(", ")} |`,
    );
  push("");
  return out.join("\n");
}

async function main() {
  const check = process.argv.includes("--check");
  const expected = await renderErrorsDoc();
  if (check) {
    let current = "";
    try {
      current = readFileSync(ERRORS_DOC_PATH, "utf8");
    } catch {
      // missing: reported below
    }
    if (current !== expected) {
      console.error(`${relative(ROOT, ERRORS_DOC_PATH)} is not current: run \`npm run docs:errors\` and commit it.`);
      process.exit(1);
    }
    console.log(`${relative(ROOT, ERRORS_DOC_PATH)} is current.`);
    return;
  }
  writeFileSync(ERRORS_DOC_PATH, expected);
  console.log(`wrote ${relative(ROOT, ERRORS_DOC_PATH)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
