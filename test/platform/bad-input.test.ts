import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../../src/runtime.js";
import { encodeCursor } from "../../src/shared/relay.js";
import { errorCodes, gql } from "../support/api.js";
import { createTestDatabase, useTestDatabase } from "../support/db.js";
import { aCast } from "../support/factories.js";
import { post, serve } from "../support/http.js";

const UUID = "00000000-0000-4000-8000-000000000001";

describe("bad input never reaches the database as an error", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  it("AUT-1: a forged cursor is BAD_USER_INPUT on every connection, in French by default", async () => {
    const forged = encodeCursor(["not-a-date", "x"]);
    const forged3 = encodeCursor(["a", "b", "not-a-uuid"]);
    const cases: [Parameters<typeof gql>[1], string, string][] = [
      [cast.as.DESK_AGENT, `query($a: String) { members(first: 5, after: $a) { edges { cursor } } }`, forged3],
      [cast.as.COMMITTEE, `query($a: String) { candidacies(first: 5, after: $a) { edges { cursor } } }`, forged],
      [cast.as.COMMITTEE, `query($a: String) { committeeMeetings(first: 5, after: $a) { edges { cursor } } }`, forged],
      [cast.as.DESK_AGENT, `query($a: String) { announcements(first: 5, after: $a) { edges { cursor } } }`, forged],
    ];
    for (const [actor, query, after] of cases) {
      const res = await gql(db.current, actor, query, { variables: { a: after } });
      expect(errorCodes(res), query).toEqual(["BAD_USER_INPUT"]);
      expect(res.errors![0]!.message).toBe("« after » n'est pas un curseur valide.");
    }
    const big = await gql(db.current, cast.as.DESK_AGENT, `{ members(first: 500) { edges { cursor } } }`, { locale: "en" });
    expect(big.errors![0]!.message).toBe('"first" must be between 1 and 100.');
    expect(big.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT", field: "first", requestId: expect.any(String) });
  });

  it("AUT-1: text with a NUL character is refused before any resolver runs, in variables and in literals", async () => {
    const viaVariables = await gql(db.current, null, `mutation($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) { userErrors { code } } }`, {
      variables: {
        input: {
          lastName: "Du\u0000pont",
          firstName: "Jean",
          birthDate: "1980-01-01",
          email: "nul@example.fr",
          phone: "0611223344",
          postalAddress: { line1: "1 rue X", postalCode: "75001", commune: "Paris" },
        },
      },
    });
    expect(errorCodes(viaVariables)).toEqual(["BAD_USER_INPUT"]);
    const viaLiteral = await gql(db.current, cast.as.DESK_AGENT, `{ members(first: 5, search: "a\\u0000b") { edges { cursor } } }`);
    expect(errorCodes(viaLiteral)).toEqual(["BAD_USER_INPUT"]);
    expect(viaLiteral.errors![0]!.message).toMatch(/caractère nul/);
  });
});

describe("bad input over HTTP", () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await serve(await createTestDatabase());
  });
  afterAll(async () => {
    await api?.stop();
  });

  it("AUT-1: a NUL character answers 400, not 500", async () => {
    const res = await post(api.url, { query: `query($p: String!) { coverageEligibility(postalCode: $p, commune: "Paris") { eligible } }`, variables: { p: "7500\u00001" } });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(res.text).not.toContain(UUID);
  });
});

describe("dates outside 1900–2999", () => {
  const db = useTestDatabase();
  it("AUT-1: year 0 or year 10000 is BAD_USER_INPUT, for instants and calendar dates, in variables and literals", async () => {
    const cast = await aCast(db.current);
    const viaVariable = await gql(db.current, cast.as.DESK_AGENT, `query($at: DateTimeISO) { serviceAvailability(service: COACH, at: $at) { openNow } }`, {
      variables: { at: "0000-01-01T00:00:00Z" },
    });
    expect(errorCodes(viaVariable)).toEqual(["BAD_USER_INPUT"]);
    const viaLiteral = await gql(db.current, cast.as.DESK_AGENT, `{ serviceAvailability(service: COACH, at: "0001-01-01T00:00:00Z") { openNow } }`);
    expect(errorCodes(viaLiteral)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    const date = await gql(db.current, null, `mutation($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) { userErrors { code } } }`, {
      variables: {
        input: {
          lastName: "A",
          firstName: "B",
          birthDate: "0000-01-01",
          email: "old@example.fr",
          phone: "0611223344",
          postalAddress: { line1: "1 rue X", postalCode: "75001", commune: "Paris" },
        },
      },
    });
    expect(errorCodes(date)).toEqual(["BAD_USER_INPUT"]);
    const fine = await gql(db.current, cast.as.DESK_AGENT, `{ serviceAvailability(service: COACH, at: "2026-11-26T10:00:00Z") { openNow } }`);
    expect(fine.errors).toBeUndefined();
  });
});
