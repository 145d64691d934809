import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, fromGlobalId, idOfType, pageSize, toConnection, toGlobalId } from "../../src/shared/relay.js";

const ID = "5f0e9d8c-7b6a-4594-8372-615049382716";
const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");

function badUserInputFrom(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe("BAD_USER_INPUT");
    return error as GraphQLError;
  }
  throw new Error("expected a BAD_USER_INPUT GraphQLError");
}

describe("global IDs", () => {
  it("round-trips a type and a UUID", () => {
    const globalId = toGlobalId("Member", ID);
    expect(globalId).not.toContain(ID);
    expect(fromGlobalId(globalId)).toEqual({ type: "Member", id: ID });
  });

  it("lower-cases the decoded UUID", () => {
    expect(fromGlobalId(toGlobalId("Member", ID.toUpperCase()))).toEqual({ type: "Member", id: ID });
  });

  it.each([
    ["not base64url", "abc+/=="],
    ["empty", ""],
    ["no colon", b64(`Member${ID}`)],
    ["no type", b64(`:${ID}`)],
    ["non-UUID id", b64("Member:42")],
    ["UUID with trailing junk", b64(`Member:${ID}x`)],
    ["huge string", "A".repeat(100_000)],
    ["unicode", "Membré:1"],
  ])("returns null without throwing for a malformed id (%s)", (_label, input) => {
    expect(() => fromGlobalId(input)).not.toThrow();
    expect(fromGlobalId(input)).toBeNull();
  });

  it("idOfType returns the id for the expected type", () => {
    expect(idOfType(toGlobalId("Member", ID), "Member")).toBe(ID);
  });

  it("idOfType returns null for another type", () => {
    expect(idOfType(toGlobalId("Booking", ID), "Member")).toBeNull();
  });

  it("idOfType returns null for a malformed id", () => {
    expect(idOfType("%%%", "Member")).toBeNull();
  });
});

describe("pageSize", () => {
  it("accepts the bounds 1 and 100", () => {
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
  });

  it.each([0, 101, 1.5, -1, Number.NaN])("throws BAD_USER_INPUT for %s", (first) => {
    const error = badUserInputFrom(() => pageSize(first));
    expect(error.extensions.field).toBe("first");
  });
});

describe("cursors", () => {
  const KINDS = ["text", "instant", "date", "uuid"] as const;

  it("round-trip the sort keys", () => {
    const keys = ["Dupont", "2026-11-26T10:00:00.000Z", "2026-11-26", ID];
    const cursor = encodeCursor(keys);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, KINDS)).toEqual(keys);
  });

  it.each([
    ["not base64 JSON", "!!!"],
    ["JSON that is not an array", b64('{"a":1}')],
    ["wrong arity", encodeCursor(["a", "b"])],
    ["non-scalar key", b64(`[["nested"], "2026-11-26T10:00:00Z", "2026-11-26", "${ID}"]`)],
    ["null key", b64(`[null, "2026-11-26T10:00:00Z", "2026-11-26", "${ID}"]`)],
    ["an instant PostgreSQL cannot cast", encodeCursor(["a", "not-a-date", "2026-11-26", ID])],
    ["an impossible date", encodeCursor(["a", "2026-11-26T10:00:00Z", "2026-02-30", ID])],
    ["a non-uuid id", encodeCursor(["a", "2026-11-26T10:00:00Z", "2026-11-26", "x"])],
    ["a NUL in a text key", encodeCursor(["a\u0000", "2026-11-26T10:00:00Z", "2026-11-26", ID])],
  ])("a bad cursor throws BAD_USER_INPUT (%s)", (_label, cursor) => {
    const error = badUserInputFrom(() => decodeCursor(cursor, KINDS));
    expect(error.extensions.field).toBe("after");
  });
});

describe("toConnection", () => {
  const rows = [{ id: "a" }, { id: "b" }, { id: "c" }];
  const build = (input: { id: string }[], first: number) =>
    toConnection(
      input,
      first,
      (r) => r.id.toUpperCase(),
      (r) => `cur-${r.id}`,
    );

  it("sets hasNextPage and trims the extra row when more rows than first were fetched", () => {
    const connection = build(rows, 2);
    expect(connection.edges).toEqual([
      { cursor: "cur-a", node: "A" },
      { cursor: "cur-b", node: "B" },
    ]);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: "cur-a", endCursor: "cur-b" });
  });

  it("does not set hasNextPage when rows.length equals first", () => {
    const connection = build(rows, 3);
    expect(connection.edges).toHaveLength(3);
    expect(connection.pageInfo.hasNextPage).toBe(false);
    expect(connection.pageInfo.endCursor).toBe("cur-c");
  });

  it("returns an empty page with null cursors", () => {
    expect(build([], 10).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
