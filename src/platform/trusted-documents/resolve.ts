import type { Actor } from "../../authz/actor.js";
import { sha256Hex } from "./manifest.js";

export type TrustedDocumentsMode = "required" | "allowed";

export interface TrustedDocuments {
  /** `required`: app callers (app tokens and anonymous callers) may run listed documents only. */
  mode: TrustedDocumentsMode;
  /** Document id (lowercase hex sha256) → document text, from schema/trusted-documents.json. */
  documents: ReadonlyMap<string, string>;
}

export type TrustedDocumentRefusalCode = "PERSISTED_QUERY_NOT_FOUND" | "TRUSTED_DOCUMENT_REQUIRED" | "PERSISTED_QUERY_HASH_MISMATCH" | "BAD_REQUEST";

export type TrustedDocumentResolution =
  /** What Apollo gets: the body and the query string with the listed document's text as `query`, and no id. */
  | { ok: true; body: unknown; search: string; documentId: string | null }
  /** 400, nothing executed. `detail` is the English text of a BAD_REQUEST (no catalogue message for it). */
  | { ok: false; code: TrustedDocumentRefusalCode; documentId: string | null; detail?: string };

interface Request {
  method: string | undefined;
  /** The parsed JSON body of a POST (anything else as src/http.ts read it). */
  body: unknown;
  /** The URL's query string, `?…` or empty. */
  search: string;
  actor: Actor;
}

/**
 * The app's audience is the public internet: its tokens (MEMBER, DELEGATE, PAYER) and callers
 * without a token. The partner and staff tooling keep free-form queries (under the cost limits).
 */
const isAppCaller = (actor: Actor) => actor.kind === "member-scoped" || actor.kind === "anonymous";

const HEX_ID = /^(?:sha256:)?([0-9a-f]{64})$/i;
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const given = (value: unknown) => value !== undefined && value !== null;

/**
 * Issue 14 (docs/trusted-documents.md), before Apollo sees the request. Two ways to name a document:
 * `documentId` ("sha256:<hex>" or "<hex>", the GraphQL-over-HTTP trusted documents convention) and
 * Apollo's `extensions.persistedQuery.sha256Hash`, in a POST JSON body or in a GET query string.
 * - an id alone: a listed id runs its document, an unknown one is PERSISTED_QUERY_NOT_FOUND;
 * - an id with a query: the id must be the query's sha256 (else PERSISTED_QUERY_HASH_MISMATCH);
 *   listed, it runs as the document; not listed, as a free-form query (nothing is registered);
 * - no id: a free-form query, refused TRUSTED_DOCUMENT_REQUIRED to app callers in `required` mode.
 * Apollo never sees `documentId` or the `persistedQuery` extension (its APQ are off).
 */
export function resolveTrustedDocument(trusted: TrustedDocuments, request: Request): TrustedDocumentResolution {
  const { method, body, search, actor } = request;
  const params = new URLSearchParams(search);
  let fields: { query: unknown; documentId: unknown; extensions: unknown };
  if (method === "POST" && isObject(body)) {
    fields = { query: body.query, documentId: body.documentId, extensions: body.extensions };
  } else if (method === "GET") {
    fields = { query: params.get("query") ?? undefined, documentId: params.get("documentId") ?? undefined, extensions: parseJson(params.get("extensions")) };
  } else {
    // A batch, a body that is not JSON, another method: Apollo refuses them all (batching is off). An app caller in required mode is refused first.
    const refused = method === "POST" && trusted.mode === "required" && isAppCaller(actor);
    return refused ? { ok: false, code: "TRUSTED_DOCUMENT_REQUIRED", documentId: null } : { ok: true, body, search, documentId: null };
  }

  const named = namedId(fields);
  if (!named.ok) return named;
  const id = named.id;
  const { query } = fields;
  if (id !== null && given(query) && (typeof query !== "string" || sha256Hex(query) !== id)) {
    return { ok: false, code: "PERSISTED_QUERY_HASH_MISMATCH", documentId: id };
  }
  const document = id === null ? undefined : trusted.documents.get(id);
  if (id !== null && !given(query) && document === undefined) return { ok: false, code: "PERSISTED_QUERY_NOT_FOUND", documentId: id };
  if (document === undefined && trusted.mode === "required" && isAppCaller(actor)) return { ok: false, code: "TRUSTED_DOCUMENT_REQUIRED", documentId: id };

  const text = document ?? query;
  const extensions = withoutPersistedQuery(fields.extensions);
  if (method === "POST") {
    const { documentId: _id, extensions: _extensions, query: _query, ...rest } = body as Record<string, unknown>;
    const rewritten = { ...rest, ...(given(text) ? { query: text } : {}), ...(extensions === undefined ? {} : { extensions }) };
    return { ok: true, body: rewritten, search, documentId: document === undefined ? null : id };
  }
  params.delete("documentId");
  if (typeof text === "string") params.set("query", text);
  if (extensions === undefined) params.delete("extensions");
  else if (extensions !== fields.extensions) params.set("extensions", JSON.stringify(extensions));
  const rewritten = params.toString();
  return { ok: true, body, search: rewritten ? `?${rewritten}` : "", documentId: document === undefined ? null : id };
}

/** The id the request names, lowercase hex, or null; both shapes naming different documents is a bad request. */
function namedId(fields: {
  documentId: unknown;
  extensions: unknown;
}): { ok: true; id: string | null } | { ok: false; code: TrustedDocumentRefusalCode; documentId: null; detail?: string } {
  let fromDocumentId: string | null = null;
  if (given(fields.documentId)) {
    const match = typeof fields.documentId === "string" ? HEX_ID.exec(fields.documentId) : null;
    // Not a sha256 id at all: it cannot be listed.
    if (!match) return { ok: false, code: "PERSISTED_QUERY_NOT_FOUND", documentId: null };
    fromDocumentId = match[1]!.toLowerCase();
  }
  let fromExtension: string | null = null;
  const persisted = isObject(fields.extensions) ? fields.extensions.persistedQuery : undefined;
  if (given(persisted)) {
    if (!isObject(persisted) || persisted.version !== 1) return badRequest("Unsupported persisted query version: send extensions.persistedQuery as {version: 1, sha256Hash}.");
    if (typeof persisted.sha256Hash !== "string") return badRequest("extensions.persistedQuery.sha256Hash must be a string.");
    const match = /^[0-9a-f]{64}$/i.exec(persisted.sha256Hash);
    if (!match) return { ok: false, code: "PERSISTED_QUERY_NOT_FOUND", documentId: null };
    fromExtension = match[0].toLowerCase();
  }
  if (fromDocumentId !== null && fromExtension !== null && fromDocumentId !== fromExtension) {
    return badRequest("documentId and extensions.persistedQuery.sha256Hash name different documents: send one of them.");
  }
  return { ok: true, id: fromDocumentId ?? fromExtension };
}

function badRequest(detail: string) {
  return { ok: false as const, code: "BAD_REQUEST" as const, documentId: null, detail };
}

/** The extensions without `persistedQuery`; undefined when nothing is left. Anything that is not an object is passed on as it came. */
function withoutPersistedQuery(extensions: unknown): unknown {
  if (!isObject(extensions) || !("persistedQuery" in extensions)) return extensions;
  const { persistedQuery: _persisted, ...rest } = extensions;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** GET's `extensions` parameter; text that is not JSON is left to Apollo, which refuses it. */
function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
