// `npm start`: builds when the compiled output is missing or older than the sources, then runs
// the compiled server. Plain JS so that it needs nothing compiled to run.
//
// It behaves like `exec`: the signals it gets go to the server, it exits when the server does, with
// its code (or by the same signal), and the server stops if this process dies, even by SIGKILL
// (the IPC channel closes: src/server.ts listens for that). package.json runs it as
// `exec node scripts/start.mjs`: npm forwards SIGTERM to its child, which without `exec` is a
// shell that dies and leaves this process running.
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

const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
const child = spawn(process.execPath, ["--enable-source-maps", entry], { stdio: ["inherit", "inherit", "inherit", "ipc"] });
const forward = (signal) => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
for (const signal of signals) process.on(signal, forward);
child.on("error", (error) => {
  console.error(`Could not start ${entry}: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  if (code !== null) process.exit(code);
  for (const s of signals) process.off(s, forward);
  process.kill(process.pid, signal);
});
