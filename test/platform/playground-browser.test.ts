import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../../src/runtime.js";
import { createTestDatabase } from "../support/db.js";
import { serve } from "../support/http.js";

/**
 * Issue 16 (docs/playground.md): the playground in a real browser, Debian's chromium driven by
 * playwright-core, with every request to another host than the API blocked and recorded. Without
 * /usr/bin/chromium the test is skipped, unless REQUIRE_BROWSER=1 (CI), where it fails.
 */
const CHROMIUM = "/usr/bin/chromium";
const hasBrowser = existsSync(CHROMIUM);
const requireBrowser = process.env.REQUIRE_BROWSER === "1";

describe.skipIf(!hasBrowser && !requireBrowser)("OPS: the playground in a browser", () => {
  let api: RunningApi;
  let browser: Browser;

  beforeAll(async () => {
    if (!hasBrowser) throw new Error(`REQUIRE_BROWSER=1 and no ${CHROMIUM}: apt-get install chromium`);
    // Development, as `npm start`: the demo data, the local key, introspection and the landing page.
    api = await serve(await createTestDatabase(), { NODE_ENV: "development", SEED_DEMO_DATA: "true", GRAPHQL_INTROSPECTION: "true", GRAPHQL_LANDING_PAGE: "true" });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it("OPS: loads offline, sets a demo token in one click, runs { me { role } } and shows the role; nothing leaves 127.0.0.1", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const blocked: string[] = [];
    const problems: string[] = [];
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") return route.continue();
      blocked.push(url.href);
      return route.abort("blockedbyclient");
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    // A CSP refusal is reported on the console, and so counted as a problem.
    await page.addInitScript({
      content: 'document.addEventListener("securitypolicyviolation", (e) => console.error("CSP violation: " + e.violatedDirective + " " + e.blockedURI));',
    });

    const response = await page.goto(api.url.replace(/\/graphql$/, "/playground"));
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
    // GraphiQL is up, with its doc explorer filled from introspection.
    await page.locator(".graphiql-container").waitFor();
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await expect.poll(() => page.locator(".graphiql-doc-explorer").textContent(), { timeout: 15_000 }).toContain("Query");
    await page.getByRole("button", { name: "Show Demo tokens" }).click();

    // One click on a role: its token in the headers editor.
    await page.locator('button[data-role="DESK_AGENT"]').click();
    const headers = page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror");
    await expect.poll(() => headers.textContent()).toContain("Bearer ");

    // The query, typed in the query editor, and run.
    const query = page.locator(".graphiql-query-editor .CodeMirror");
    await query.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type("{ me { role } }");
    await page.getByRole("button", { name: /Execute query/ }).click();
    const result = page.locator(".graphiql-response .CodeMirror");
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain("DESK_AGENT");
    expect(await result.textContent()).toContain('"role"');

    mkdirSync("artifacts", { recursive: true });
    await page.screenshot({ path: join("artifacts", "playground.png"), fullPage: true });
    await context.close();
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
  });
});
