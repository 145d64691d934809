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
  @Field(() => ID, { description: "Opaque global ID (stable, unique across types); pass it to `node(id:)`. Do not parse it." })
  id!: string;
}

@ObjectType({ description: "Where a connection page sits in the whole list (Relay cursor pagination, forward only)." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more items follow: ask again with `after: endCursor`." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Always false: connections page forward only." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge of this page; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge of this page, to pass as `after` for the next page; null when the page is empty." })
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
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page of \`${name}Connection\`, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: "Opaque cursor of this edge: pass it as `after` to get the items that follow it. Do not parse it." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} itself.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${name} items (Relay cursor pagination: \`first\` 1 to ${MAX_PAGE_SIZE}, then \`after: pageInfo.endCursor\`).`,
  })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: "The items of this page, in the connection's order; empty when there are none." })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: "Whether more items follow, and the cursor to ask for them." })
    pageInfo!: PageInfo;
  }
  return { ConnectionType, EdgeType };
}

export const MAX_PAGE_SIZE = 100;

/** A connection field's `first` and `after` (`@Args(() => PageArgs) page: PageArgs`); `first` is checked by `pageSize`. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: "Page size, 1 to 100; outside that range the query is refused with BAD_USER_INPUT (INVALID_PAGE_SIZE)." })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Return the items after this cursor (a previous page's `pageInfo.endCursor`); omit for the first page. A forged cursor is refused with BAD_USER_INPUT (INVALID_CURSOR).",
  })
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
