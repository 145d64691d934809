import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { DEMO_PRINCIPALS } from "../../src/demo/tokens.js";
import type { RunningApi } from "../../src/runtime.js";
import { createTestDatabase } from "../support/db.js";
import { serve } from "../support/http.js";

/** Issue 16 (docs/playground.md): the offline playground over plain HTTP; test/platform/playground-browser.test.ts runs it in a browser. */
const PLAYGROUND = { GRAPHQL_INTROSPECTION: "true", GRAPHQL_LANDING_PAGE: "true" };
const PRODUCTION = {
  NODE_ENV: "production",
  AUTH_HS256_SECRET: "a-production-secret-that-is-long-enough-for-hs256",
  ENTRY_FEE_CENTS: "150000",
  SELLER_LEGAL_FORM: "SA",
  SELLER_SHARE_CAPITAL_CENTS: "100000000",
  SELLER_SIREN: "380 129 866",
  SELLER_RCS_CITY: "Nanterre",
  SELLER_VAT_NUMBER: "FR 89 380129866",
  WEBHOOK_WORKER: "false",
  // Production requires /metrics protected (docs/operations.md).
  METRICS_TOKEN: "a-metrics-token-for-the-test",
};

const origin = (api: RunningApi) => api.url.replace(/\/graphql$/, "");
const html = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

interface Settings {
  endpoint: string;
  introspection: boolean;
  demoTokens: { role: string; who: string; token: string }[];
  examples: { consumer: string; file: string; role: string; query: string; variables: string }[];
}

function settingsOf(page: string): Settings {
  const match = /<script type="application\/json" id="playground-settings">([^<]*)<\/script>/.exec(page);
  expect(match, "the page's settings block").not.toBeNull();
  return JSON.parse(match![1]!) as Settings;
}

/** Every asset the page names: its scripts and style sheets. */
const assetsOf = (page: string) => [...page.matchAll(/(?:src|href)="(\/playground\/assets\/[^"]+)"/g)].map((m) => m[1]!);

async function withApi<T>(overrides: Record<string, string>, body: (api: RunningApi) => Promise<T>): Promise<T> {
  const api = await serve(await createTestDatabase(), overrides);
  try {
    return await body(api);
  } finally {
    await api.stop();
  }
}

describe("OPS: the playground over HTTP", () => {
  describe("in development, with the landing page and introspection", () => {
    let api: RunningApi;
    beforeAll(async () => {
      api = await serve(await createTestDatabase(), { ...PLAYGROUND, NODE_ENV: "development", SEED_DEMO_DATA: "true" });
    });
    afterAll(async () => {
      await api?.stop();
    });

    it("OPS: GET /playground is the page, with a strict CSP, no store, and no URL of another origin", async () => {
      const res = await fetch(`${origin(api)}/playground`, { headers: html });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const page = await res.text();
      expect(page).not.toMatch(/https?:\/\//);
      expect(page).not.toMatch(/\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
      // No inline script: the only script element with content is the JSON settings, which no browser runs.
      const inline = [...page.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]!.trim());
      expect(inline).toEqual(['type="application/json" id="playground-settings"']);
    });

    it("OPS: a browser's GET /graphql gets the same page; API clients still get GraphQL", async () => {
      const res = await fetch(api.url, { headers: html });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(await res.text()).toContain('id="playground-settings"');
      const post = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
      expect(await post.json()).toMatchObject({ data: { __typename: "Query" } });
    });

    it("OPS: the assets are served from the API with their content type and a year of cache; others are 404", async () => {
      const page = await (await fetch(`${origin(api)}/playground`, { headers: html })).text();
      const assets = assetsOf(page);
      expect(assets).toHaveLength(6);
      for (const path of assets) {
        const res = await fetch(`${origin(api)}${path}`);
        expect(res.status, path).toBe(200);
        expect(res.headers.get("content-type"), path).toBe(path.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
        expect(res.headers.get("cache-control"), path).toBe("public, max-age=31536000, immutable");
        expect((await res.arrayBuffer()).byteLength, path).toBeGreaterThan(100);
      }
      const graphiql = assets.find((a) => /graphiql\.min\.[0-9a-f]{10}\.js$/.test(a))!;
      expect(await (await fetch(`${origin(api)}${graphiql}`)).text()).toContain("GraphiQL");
      expect((await fetch(`${origin(api)}/playground/assets/graphiql.min.0000000000.js`)).status).toBe(404);
      expect((await fetch(`${origin(api)}/playground/assets/../../package.json`)).status).toBe(404);
    });

    it("OPS: the page offers the demo token of each role, and every consumer's examples with their variables", async () => {
      const settings = settingsOf(await (await fetch(`${origin(api)}/playground`, { headers: html })).text());
      expect(settings.introspection).toBe(true);
      expect(settings.demoTokens.map((t) => t.role)).toEqual(DEMO_PRINCIPALS.map((p) => p.role));
      const desk = settings.demoTokens.find((t) => t.role === "DESK_AGENT")!;
      const me = await fetch(api.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${desk.token}` },
        body: JSON.stringify({ query: "{ me { role } }" }),
      });
      expect(await me.json()).toMatchObject({ data: { me: { role: "DESK_AGENT" } } });
      expect(new Set(settings.examples.map((e) => e.consumer))).toEqual(new Set(["app", "concierge", "desk"]));
      const assign = settings.examples.find((e) => e.file === "080-assign-coach.graphql")!;
      expect(assign.role).toBe("DESK_AGENT");
      expect(assign.variables).not.toContain("{{Member:");
      expect(JSON.parse(assign.variables)).toBeTypeOf("object");
    });
  });

  it("OPS: outside development (NODE_ENV=test) the page is served without any token", async () => {
    await withApi({ ...PLAYGROUND, SEED_DEMO_DATA: "true" }, async (api) => {
      const page = await (await fetch(`${origin(api)}/playground`, { headers: html })).text();
      expect(settingsOf(page).demoTokens).toEqual([]);
      expect(page).not.toMatch(/Bearer|eyJ[\w-]{10,}/);
    });
  });

  it("OPS: in production, even with the landing page turned on, no token; by default no playground at all", async () => {
    expect(loadConfig({ ...PRODUCTION, GRAPHQL_LANDING_PAGE: "true", SEED_DEMO_DATA: "true" }).graphql.demoTokens).toBeNull();
    expect(loadConfig({ NODE_ENV: "development", SEED_DEMO_DATA: "false" }).graphql.demoTokens).toBeNull();
    expect(loadConfig({ NODE_ENV: "development", AUTH_JWKS_URL: "https://idp.example.com/jwks.json" }).graphql.demoTokens).toBeNull();
    expect(loadConfig({ NODE_ENV: "development" }).graphql.demoTokens).not.toBeNull();
    expect(loadConfig(PRODUCTION).graphql.landingPage).toBe(false);
    await withApi({ ...PRODUCTION, ...PLAYGROUND }, async (api) => {
      const page = await (await fetch(`${origin(api)}/playground`, { headers: html })).text();
      expect(settingsOf(page).demoTokens).toEqual([]);
      expect(page).not.toMatch(/Bearer|eyJ[\w-]{10,}/);
    });
    await withApi(PRODUCTION, async (api) => {
      expect((await fetch(`${origin(api)}/playground`, { headers: html })).status).toBe(404);
      const res = await fetch(api.url, { headers: html });
      expect(res.headers.get("content-type")).not.toContain("text/html");
      expect(await res.text()).not.toMatch(/playground|Bearer/);
    });
  });

  it("OPS: with the landing page disabled: no page, no assets, and GET /graphql answers as before (no HTML)", async () => {
    await withApi({ GRAPHQL_INTROSPECTION: "true", GRAPHQL_LANDING_PAGE: "false" }, async (api) => {
      expect((await fetch(`${origin(api)}/playground`, { headers: html })).status).toBe(404);
      expect((await fetch(`${origin(api)}/playground/assets/graphiql.min.0000000000.js`)).status).toBe(404);
      const res = await fetch(api.url, { headers: html });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).not.toContain("text/html");
    });
  });

  it("OPS: with the landing page but no introspection the page is served and says docs are off", async () => {
    await withApi({ GRAPHQL_INTROSPECTION: "false", GRAPHQL_LANDING_PAGE: "true" }, async (api) => {
      const res = await fetch(`${origin(api)}/playground`, { headers: html });
      expect(res.status).toBe(200);
      expect(settingsOf(await res.text()).introspection).toBe(false);
    });
  });
});
