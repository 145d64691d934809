// `npm run codegen`: generates the typed client of each consumer, clients/<consumer>/, with
// graphql-codegen's client-preset (scripts/codegen/config.ts), from schema/schema.graphql and the
// consumer's examples, plus clients/<consumer>/examples.typecheck.ts, which gives every example's
// variables to its document's VariablesOf type so that `tsc --noEmit` fails on a variable of the
// wrong type (scripts/codegen/typecheck.ts).
// `npm run codegen:check` (`-- --check`) writes nothing and fails when clients/ differs from what
// would be generated: a stale, missing or extra file. An example that does not match the schema
// fails both.
// `--examples DIR` reads the examples from DIR instead of examples/ (the test uses a temp copy).
// docs/typed-clients.md describes the clients.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { CLIENT_CONSUMERS, clientsCodegenConfig } from "./config.js";
import { loadCodegenExamples, typecheckFile } from "./typecheck.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CLIENTS_DIR = "clients";

export interface GeneratedFile {
  /** Relative to the repository root: clients/app/graphql.ts. */
  path: string;
  content: string;
}

/** Every file of clients/, as it should be; throws when an example does not match the schema. */
export async function generateClients(examplesDir = "examples"): Promise<GeneratedFile[]> {
  const config = clientsCodegenConfig({ root: ROOT, examplesDir });
  let outputs: { filename: string; content: string }[];
  try {
    outputs = await generate(config as Parameters<typeof generate>[0], false);
  } catch (error) {
    throw new Error(`graphql-codegen failed (an example that does not match schema/schema.graphql?):\n${describe(error)}`);
  }
  const files: GeneratedFile[] = outputs.map((o) => ({ path: relative(ROOT, resolve(ROOT, o.filename)), content: o.content }));
  const examples = loadCodegenExamples(resolve(ROOT, examplesDir));
  for (const consumer of CLIENT_CONSUMERS) {
    const graphqlTs = files.find((f) => f.path === join(CLIENTS_DIR, consumer, "graphql.ts"));
    if (!graphqlTs) throw new Error(`graphql-codegen wrote no ${CLIENTS_DIR}/${consumer}/graphql.ts`);
    files.push({ path: join(CLIENTS_DIR, consumer, "examples.typecheck.ts"), content: typecheckFile(consumer, examples) });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function describe(error: unknown): string {
  const e = error as { message?: string; errors?: unknown[] };
  const message = e.message ?? String(error);
  const nested = (Array.isArray(e.errors) ? e.errors : []).map((x) => (x as Error).message ?? String(x)).filter((m) => !message.includes(m.trim()));
  return [message, ...nested].join("\n");
}

/** The files now under clients/ (relative paths), recursively. */
function committedFiles(): string[] {
  const dir = join(ROOT, CLIENTS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => join(CLIENTS_DIR, name))
    .filter((path) => statSync(join(ROOT, path)).isFile())
    .sort();
}

/** What differs between clients/ and the generated files: one line per file, empty when up to date. */
export function staleClientFiles(files: GeneratedFile[]): string[] {
  const problems: string[] = [];
  const expected = new Set(files.map((f) => f.path));
  for (const file of files) {
    const absolute = join(ROOT, file.path);
    if (!existsSync(absolute)) problems.push(`missing  ${file.path}`);
    else if (readFileSync(absolute, "utf8") !== file.content) problems.push(`stale    ${file.path}`);
  }
  for (const path of committedFiles()) if (!expected.has(path)) problems.push(`extra    ${path} (not generated: remove it)`);
  return problems;
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const at = args.indexOf("--examples");
  const examplesDir = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !examplesDir) throw new Error("--examples needs a folder");
  let files: GeneratedFile[];
  try {
    files = await generateClients(examplesDir);
  } catch (error) {
    console.error(`codegen: ${(error as Error).message}`);
    process.exit(1);
  }
  if (check) {
    const problems = staleClientFiles(files);
    if (problems.length > 0) {
      console.error(
        `codegen:check: the typed clients of ${CLIENTS_DIR}/ are out of date with schema/schema.graphql or examples/:\n` +
          problems.map((p) => `  ${p}`).join("\n") +
          "\nRun `npm run codegen` and commit clients/ (docs/typed-clients.md).",
      );
      process.exit(1);
    }
    console.log(`codegen:check: ${files.length} files of ${CLIENTS_DIR}/ up to date (${CLIENT_CONSUMERS.join(", ")})`);
    return;
  }
  const expected = new Set(files.map((f) => f.path));
  const extra = committedFiles().filter((p) => !expected.has(p));
  for (const file of files) {
    const absolute = join(ROOT, file.path);
    mkdirSync(dirname(absolute), { recursive: true });
    if (!existsSync(absolute) || readFileSync(absolute, "utf8") !== file.content) {
      writeFileSync(absolute, file.content);
      console.log(`wrote ${file.path}`);
    }
  }
  if (extra.length > 0) console.warn(`not generated, remove them: ${extra.join(", ")}`);
  console.log(`codegen: ${files.length} files of ${CLIENTS_DIR}/ up to date`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
