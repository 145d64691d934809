import { mintToken } from "../../authz/tokens.js";
import type { Config } from "../../config.js";
import { DEMO_PRINCIPALS } from "../../demo/tokens.js";
import { playgroundAssets } from "./assets.js";
import { playgroundExamples } from "./examples.js";

/**
 * The page's policy: everything from this origin, nothing from anywhere else, no inline script
 * (the page's settings are a JSON block, which no browser executes), no eval, no frame.
 */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export interface PlaygroundOptions {
  /** Without introspection the page still works, without docs and completion, and says why. */
  introspection: boolean;
  /** config.graphql.demoTokens: the local key in development (with the demo data), null anywhere else. */
  demoTokens: Config["auth"] | null;
}

/** `<` and the line separators escaped: the JSON cannot close its script element. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The page, rendered at each request: the demo tokens in it are freshly minted (12 h). */
export async function renderPlaygroundPage(options: PlaygroundOptions): Promise<string> {
  const { byKey } = playgroundAssets();
  const demoTokens = options.demoTokens
    ? await Promise.all(
        DEMO_PRINCIPALS.map(async (p) => ({
          role: p.role,
          who: p.who,
          token: await mintToken(options.demoTokens!, { role: p.role, subjectId: p.subjectId, memberId: p.memberId }),
        })),
      )
    : [];
  const settings = { endpoint: "/graphql", introspection: options.introspection, demoTokens, examples: playgroundExamples() };
  const script = (url: string) => `<script src="${url}" defer></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${PLAYGROUND_CSP.replace("; frame-ancestors 'none'", "")}">
<meta name="referrer" content="no-referrer">
<title>Parnasse partner API · playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${byKey.graphiqlCss.url}">
<link rel="stylesheet" href="${byKey.clientCss.url}">
<script type="application/json" id="playground-settings">${jsonForScript(settings)}</script>
</head>
<body>
<div id="playground"><p class="pg-loading">Loading the playground…</p></div>
<noscript>The playground needs JavaScript.</noscript>
${[byKey.react, byKey.reactDom, byKey.graphiql, byKey.client].map((a) => script(a.url)).join("\n")}
</body>
</html>
`;
}
