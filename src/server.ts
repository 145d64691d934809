import "reflect-metadata";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { printDemoTokens } from "./demo/tokens.js";
import { startApi, type RunningApi } from "./runtime.js";
import { DataDirectoryInUseError } from "./shared/db.js";

/** Signals that ask for a graceful stop. SIGHUP: the terminal of `npm start` was closed. */
const STOP_SIGNALS = ["SIGTERM", "SIGINT", "SIGHUP"] as const;

/**
 * One Ctrl-C reaches the server several times: from the terminal (same process group), from npm
 * and from scripts/start.mjs, which both forward it. Repeats within this window are that one
 * request; a signal after it means "stop now" and exits without waiting for the drain.
 */
const REPEAT_WINDOW_MS = 1_000;

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const startedAt = performance.now();
  let api: RunningApi;
  try {
    api = await startApi(config);
  } catch (error) {
    if (error instanceof DataDirectoryInUseError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { log } = api;
  process.on("unhandledRejection", (reason) => log.error({ err: reason }, "unhandled rejection"));

  let stopRequestedAt: number | null = null;
  const shutdown = (reason: string) => {
    if (stopRequestedAt !== null) {
      if (performance.now() - stopRequestedAt < REPEAT_WINDOW_MS) return;
      log.warn({ reason }, "second stop request: exiting without waiting for in-flight requests");
      process.exit(1);
    }
    stopRequestedAt = performance.now();
    log.info({ reason, graceMs: config.http.shutdownGraceMs }, "shutting down: draining in-flight requests");
    // stop() keeps to the grace period; this is the net under it (a close that never returns).
    setTimeout(() => {
      log.error("shutdown did not finish within the grace period: exiting");
      process.exit(1);
    }, config.http.shutdownGraceMs + 1_000).unref();
    api.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  for (const signal of STOP_SIGNALS) process.on(signal, () => shutdown(signal));
  // Spawned by scripts/start.mjs with an IPC channel: if that parent dies, even by SIGKILL, stop too.
  if (process.connected) process.once("disconnect", () => shutdown("parent process exited"));

  log.info({ url: api.url, database: api.database.kind, startupMs: Math.round(performance.now() - startedAt) }, "Parnasse partner API ready");
  console.log(`\nParnasse partner API: ${api.url}  (database: ${api.database.kind})`);
  if (config.seedDemoData && config.auth.key.kind === "hs256") await printDemoTokens(config.auth);
}

await main();
