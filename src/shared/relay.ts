import { ArgsType, Field, ID, Int, InterfaceType, ObjectType, type ClassType } from "type-graphql";
import { badUserInput } from "./errors.js";

/** Opaque Relay global IDs: base64url("Type:id"). Clients must not parse them. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

/** A node's identity, as its mapper sets it: the global ID and the database id (never exposed). */
export function nodeIds(type: string, id: string): { id: string; rawId: string } {
  return { id: toGlobalId(type, id), rawId: id };
}

/** The identity of a member's node: `nodeIds` and the owning member's database id. */
export function memberNodeIds(type: string, row: { id: string; memberId: string }): { id: string; rawId: string; memberRawId: string } {
  return { ...nodeIds(type, row.id), memberRawId: row.memberId };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a global ID; null when it is not one of ours (never throws: bad input is not a 500). */
export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  if (globalId.length > 200 || !/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) return null;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (!UUID.test(id)) return null;
  return { type, id: id.toLowerCase() };
}

/** The id of a given type, or null if the global ID is malformed or of another type. */
export function idOfType(globalId: string, type: string): string | null {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : null;
}

@InterfaceType({ description: "An object with a global ID, fetchable with `node(id:)`." })
export abstract class Node {
  @Field(() => ID, { description: "Opaque global ID." })
  id!: string;
}

@ObjectType({ description: "Relay pagination information." })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Always false: connections page forward only." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Builds `<Name>Connection` and `<Name>Edge` types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return { ConnectionType, EdgeType };
}

export const MAX_PAGE_SIZE = 100;

/** A connection field's `first` and `after` (`@Args(() => PageArgs) page: PageArgs`); `first` is checked by `pageSize`. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: "Page size, 1 to 100." })
  first!: number;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

/** Validates `first` (1..100): a page size outside it is a client error, not an empty page. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput("INVALID_PAGE_SIZE", "first", { max: MAX_PAGE_SIZE });
  }
  return first;
}

/** Cursors are opaque: base64url of a JSON array of the sort key values. */
export function encodeCursor(keys: string[]): string {
  return Buffer.from(JSON.stringify(keys), "utf8").toString("base64url");
}

export type CursorKind = "text" | "uuid" | "instant" | "date" | "count";

const CURSOR_CHECKS: Record<CursorKind, (value: unknown) => boolean> = {
  text: (v) => typeof v === "string" && v.length <= 500 && !v.includes("\u0000"),
  uuid: (v) => typeof v === "string" && UUID.test(v),
  instant: (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)),
  count: (v) => typeof v === "string" && /^\d{1,19}$/.test(v),
  date: (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
};

/**
 * Decodes a cursor made by `encodeCursor` and checks each key against its kind, so a forged
 * cursor is a BAD_USER_INPUT and never reaches SQL as a value PostgreSQL cannot cast.
 */
export function decodeCursor<const K extends readonly CursorKind[]>(cursor: string, kinds: K): { -readonly [I in keyof K]: string } {
  try {
    const keys: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(keys) && keys.length === kinds.length && keys.every((k, i) => CURSOR_CHECKS[kinds[i]!](k))) {
      return keys as { -readonly [I in keyof K]: string };
    }
  } catch {
    // fall through: a malformed cursor is bad input
  }
  throw badUserInput("INVALID_CURSOR", "after");
}

/** Turns `first + 1` fetched rows into a connection page. */
export function toConnection<Row, T>(rows: Row[], first: number, toNode: (row: Row) => T, cursorOf: (row: Row) => string): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
