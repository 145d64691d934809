import "reflect-metadata";
import { ConfigError, loadConfig } from "./config.js";
import { printDemoTokens } from "./demo/tokens.js";
import { startApi } from "./runtime.js";

async function main() {
  let config;
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
  const api = await startApi(config);
  const { log } = api;
  process.on("unhandledRejection", (reason) => log.error({ err: reason }, "unhandled rejection"));

  log.info({ url: api.url, database: api.database.kind, startupMs: Math.round(performance.now() - startedAt) }, "Parnasse partner API ready");
  console.log(`\nParnasse partner API: ${api.url}  (database: ${api.database.kind})`);
  if (config.seedDemoData && config.auth.key.kind === "hs256") await printDemoTokens(config.auth);

  let signalled = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (signalled) return;
      signalled = true;
      log.info({ signal }, "shutting down: draining in-flight requests");
      api.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
    });
  }
}

await main();
