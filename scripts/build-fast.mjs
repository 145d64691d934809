// Transpiles src/ and db/ to dist/ with esbuild (no type-checking: `npm run typecheck` and CI do
// that). Used by `npm start` so that a fresh clone starts in seconds; `npm run build` (tsc) stays
// the production build. File-by-file, not bundled: the output tree mirrors `tsc -p tsconfig.build.json`.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [join(dir, e.name)] : [],
  );

await build({
  entryPoints: [...sources("src"), ...sources("db")],
  outdir: "dist",
  outbase: ".",
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  tsconfig: "tsconfig.build.json",
  logLevel: "warning",
});
