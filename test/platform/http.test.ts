import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintToken } from "../../src/authz/tokens.js";
import type { RunningApi } from "../../src/runtime.js";
import { createTestDatabase } from "../support/db.js";
import { aDelegate, aMember, aPayer, aStaffUser } from "../support/factories.js";
import { toGlobalId } from "../../src/shared/relay.js";
import { post, serve, testConfig } from "../support/http.js";

describe("HTTP transport", () => {
  let api: RunningApi;
  let memberToken: string;
  const auth = testConfig().auth;

  beforeAll(async () => {
    const database = await createTestDatabase();
    api = await serve(database);
    const member = await aMember(database);
    memberToken = await mintToken(auth, { role: "MEMBER", subjectId: member.id, memberId: member.id });
  });
  afterAll(async () => {
    await api?.stop();
  });

  const base = () => api.url.replace(/\/graphql$/, "");

  it("/healthz says the process is up and /readyz that the database answers", async () => {
    expect((await fetch(`${base()}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base()}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
  });

  it("a member with a valid bearer token gets their data, with an x-request-id header", async () => {
    const res = await post(api.url, { query: "{ me { role member { lastName } } }" }, { authorization: `Bearer ${memberToken}` });
    expect(res.status).toBe(200);
    expect(res.json.data.me).toEqual({ role: "MEMBER", member: { lastName: "Dupont" } });
    expect(res.headers.get("x-request-id")).toMatch(/^[\w-]+$/);
  });

  it("AUT-1: a bad, expired, wrong-audience or wrong-issuer token is refused with 401 UNAUTHENTICATED", async () => {
    const secret = new TextEncoder().encode(auth.key.kind === "hs256" ? auth.key.secret : "");
    const sign = (claims: { aud?: string; iss?: string; exp?: number }) =>
      new SignJWT({ role: "DESK_AGENT" })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject("00000000-0000-4000-8000-000000000301")
        .setIssuer(claims.iss ?? auth.issuer)
        .setAudience(claims.aud ?? auth.audience)
        .setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 600)
        .sign(secret);
    const tokens = [
      "not-a-jwt",
      await sign({ exp: Math.floor(Date.now() / 1000) - 60 }),
      await sign({ aud: "someone-else" }),
      await sign({ iss: "https://evil.example" }),
      `${memberToken.slice(0, -4)}AAAA`,
    ];
    for (const token of tokens) {
      const res = await post(api.url, { query: "{ me { role } }" }, { authorization: `Bearer ${token}` });
      expect(res.status).toBe(401);
      expect(res.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
      expect(res.json.data).toBeUndefined();
    }
    const basic = await post(api.url, { query: "{ me { role } }" }, { authorization: "Basic dXNlcjpwYXNz" });
    expect(basic.status).toBe(401);
  });

  it("AUT-2: a revoked delegate or payer, a disabled staff account or a person that does not exist gets 401 UNAUTHENTICATED, as a bad token does", async () => {
    const { database } = api;
    const member = await aMember(database);
    const current = await aDelegate(database, member.id);
    const revokedDelegate = await aDelegate(database, member.id, { revokedAt: new Date() });
    const revokedPayer = await aPayer(database, member.id, { revokedAt: new Date() });
    const disabledDesk = await aStaffUser(database, "DESK_AGENT", { disabledAt: new Date() });
    const tokens = {
      revokedDelegate: await mintToken(auth, { role: "DELEGATE", subjectId: revokedDelegate.id, memberId: member.id }),
      revokedPayer: await mintToken(auth, { role: "PAYER", subjectId: revokedPayer.id, memberId: member.id }),
      disabledStaff: await mintToken(auth, { role: "DESK_AGENT", subjectId: disabledDesk.id }),
      unknownStaff: await mintToken(auth, { role: "DESK_AGENT", subjectId: randomUUID() }),
      unknownMember: await mintToken(auth, { role: "MEMBER", subjectId: member.id.replace(/^.{8}/, "ffffffff"), memberId: member.id.replace(/^.{8}/, "ffffffff") }),
      delegateOfAnotherMember: await mintToken(auth, { role: "DELEGATE", subjectId: current.id, memberId: randomUUID() }),
    };
    const pdf = `${base()}/invoices/${toGlobalId("Invoice", randomUUID())}/pdf`;
    for (const [who, token] of Object.entries(tokens)) {
      // A public field too: the token itself is refused, whatever the query asks.
      const res = await post(api.url, { query: "{ me { role } }" }, { authorization: `Bearer ${token}`, "x-request-id": `revoked-${who}` });
      expect({ who, status: res.status }).toEqual({ who, status: 401 });
      expect(res.json).toEqual({ errors: [{ message: expect.stringMatching(/Authentification requise/), extensions: { code: "UNAUTHENTICATED", requestId: `revoked-${who}` } }] });
      expect(res.headers.get("x-request-id")).toBe(`revoked-${who}`);
      const publicField = await post(api.url, { query: '{ coverageEligibility(postalCode: "75008", commune: "Paris") { eligible } }' }, { authorization: `Bearer ${token}` });
      expect({ who, status: publicField.status }).toEqual({ who, status: 401 });
      const document = await fetch(pdf, { headers: { authorization: `Bearer ${token}` } });
      expect({ who, status: document.status }).toEqual({ who, status: 401 });
    }
    // The same delegate with their own member's id is current: 200.
    const ok = await post(
      api.url,
      { query: "{ me { role } }" },
      { authorization: `Bearer ${await mintToken(auth, { role: "DELEGATE", subjectId: current.id, memberId: member.id })}` },
    );
    expect(ok.status).toBe(200);
    expect(ok.json.data.me.role).toBe("DELEGATE");
  });

  it("AUT-1: without a token the caller is anonymous and `me` is refused", async () => {
    const res = await post(api.url, { query: "{ me { role } }" });
    expect(res.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(res.json.errors[0].message).toMatch(/Authentification requise/);
  });

  it("messages are French by default and English with Accept-Language: en", async () => {
    const en = await post(api.url, { query: "{ me { role } }" }, { "accept-language": "en-GB,en;q=0.9" });
    expect(en.json.errors[0].message).toMatch(/^Authentication required/);
  });

  it("malformed JSON is a 400, not a 500", async () => {
    const res = await post(api.url, "{ not json");
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe("BAD_REQUEST");
    expect(res.text).not.toMatch(/at .*\.js/);
  });

  it("a GraphQL syntax error or an unknown field is a 400 with its code", async () => {
    const syntax = await post(api.url, { query: "{ me { role " });
    expect(syntax.status).toBe(400);
    expect(syntax.json.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    const unknown = await post(api.url, { query: "{ nope }" });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(unknown.text).not.toMatch(/Did you mean/);
  });

  it("introspection is off when configured off, and over-deep queries are refused", async () => {
    const intro = await post(api.url, { query: "{ __schema { types { name } } }" });
    expect(intro.status).toBe(400);
    const fine = await post(api.url, { query: "{ me { member { delegate { id } } } }" }, { authorization: `Bearer ${memberToken}` });
    expect(fine.status).toBe(200);
    const tooDeep = `query { me { member { ${"a { ".repeat(12)}b${" }".repeat(12)} } } }`;
    const deep = await post(api.url, { query: tooDeep });
    expect(deep.status).toBe(400);
    expect(deep.json.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { role }`).join(" ")} }`;
    const many = await post(api.url, { query: aliases });
    expect(many.status).toBe(400);
    expect(many.json.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("CSRF prevention: a simple GET without a preflight header is refused; batched requests are refused", async () => {
    const get = await fetch(`${api.url}?query=${encodeURIComponent("{ me { role } }")}`);
    expect(get.status).toBe(400);
    const batch = await post(api.url, [{ query: "{ me { role } }" }, { query: "{ me { role } }" }]);
    expect(batch.status).toBe(400);
  });

  it("an oversized body is refused with 413", async () => {
    const res = await post(api.url, { query: `{ me { role } } # ${"x".repeat(1_100_000)}` });
    expect(res.status).toBe(413);
  });

  it("an unknown path is a 404", async () => {
    expect((await fetch(`${base()}/nope`)).status).toBe(404);
  });
});
