import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor } from "../../../src/authz/actor.js";
import { resolveTrustedDocument, type TrustedDocuments } from "../../../src/platform/trusted-documents/index.js";
import { sha256 } from "./support.js";

const LISTED = "query Listed { me { role } }";
const trusted: TrustedDocuments = { mode: "required", documents: new Map([[sha256(LISTED), LISTED]]) };
const member: Actor = { kind: "member-scoped", role: "MEMBER", subjectId: "m", memberId: "m" };
const partner: Actor = { kind: "staff", role: "CONCIERGE_PARTNER", subjectId: "p" };

describe("TDOC: what Apollo receives", () => {
  it("TDOC: a POST by id gets the document as its query, keeps variables, operationName and other extensions, and loses documentId and persistedQuery", () => {
    const id = sha256(LISTED);
    const body = { documentId: `sha256:${id}`, variables: { a: 1 }, operationName: "Listed", extensions: { persistedQuery: { version: 1, sha256Hash: id }, trace: true } };
    expect(resolveTrustedDocument(trusted, { method: "POST", body, search: "", actor: member })).toEqual({
      ok: true,
      body: { variables: { a: 1 }, operationName: "Listed", query: LISTED, extensions: { trace: true } },
      search: "",
      documentId: id,
    });
    const apollo = resolveTrustedDocument(trusted, {
      method: "POST",
      body: { extensions: { persistedQuery: { version: 1, sha256Hash: id.toUpperCase() } } },
      search: "",
      actor: ANONYMOUS,
    });
    expect(apollo).toEqual({ ok: true, body: { query: LISTED }, search: "", documentId: id });
  });

  it("TDOC: a GET by id gets the document in its query string, without documentId or persistedQuery", () => {
    const id = sha256(LISTED);
    const search = `?${new URLSearchParams({ documentId: id, variables: "{}", extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id }, other: 1 }) })}`;
    const resolved = resolveTrustedDocument(trusted, { method: "GET", body: undefined, search, actor: member });
    expect(resolved.ok).toBe(true);
    const params = new URLSearchParams(resolved.ok ? resolved.search : "");
    expect(Object.fromEntries(params)).toEqual({ variables: "{}", extensions: '{"other":1}', query: LISTED });
  });

  it("TDOC: a partner's free-form POST goes through unchanged; its hash, when it sends one, is dropped", () => {
    const body = { query: "{ me { role } }", variables: null };
    expect(resolveTrustedDocument(trusted, { method: "POST", body, search: "", actor: partner })).toEqual({ ok: true, body, search: "", documentId: null });
    const hashed = { query: "{ me { role } }", extensions: { persistedQuery: { version: 1, sha256Hash: sha256("{ me { role } }") } } };
    expect(resolveTrustedDocument(trusted, { method: "POST", body: hashed, search: "", actor: partner })).toEqual({
      ok: true,
      body: { query: "{ me { role } }" },
      search: "",
      documentId: null,
    });
  });

  it("TDOC: in required mode an app caller's request that names no listed document is refused, whatever its shape (a batch, a body that is not JSON)", () => {
    for (const body of [[{ documentId: sha256(LISTED) }], "query { me { role } }", undefined, {}]) {
      expect(resolveTrustedDocument(trusted, { method: "POST", body, search: "", actor: member })).toMatchObject({ ok: false, code: "TRUSTED_DOCUMENT_REQUIRED" });
    }
    expect(resolveTrustedDocument(trusted, { method: "GET", body: undefined, search: "", actor: ANONYMOUS })).toMatchObject({ ok: false, code: "TRUSTED_DOCUMENT_REQUIRED" });
    expect(resolveTrustedDocument({ ...trusted, mode: "allowed" }, { method: "POST", body: [{}], search: "", actor: member })).toMatchObject({ ok: true });
  });
});
