// `npm start`: builds when the compiled output is missing or older than the sources, then runs
// the compiled server. Plain JS so that it needs nothing compiled to run.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const entry = "dist/src/server.js";

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    const mtime = name.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

const sourcesChanged = () => {
  if (!existsSync(entry)) return true;
  const built = statSync(entry).mtimeMs;
  return ["src", "db/schema"].some((dir) => newestMtime(dir) > built) || statSync("tsconfig.build.json").mtimeMs > built;
};

if (sourcesChanged()) {
  const started = Date.now();
  console.log("Building (esbuild; types are checked by `npm run typecheck`)…");
  const build = spawnSync(process.execPath, ["scripts/build-fast.mjs"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const child = spawn(process.execPath, ["--enable-source-maps", entry], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
