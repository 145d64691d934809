import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { describe, expect, it } from "vitest";
import { formatError } from "../../src/app.js";
import { GRAPHQL_ERROR_MESSAGES, constraintName, isDatabaseUnavailable, sqlState } from "../../src/shared/errors.js";

/** What Apollo hands to formatError: the formatted error plus the GraphQLError itself. */
function format(error: GraphQLError, extra: Record<string, unknown> = {}): GraphQLFormattedError {
  const formatted = error.toJSON();
  return formatError({ ...formatted, extensions: { ...formatted.extensions, ...extra } }, error);
}

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("formatError", () => {
  it("keeps a public code and its message, and drops the stack trace", () => {
    const error = new GraphQLError("You may not.", { path: ["member"], extensions: { code: "FORBIDDEN" } });
    const result = format(error, { stacktrace: ["Error: You may not.", "    at resolver (src/x.ts:1:1)"] });
    expect(result.message).toBe("You may not.");
    expect(result.path).toEqual(["member"]);
    expect(result.extensions).toEqual({ code: "FORBIDDEN" });
  });

  it("keeps the other extensions of a public error (BAD_USER_INPUT field)", () => {
    const result = format(new GraphQLError("bad first", { extensions: { code: "BAD_USER_INPUT", field: "first" } }));
    expect(result.extensions).toEqual({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("masks an unknown error carrying SQL as INTERNAL_SERVER_ERROR", () => {
    const original = withCode('relation "members" does not exist', "42P01");
    const error = new GraphQLError(original.message, { path: ["members"], originalError: original });
    const result = format(error, { stacktrace: ["..."] });
    expect(result.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    expect(result.message).toBe(GRAPHQL_ERROR_MESSAGES.INTERNAL_SERVER_ERROR!.en);
    expect(result.message).not.toMatch(/relation|members|exist/i);
    expect(result.path).toEqual(["members"]);
    expect(JSON.stringify(result)).not.toContain("relation");
  });

  it("masks a made-up extension code as INTERNAL_SERVER_ERROR", () => {
    const result = format(new GraphQLError("secret detail", { extensions: { code: "DRIZZLE_QUERY_ERROR" } }));
    expect(result).toEqual({ message: GRAPHQL_ERROR_MESSAGES.INTERNAL_SERVER_ERROR!.en, extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it.each(["ECONNREFUSED", "57P01", "CONNECTION_CLOSED"])("turns a %s driver error into SERVICE_UNAVAILABLE", (code) => {
    const error = new GraphQLError("connect failed 10.0.0.5:5432", { originalError: withCode("connect failed 10.0.0.5:5432", code) });
    const result = format(error);
    expect(result.extensions).toEqual({ code: "SERVICE_UNAVAILABLE" });
    expect(result.message).toBe(GRAPHQL_ERROR_MESSAGES.SERVICE_UNAVAILABLE!.en);
    expect(result.message).not.toContain("10.0.0.5");
  });

  it("turns an outage wrapped by the ORM (cause chain) into SERVICE_UNAVAILABLE", () => {
    const driver = withCode("read ECONNRESET", "ECONNRESET");
    const orm = new Error("Failed query: select 1", { cause: driver });
    expect(format(new GraphQLError(orm.message, { originalError: orm })).extensions).toEqual({ code: "SERVICE_UNAVAILABLE" });
  });

  it("reports an outage as SERVICE_UNAVAILABLE even under a public code", () => {
    const error = new GraphQLError("x", { extensions: { code: "BAD_USER_INPUT" }, originalError: withCode("x", "57P01") });
    expect(format(error).extensions).toEqual({ code: "SERVICE_UNAVAILABLE" });
  });

  it("masks a non-GraphQL error", () => {
    const result = formatError({ message: "boom: password=hunter2" }, new TypeError("boom: password=hunter2"));
    expect(result).toEqual({ message: GRAPHQL_ERROR_MESSAGES.INTERNAL_SERVER_ERROR!.en, extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });
});

describe("isDatabaseUnavailable", () => {
  it("finds an outage code at the top level", () => {
    expect(isDatabaseUnavailable(withCode("x", "ECONNREFUSED"))).toBe(true);
  });

  it("finds an outage code down a nested cause chain", () => {
    const error = new Error("a", { cause: new Error("b", { cause: new Error("c", { cause: withCode("d", "57P01") }) }) });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("follows originalError", () => {
    expect(isDatabaseUnavailable(new GraphQLError("x", { originalError: withCode("y", "CONNECTION_CLOSED") }))).toBe(true);
  });

  it("looks inside an AggregateError", () => {
    expect(isDatabaseUnavailable(new AggregateError([new Error("a"), withCode("b", "ECONNREFUSED")]))).toBe(true);
  });

  it("recognises a closed PGlite", () => {
    expect(isDatabaseUnavailable(new Error("PGlite is closed"))).toBe(true);
  });

  it("is false for a query error and for non-errors", () => {
    expect(isDatabaseUnavailable(new Error("q", { cause: withCode("duplicate key", "23505") }))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});

describe("sqlState", () => {
  it("reads the SQLSTATE from a nested cause", () => {
    const error = new Error("Failed query", { cause: new Error("wrapped", { cause: withCode("dup", "23505") }) });
    expect(sqlState(error)).toBe("23505");
  });

  it("ignores driver codes that are not SQLSTATEs", () => {
    expect(sqlState(new Error("x", { cause: withCode("y", "ECONNREFUSED") }))).toBeUndefined();
  });

  it("is undefined without a code", () => {
    expect(sqlState(new Error("plain"))).toBeUndefined();
    expect(sqlState(null)).toBeUndefined();
  });
});

describe("constraintName", () => {
  it("reads constraint_name (postgres.js) from a nested cause", () => {
    const driver = Object.assign(withCode("dup", "23505"), { constraint_name: "members_email_key" });
    expect(constraintName(new Error("a", { cause: new Error("b", { cause: driver }) }))).toBe("members_email_key");
  });

  it("reads constraint (PGlite / node-postgres)", () => {
    const driver = Object.assign(withCode("dup", "23505"), { constraint: "bookings_no_overlap" });
    expect(constraintName(new Error("a", { cause: driver }))).toBe("bookings_no_overlap");
  });

  it("is undefined when no error in the chain names one", () => {
    expect(constraintName(new Error("a", { cause: withCode("b", "23505") }))).toBeUndefined();
  });
});

describe("redactVariableValues", () => {
  it("MBX-4: a rejected variable's value (a password sent by mistake) is not echoed back", async () => {
    const { redactVariableValues } = await import("../../src/app.js");
    const message = 'Variable "$input" got invalid value { localPart: "a", password: "hunter2" }; Field "password" is not defined by type "CreateMailboxInput".';
    const redacted = redactVariableValues(message);
    expect(redacted).not.toContain("hunter2");
    expect(redacted).toBe('Variable "$input" got invalid value; Field "password" is not defined by type "CreateMailboxInput".');
    expect(redactVariableValues('Variable "$x" got invalid value "secret"')).toBe('Variable "$x" got invalid value.');
  });
});
