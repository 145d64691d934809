import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createApolloServer } from "../../../src/app.js";
import { loadConfig } from "../../../src/config.js";
import { MANIFEST_PATH, buildManifest, loadTrustedDocuments, renderManifest, type Manifest } from "../../../src/platform/trusted-documents/index.js";
import { buildBareSchema } from "../../../src/schema.js";
import { sha256 } from "./support.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const committed = () => readFileSync(join(ROOT, MANIFEST_PATH), "utf8");

/** Writes a manifest to a temporary file and loads it. */
function load(manifest: unknown): Map<string, string> {
  const path = join(mkdtempSync(join(tmpdir(), "tdoc-")), "trusted-documents.json");
  writeFileSync(path, typeof manifest === "string" ? manifest : JSON.stringify(manifest));
  return loadTrustedDocuments(path);
}

describe("TDOC: the trusted-document manifest", () => {
  it("TDOC: schema/trusted-documents.json is what `npm run trusted-documents` builds from examples/app (run it after changing an app operation)", () => {
    expect(committed()).toBe(renderManifest(buildManifest()));
  });

  it("TDOC: one entry per examples/app file, in file order: the file's exact text, its sha256, its operation name and type", () => {
    const manifest = JSON.parse(committed()) as Manifest;
    expect(manifest).toMatchObject({ format: "apollo-persisted-query-manifest", version: 1 });
    const files = readdirSync(join(ROOT, "examples/app"))
      .filter((f) => f.endsWith(".graphql"))
      .sort();
    expect(manifest.operations).toHaveLength(files.length);
    files.forEach((file, index) => {
      const body = readFileSync(join(ROOT, "examples/app", file), "utf8");
      const operation = manifest.operations[index]!;
      expect(operation.body).toBe(body);
      expect(operation.id).toBe(sha256(body));
      expect(body).toContain(`${operation.type} ${operation.name}`);
    });
    expect(manifest.operations.find((o) => o.name === "Me")).toMatchObject({ type: "query" });
    expect(manifest.operations.some((o) => o.type === "mutation")).toBe(true);
    expect(new Set(manifest.operations.map((o) => o.name)).size).toBe(files.length);
  });

  it("TDOC: the loader returns id → body for the committed file", () => {
    const documents = loadTrustedDocuments(join(ROOT, MANIFEST_PATH));
    const manifest = JSON.parse(committed()) as Manifest;
    expect([...documents.keys()]).toEqual(manifest.operations.map((o) => o.id));
    for (const operation of manifest.operations) expect(documents.get(operation.id)).toBe(operation.body);
  });

  it("TDOC: the loader refuses a tampered or malformed file, saying why", () => {
    const manifest = JSON.parse(committed()) as Manifest;
    const [first, second] = manifest.operations;
    const tampered = { ...manifest, operations: [{ ...first!, body: first!.body.replace("firstName", "firstName\n      birthDate") }, second] };
    expect(() => load(tampered)).toThrow(/operation 0 \(Me\): "id" is not the sha256 of its "body"/);
    expect(() => load({ ...manifest, operations: [first, first] })).toThrow(/listed twice/);
    expect(() => load({ ...manifest, format: "something-else" })).toThrow(/"format" must be "apollo-persisted-query-manifest"/);
    expect(() => load({ ...manifest, version: 2 })).toThrow(/"version" must be 1/);
    expect(() => load({ ...manifest, operations: [{ ...first!, id: first!.id.toUpperCase() }] })).toThrow(/64 lowercase hex digits/);
    expect(() => load({ ...manifest, operations: [{ name: "Me", body: first!.body }] })).toThrow(/needs a string "id" and a string "body"/);
    expect(() => load("{ not json")).toThrow(/cannot read the trusted-document manifest/);
    expect(() => loadTrustedDocuments(join(tmpdir(), "no-such-dir", "trusted-documents.json"))).toThrow(/npm run trusted-documents/);
  });

  it("TDOC: the builder refuses an app file without exactly one named operation, or a name used twice", () => {
    const dir = mkdtempSync(join(tmpdir(), "tdoc-app-"));
    writeFileSync(join(dir, "010-a.graphql"), "query { me { role } }\n");
    expect(() => buildManifest(dir)).toThrow(/name the operation/);
    writeFileSync(join(dir, "010-a.graphql"), "query A { me { role } }\nquery B { me { role } }\n");
    expect(() => buildManifest(dir)).toThrow(/exactly one operation/);
    writeFileSync(join(dir, "010-a.graphql"), "query A { me { role } }\n");
    writeFileSync(join(dir, "020-b.graphql"), "mutation A { __typename }\n");
    expect(() => buildManifest(dir)).toThrow(/operation A is already defined in 010-a\.graphql/);
  });

  it("TDOC: TRUSTED_DOCUMENTS is required by default in production and allowed otherwise", () => {
    const production = {
      NODE_ENV: "production",
      AUTH_JWKS_URL: "https://auth.example/jwks",
      ENTRY_FEE_CENTS: "100000",
      SELLER_LEGAL_FORM: "SAS",
      SELLER_SHARE_CAPITAL_CENTS: "100000000",
      SELLER_SIREN: "123456782",
      SELLER_RCS_CITY: "Nanterre",
      SELLER_VAT_NUMBER: "FR11123456782",
      METRICS_PORT: "9464",
    };
    expect(loadConfig(production).trustedDocuments).toBe("required");
    expect(loadConfig({ ...production, TRUSTED_DOCUMENTS: "allowed" }).trustedDocuments).toBe("allowed");
    expect(loadConfig({ NODE_ENV: "development" }).trustedDocuments).toBe("allowed");
    expect(loadConfig({ NODE_ENV: "test", TRUSTED_DOCUMENTS: "required" }).trustedDocuments).toBe("required");
  });

  it("TDOC: Apollo itself has automatic persisted queries off: a persistedQuery extension that reaches it is PERSISTED_QUERY_NOT_SUPPORTED and registers nothing", async () => {
    const apollo = createApolloServer(await buildBareSchema(), { introspection: false, landingPage: false, maxTokens: 5_000, maxDepth: 12 });
    await apollo.start();
    try {
      const query = "{ __typename }";
      const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
      const contextValue = { log: { warn() {}, error() {} }, requestId: "tdoc", locale: "en" } as never;
      for (const request of [{ query, extensions }, { extensions }]) {
        const response = await apollo.executeOperation(request, { contextValue });
        expect(response.body.kind === "single" && response.body.singleResult.errors?.map((e) => e.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_SUPPORTED"]);
      }
    } finally {
      await apollo.stop();
    }
  });
});
