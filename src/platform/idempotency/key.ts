import { createHash } from "node:crypto";
import { getVariableValues, Kind, print, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import type { Actor } from "../../authz/actor.js";

export const IDEMPOTENCY_HEADER = "idempotency-key";

/** 1 to 255 printable ASCII characters (Stripe's limit): anything else is refused, never truncated. */
const KEY = /^[\x20-\x7e]{1,255}$/;

export type KeyHeader = { kind: "absent" } | { kind: "invalid" } | { kind: "present"; key: string };

/** Reads the header as Node or Apollo's HeaderMap give it (a repeated header arrives joined, and is refused if it is no longer valid). */
export function readKeyHeader(value: string | readonly string[] | undefined): KeyHeader {
  if (value === undefined) return { kind: "absent" };
  const text = typeof value === "string" ? value : value.join(", ");
  return KEY.test(text) ? { kind: "present", key: text } : { kind: "invalid" };
}

/**
 * Keys are scoped to the caller: `<role>:<subject id>`. Two members (or a member and their
 * delegate) may use the same key without ever seeing each other's response. An anonymous caller
 * has no identity to scope a key to: its keys are refused (docs/idempotency.md).
 */
export function scopeOf(actor: Actor): string | null {
  return actor.kind === "anonymous" ? null : `${actor.role}:${actor.subjectId}`;
}

/** The operation `operationName` selects in `document`, as graphql-js selects it; null when there is none or it is ambiguous. */
export function selectedOperation(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((o) => o.name?.value === operationName) ?? null;
  return operations.length === 1 ? operations[0]! : null;
}

/**
 * sha256 over the normalised operation (graphql `print`, so whitespace and comments do not count),
 * the fragments of the document (sorted by name), the operation name and the COERCED variables in
 * a canonical JSON (sorted keys): `{"n": 1}` and `{"n": "1"}` for an `ID!` are the same request,
 * a different value or a different selection is another one.
 */
export function fingerprintOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Record<string, unknown> | undefined): string {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  // Variables that do not coerce fail the request before execution anyway; their raw value keeps the fingerprint total.
  const variables = coerced.coerced ?? rawVariables ?? {};
  const fragments = document.definitions
    .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => print(d))
    .sort();
  const hash = createHash("sha256");
  for (const part of [print(operation), ...fragments, operation.name?.value ?? "", canonicalJson(variables)]) {
    hash.update(part);
    // A separator no GraphQL text contains: "ab"+"c" and "a"+"bc" hash differently.
    hash.update("\u0000");
  }
  return hash.digest("hex");
}

/** JSON with object keys sorted at every depth; Dates and other `toJSON` values as JSON gives them. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value === null || typeof value !== "object") return value;
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === "function") return canonical(withJson.toJSON());
  if (Array.isArray(value)) return value.map(canonical);
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(record).sort()) if (record[name] !== undefined) out[name] = canonical(record[name]);
  return out;
}
