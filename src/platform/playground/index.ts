import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../../context.js";
import { ASSETS_PATH, playgroundAssets } from "./assets.js";
import { PLAYGROUND_CSP, renderPlaygroundPage, type PlaygroundOptions } from "./page.js";

export { PLAYGROUND_CSP, type PlaygroundOptions } from "./page.js";

/** The page's own address; a browser's GET /graphql gets it too, as Apollo's landing page did. */
export const PLAYGROUND_PATH = "/playground";

/**
 * Issue 16 (docs/playground.md): Apollo's landing page, replaced by the offline GraphiQL playground.
 * Installed by src/app.ts when the landing page is on (GRAPHQL_LANDING_PAGE); otherwise Apollo's
 * landing page stays disabled and neither the page nor its assets are served.
 */
export function playgroundLandingPage(options: PlaygroundOptions): ApolloServerPlugin<Context> {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: () => renderPlaygroundPage(options) };
        },
      };
    },
  };
}

/** The page as the server's landing page renders it, or null when the landing page is off. */
async function landingPage(apollo: ApolloServer<Context>, accept: string): Promise<string | null> {
  // A GET without query that prefers HTML: Apollo answers its landing page before any context is built.
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: "GET", headers: new HeaderMap([["accept", accept]]), search: "", body: undefined },
    context: () => Promise.reject(new Error("the playground runs no operation")),
  });
  if (response.headers.get("content-type") !== "text/html" || response.body.kind !== "complete") return null;
  return response.body.string;
}

const enabled = new WeakMap<ApolloServer<Context>, Promise<boolean>>();

/**
 * The playground's routes, called by src/http.ts before /graphql: GET /playground, a browser's
 * GET /graphql (Accept: text/html), and GET /playground/assets/… True when it answered.
 */
export async function servePlayground(apollo: ApolloServer<Context>, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const get = req.method === "GET" || req.method === "HEAD";
  const accept = req.headers.accept ?? "";
  if (url.pathname === "/graphql") {
    if (!get || url.search || !accept.includes("text/html")) return false;
    const html = await landingPage(apollo, accept);
    if (html === null) return false;
    return sendPage(req, res, html);
  }
  if (url.pathname === PLAYGROUND_PATH) {
    const html = get ? await landingPage(apollo, "text/html") : null;
    return html === null ? notFound(res) : sendPage(req, res, html);
  }
  if (!url.pathname.startsWith(ASSETS_PATH)) return false;
  let on = enabled.get(apollo);
  if (!on) {
    on = landingPage(apollo, "text/html").then((html) => html !== null);
    enabled.set(apollo, on);
  }
  const asset = get && (await on) ? playgroundAssets().byUrl.get(url.pathname) : undefined;
  if (!asset) return notFound(res);
  res.statusCode = 200;
  res.setHeader("content-type", asset.contentType);
  res.setHeader("content-length", asset.body.length);
  res.setHeader("cache-control", "public, max-age=31536000, immutable");
  res.setHeader("x-content-type-options", "nosniff");
  res.end(req.method === "HEAD" ? undefined : asset.body);
  return true;
}

function sendPage(req: IncomingMessage, res: ServerResponse, html: string): true {
  const body = Buffer.from(html, "utf8");
  res.statusCode = 200;
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("content-length", body.length);
  res.setHeader("content-security-policy", PLAYGROUND_CSP);
  // The page may hold demo tokens (development): never kept by a cache.
  res.setHeader("cache-control", "no-store");
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("referrer-policy", "no-referrer");
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}

function notFound(res: ServerResponse): true {
  res.statusCode = 404;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify({ error: "not found" }));
  return true;
}
