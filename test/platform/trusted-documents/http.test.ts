import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRAPHQL_ERROR_MESSAGES } from "../../../src/shared/errors.js";
import { startApi, type RunningApi } from "../../../src/runtime.js";
import type { Database } from "../../../src/shared/db.js";
import { createTestDatabase } from "../../support/db.js";
import { post, serve, testConfig } from "../../support/http.js";
import { ANONYMOUS_VARIABLES, DOCS, UNLISTED, aTokenCast, capturedLog, get, sha256 } from "./support.js";

type Tokens = Awaited<ReturnType<typeof aTokenCast>>["headers"];
const APP_ROLES = ["MEMBER", "DELEGATE", "PAYER"] as const;
const apollo = (id: string) => ({ persistedQuery: { version: 1, sha256Hash: id } });
const message = (code: "TRUSTED_DOCUMENT_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_HASH_MISMATCH", locale: "fr" | "en" = "fr") =>
  GRAPHQL_ERROR_MESSAGES[code]![locale];

/** A refusal before Apollo: 400, one error with the code and the request id, no data. */
function expectRefused(res: { status: number; json: any }, code: string) {
  expect(res.status).toBe(400);
  expect(res.json.data).toBeUndefined();
  expect(res.json.errors).toHaveLength(1);
  expect(res.json.errors[0].extensions).toEqual({ code, requestId: expect.any(String) });
}

describe("TDOC: trusted documents with TRUSTED_DOCUMENTS=required", () => {
  let database: Database;
  let api: RunningApi;
  let tokens: Tokens;
  const captured = capturedLog();

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startApi(testConfig({ TRUSTED_DOCUMENTS: "required" }), { database, log: captured.log });
    tokens = (await aTokenCast(database)).headers;
  });
  afterAll(async () => {
    await api?.stop();
  });

  for (const role of APP_ROLES) {
    it(`TDOC: ${role}: a listed id runs its document, in the documentId shape (with or without "sha256:") and in Apollo's shape`, async () => {
      const { id } = DOCS[role];
      for (const body of [{ documentId: `sha256:${id}` }, { documentId: id }, { extensions: apollo(id) }]) {
        const res = await post(api.url, body, tokens[role]);
        expect(res.status, JSON.stringify(res.json)).toBe(200);
        expect(res.json.errors).toBeUndefined();
        expect(res.json.data.me.role).toBe(role);
      }
    });

    it(`TDOC: ${role}: a listed id runs over GET too, in both shapes`, async () => {
      const { id } = DOCS[role];
      for (const params of [{ documentId: `sha256:${id}` }, { extensions: JSON.stringify(apollo(id)) }] as Record<string, string>[]) {
        const res = await get(api.url, params, tokens[role]);
        expect(res.status, res.text).toBe(200);
        expect(res.json.data.me.role).toBe(role);
      }
    });

    it(`TDOC: ${role}: query text is refused 400 TRUSTED_DOCUMENT_REQUIRED, in French by default and in English on request, even the text of a listed document`, async () => {
      const french = await post(api.url, { query: DOCS[role].body }, tokens[role]);
      expectRefused(french, "TRUSTED_DOCUMENT_REQUIRED");
      expect(french.json.errors[0].message).toBe(message("TRUSTED_DOCUMENT_REQUIRED"));
      const english = await post(api.url, { query: UNLISTED }, { ...tokens[role], "accept-language": "en" });
      expectRefused(english, "TRUSTED_DOCUMENT_REQUIRED");
      expect(english.json.errors[0].message).toBe(message("TRUSTED_DOCUMENT_REQUIRED", "en"));
      expectRefused(await get(api.url, { query: UNLISTED }, tokens[role]), "TRUSTED_DOCUMENT_REQUIRED");
    });

    it(`TDOC: ${role}: an unknown id is refused 400 PERSISTED_QUERY_NOT_FOUND, in every shape`, async () => {
      const unknown = sha256(UNLISTED);
      const shapes = [
        () => post(api.url, { documentId: `sha256:${unknown}` }, tokens[role]),
        () => post(api.url, { documentId: unknown }, { ...tokens[role], "accept-language": "en" }),
        () => post(api.url, { documentId: "not-a-hash" }, tokens[role]),
        () => post(api.url, { extensions: apollo(unknown) }, tokens[role]),
        () => get(api.url, { documentId: `sha256:${unknown}` }, tokens[role]),
        () => get(api.url, { extensions: JSON.stringify(apollo(unknown)) }, tokens[role]),
      ];
      for (const [index, send] of shapes.entries()) {
        const res = await send();
        expectRefused(res, "PERSISTED_QUERY_NOT_FOUND");
        expect(res.json.errors[0].message).toBe(message("PERSISTED_QUERY_NOT_FOUND", index === 1 ? "en" : "fr"));
      }
    });
  }

  it("TDOC: variables and operationName go with a document named by id", async () => {
    const res = await post(api.url, { documentId: `sha256:${DOCS.ANONYMOUS.id}`, variables: ANONYMOUS_VARIABLES, operationName: "ServiceAvailability" }, tokens.MEMBER);
    expect(res.status, res.text).toBe(200);
    expect(res.json.data.serviceAvailability).toHaveProperty("openNow");
  });

  it("TDOC: an anonymous caller is held to the app's rule: listed ids run, query text is refused TRUSTED_DOCUMENT_REQUIRED", async () => {
    const listed = await post(api.url, { documentId: `sha256:${DOCS.ANONYMOUS.id}`, variables: ANONYMOUS_VARIABLES });
    expect(listed.status, listed.text).toBe(200);
    expect(listed.json.data.serviceAvailability).toHaveProperty("openNow");
    expectRefused(await post(api.url, { query: DOCS.ANONYMOUS.body, variables: ANONYMOUS_VARIABLES }), "TRUSTED_DOCUMENT_REQUIRED");
    expectRefused(await post(api.url, { documentId: sha256(UNLISTED) }), "PERSISTED_QUERY_NOT_FOUND");
  });

  it("TDOC: the partner and the desk keep free-form queries, and may send listed ids too", async () => {
    const partner = await post(api.url, { query: "query PartnerCategories { conciergeCategories { code } }" }, tokens.CONCIERGE_PARTNER);
    expect(partner.status, partner.text).toBe(200);
    expect(partner.json.data.conciergeCategories.length).toBeGreaterThan(0);
    const desk = await post(
      api.url,
      { query: "query($search: String) { members(first: 5, search: $search) { edges { node { id } } } }", variables: { search: "x" } },
      tokens.DESK_AGENT,
    );
    expect(desk.status, desk.text).toBe(200);
    expect(desk.json.data.members.edges).toBeInstanceOf(Array);
    const byId = await post(api.url, { documentId: `sha256:${DOCS.ANONYMOUS.id}`, variables: ANONYMOUS_VARIABLES }, tokens.DESK_AGENT);
    expect(byId.status, byId.text).toBe(200);
    expectRefused(await post(api.url, { documentId: sha256(UNLISTED) }, tokens.CONCIERGE_PARTNER), "PERSISTED_QUERY_NOT_FOUND");
  });

  it("TDOC: a query sent with its own hash runs as the document when listed, as a free-form query when not (the app's is then refused)", async () => {
    const listed = await post(api.url, { query: DOCS.MEMBER.body, extensions: apollo(DOCS.MEMBER.id) }, tokens.MEMBER);
    expect(listed.status, listed.text).toBe(200);
    expect(listed.json.data.me.role).toBe("MEMBER");
    const unlisted = { query: UNLISTED, extensions: apollo(sha256(UNLISTED)) };
    expectRefused(await post(api.url, unlisted, tokens.MEMBER), "TRUSTED_DOCUMENT_REQUIRED");
    const partner = await post(api.url, unlisted, tokens.CONCIERGE_PARTNER);
    expect(partner.status, partner.text).toBe(200);
    expect(partner.json.data.me.role).toBe("CONCIERGE_PARTNER");
  });

  it("TDOC: APQ is off: a query sent with its hash is not registered, and a later request by that hash alone is refused PERSISTED_QUERY_NOT_FOUND", async () => {
    const query = `query Registered { me { role } } # ${randomUUID()}`;
    const hash = sha256(query);
    const registration = await post(api.url, { query, extensions: apollo(hash) }, tokens.CONCIERGE_PARTNER);
    expect(registration.status, registration.text).toBe(200);
    expect(registration.json.data.me.role).toBe("CONCIERGE_PARTNER");
    for (const headers of [tokens.CONCIERGE_PARTNER, tokens.MEMBER, tokens.ANONYMOUS]) {
      expectRefused(await post(api.url, { extensions: apollo(hash) }, headers), "PERSISTED_QUERY_NOT_FOUND");
      expectRefused(await post(api.url, { documentId: `sha256:${hash}` }, headers), "PERSISTED_QUERY_NOT_FOUND");
    }
  });

  it("TDOC: a hash that is not the query's is refused 400 PERSISTED_QUERY_HASH_MISMATCH in every shape, for every caller, with no log line above info", async () => {
    const wrong = sha256("something else");
    const sends = [
      { body: { query: UNLISTED, extensions: apollo(wrong) }, headers: tokens.MEMBER },
      { body: { query: UNLISTED, documentId: `sha256:${wrong}` }, headers: tokens.CONCIERGE_PARTNER },
      // The text of one listed document under the id of another: never run.
      { body: { query: DOCS.MEMBER.body, documentId: DOCS.PAYER.id }, headers: tokens.PAYER },
      { body: { query: "{ __typename }", extensions: apollo(wrong) }, headers: tokens.ANONYMOUS },
    ];
    for (const [index, send] of sends.entries()) {
      const requestId = `tdoc-mismatch-${index}-${randomUUID()}`;
      const res = await post(api.url, send.body, { ...send.headers, "x-request-id": requestId, ...(index === 1 ? { "accept-language": "en" } : {}) });
      expectRefused(res, "PERSISTED_QUERY_HASH_MISMATCH");
      expect(res.json.errors[0].message).toBe(message("PERSISTED_QUERY_HASH_MISMATCH", index === 1 ? "en" : "fr"));
      const lines = await captured.linesOf(requestId);
      expect(lines.filter((l) => l.level >= 50)).toEqual([]);
      expect(lines.map((l) => [l.level, l.msg])).toEqual([[30, "request"]]);
    }
    const get = await fetch(`${api.url}?${new URLSearchParams({ query: UNLISTED, extensions: JSON.stringify(apollo(wrong)) })}`, {
      headers: { ...tokens.DESK_AGENT, "apollo-require-preflight": "true" },
    });
    expectRefused({ status: get.status, json: await get.json() }, "PERSISTED_QUERY_HASH_MISMATCH");
  });

  it("TDOC: a malformed persistedQuery extension or two different ids is 400 BAD_REQUEST, never an internal error", async () => {
    const sends = [
      { extensions: { persistedQuery: { version: 2, sha256Hash: DOCS.MEMBER.id } } },
      { extensions: { persistedQuery: { version: 1 } } },
      { documentId: DOCS.MEMBER.id, extensions: apollo(DOCS.PAYER.id) },
    ];
    for (const [index, body] of sends.entries()) {
      const requestId = `tdoc-bad-${index}-${randomUUID()}`;
      const res = await post(api.url, body, { ...tokens.MEMBER, "x-request-id": requestId });
      expectRefused(res, "BAD_REQUEST");
      expect((await captured.linesOf(requestId)).filter((l) => l.level > 30)).toEqual([]);
    }
  });

  it("TDOC: the request log line names the document a request ran", async () => {
    const requestId = `tdoc-log-${randomUUID()}`;
    await post(api.url, { documentId: `sha256:${DOCS.MEMBER.id}` }, { ...tokens.MEMBER, "x-request-id": requestId });
    const [line] = await captured.linesOf(requestId);
    expect(line).toMatchObject({ msg: "request", status: 200, documentId: DOCS.MEMBER.id });
    const freeForm = `tdoc-log-free-${randomUUID()}`;
    await post(api.url, { query: "{ me { role } }" }, { ...tokens.DESK_AGENT, "x-request-id": freeForm });
    expect((await captured.linesOf(freeForm))[0]).not.toHaveProperty("documentId");
  });
});

describe("TDOC: trusted documents with TRUSTED_DOCUMENTS=allowed", () => {
  let api: RunningApi;
  let tokens: Tokens;

  beforeAll(async () => {
    const database = await createTestDatabase();
    api = await serve(database, { TRUSTED_DOCUMENTS: "allowed" });
    tokens = (await aTokenCast(database)).headers;
  });
  afterAll(async () => {
    await api?.stop();
  });

  it("TDOC: app tokens and anonymous callers may send query text; listed ids still run, unknown ids and wrong hashes are still refused", async () => {
    for (const role of APP_ROLES) {
      const free = await post(api.url, { query: UNLISTED }, tokens[role]);
      expect(free.status, free.text).toBe(200);
      expect(free.json.data.me.role).toBe(role);
      const byId = await post(api.url, { documentId: `sha256:${DOCS[role].id}` }, tokens[role]);
      expect(byId.status, byId.text).toBe(200);
      expectRefused(await post(api.url, { documentId: sha256(UNLISTED) }, tokens[role]), "PERSISTED_QUERY_NOT_FOUND");
      expectRefused(await post(api.url, { query: UNLISTED, documentId: DOCS[role].id }, tokens[role]), "PERSISTED_QUERY_HASH_MISMATCH");
    }
    const anonymous = await post(api.url, { query: DOCS.ANONYMOUS.body, variables: ANONYMOUS_VARIABLES });
    expect(anonymous.status, anonymous.text).toBe(200);
  });
});
