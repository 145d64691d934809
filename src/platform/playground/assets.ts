import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { CLIENT_SCRIPT, CLIENT_STYLES } from "./client.js";

/** Where the playground's assets are served; each name carries a hash of its content, so it is cached for a year. */
export const ASSETS_PATH = "/playground/assets/";

export interface Asset {
  /** `/playground/assets/graphiql.3f2a9c1b07.js` */
  url: string;
  contentType: string;
  body: Buffer;
}

const require = createRequire(import.meta.url);

/** A file of an installed package, found through Node's resolution (react and graphiql export their package.json, not their UMD builds). */
function packageFile(pkg: string, file: string): () => Buffer {
  return () => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file));
}

const JS = "text/javascript; charset=utf-8";
const CSS = "text/css; charset=utf-8";

/**
 * The browser builds the page loads, in order: React 18 and ReactDOM (UMD, they define `React` and
 * `ReactDOM`), GraphiQL 4's UMD build (it reads those globals and defines `GraphiQL`), then the
 * playground's own script and styles. Nothing is fetched from a CDN.
 */
const SOURCES = {
  react: { name: "react.production.min", ext: "js", contentType: JS, read: packageFile("react", "umd/react.production.min.js") },
  reactDom: { name: "react-dom.production.min", ext: "js", contentType: JS, read: packageFile("react-dom", "umd/react-dom.production.min.js") },
  graphiql: { name: "graphiql.min", ext: "js", contentType: JS, read: packageFile("graphiql", "dist/index.umd.js") },
  graphiqlCss: { name: "graphiql.min", ext: "css", contentType: CSS, read: () => readFileSync(require.resolve("graphiql/style.css")) },
  client: { name: "playground", ext: "js", contentType: JS, read: () => Buffer.from(CLIENT_SCRIPT, "utf8") },
  clientCss: { name: "playground", ext: "css", contentType: CSS, read: () => Buffer.from(CLIENT_STYLES, "utf8") },
} as const;

export type AssetKey = keyof typeof SOURCES;

let loaded: { byKey: Record<AssetKey, Asset>; byUrl: Map<string, Asset> } | null = null;

/** Read once, on first use, and kept in memory (about 1.6 MB). */
export function playgroundAssets() {
  if (loaded) return loaded;
  const byKey = {} as Record<AssetKey, Asset>;
  const byUrl = new Map<string, Asset>();
  for (const [key, source] of Object.entries(SOURCES) as [AssetKey, (typeof SOURCES)[AssetKey]][]) {
    const body = source.read();
    const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
    const asset = { url: `${ASSETS_PATH}${source.name}.${hash}.${source.ext}`, contentType: source.contentType, body };
    byKey[key] = asset;
    byUrl.set(asset.url, asset);
  }
  loaded = { byKey, byUrl };
  return loaded;
}
