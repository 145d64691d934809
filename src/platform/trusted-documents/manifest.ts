import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Kind, parse } from "graphql";

/**
 * Issue 14: the app's trusted documents. Apollo's persisted query manifest format, so that Apollo
 * Client's persisted-queries link (with @apollo/persisted-query-lists) and the users of
 * @apollo/generate-persisted-query-manifest read it as it is.
 */
export const MANIFEST_FORMAT = "apollo-persisted-query-manifest";
export const MANIFEST_PATH = "schema/trusted-documents.json";
/** The app's operations, one per file: the manifest is built from them (examples/README.md). */
export const APP_OPERATIONS_DIR = "examples/app";

export interface ManifestOperation {
  /** Lowercase hex sha256 of `body` (UTF-8): the document id. */
  id: string;
  name: string;
  type: "query" | "mutation" | "subscription";
  /** The file's exact text, comments included: what the id is the hash of. */
  body: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  operations: ManifestOperation[];
}

export const sha256Hex = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** Walks up from this file to the repository root (the folder holding schema/), so it works from src/ (tsx) and dist/src/ (node). */
export function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "schema")) && existsSync(join(dir, "package.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${MANIFEST_PATH}: no repository root (a folder with schema/ and package.json) above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** One operation per file, named (the app's link finds an id by operation name), names unique. */
export function buildManifest(dir: string = join(repositoryRoot(), APP_OPERATIONS_DIR)): Manifest {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort();
  const names = new Map<string, string>();
  const operations = files.map((file): ManifestOperation => {
    const body = readFileSync(join(dir, file), "utf8");
    const definitions = parse(body).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const [operation, ...others] = definitions;
    if (!operation || others.length > 0) throw new Error(`${APP_OPERATIONS_DIR}/${file}: a trusted document holds exactly one operation`);
    const name = operation.name?.value;
    if (!name) throw new Error(`${APP_OPERATIONS_DIR}/${file}: name the operation (the app finds its id by operation name)`);
    const twin = names.get(name);
    if (twin) throw new Error(`${APP_OPERATIONS_DIR}/${file}: operation ${name} is already defined in ${twin}; operation names are unique in the manifest`);
    names.set(name, file);
    return { id: sha256Hex(body), name, type: operation.operation, body };
  });
  return { format: MANIFEST_FORMAT, version: 1, operations };
}

/** The committed file's text: two-space JSON and a final newline, so that a diff shows one operation per change. */
export function renderManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Reads a manifest and returns document id → body. Anything wrong (format, version, an id that is
 * not the sha256 of its body, a duplicate id) throws at start-up: a tampered or hand-edited file
 * never serves a document under an id that is not its hash.
 */
export function loadTrustedDocuments(path: string | URL): Map<string, string> {
  const where = path instanceof URL ? fileURLToPath(path) : path;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${where}: cannot read the trusted-document manifest (${(error as Error).message}); run \`npm run trusted-documents\``);
  }
  const fail = (why: string): never => {
    throw new Error(`${where}: invalid trusted-document manifest: ${why}; rebuild it with \`npm run trusted-documents\``);
  };
  const manifest = parsed as Partial<Manifest> | null;
  if (manifest === null || typeof manifest !== "object") return fail("not a JSON object");
  if (manifest.format !== MANIFEST_FORMAT) fail(`"format" must be "${MANIFEST_FORMAT}"`);
  if (manifest.version !== 1) fail(`"version" must be 1`);
  if (!Array.isArray(manifest.operations)) return fail(`"operations" must be an array`);
  const documents = new Map<string, string>();
  for (const [index, operation] of (manifest.operations as (Partial<ManifestOperation> | null)[]).entries()) {
    const label = `operation ${index}${typeof operation?.name === "string" ? ` (${operation.name})` : ""}`;
    if (operation === null || typeof operation !== "object" || typeof operation.id !== "string" || typeof operation.body !== "string") {
      return fail(`${label} needs a string "id" and a string "body"`);
    }
    if (!/^[0-9a-f]{64}$/.test(operation.id)) fail(`${label}: "id" must be 64 lowercase hex digits (a sha256)`);
    if (sha256Hex(operation.body) !== operation.id) fail(`${label}: "id" is not the sha256 of its "body"`);
    if (documents.has(operation.id)) fail(`${label}: id ${operation.id} is listed twice`);
    documents.set(operation.id, operation.body);
  }
  return documents;
}
