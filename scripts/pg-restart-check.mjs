#!/usr/bin/env node
// Checks that postgres.js survives a PostgreSQL restart while sql.begin()
// transactions and plain queries are in flight.
//
// postgres.js 3.4.9 unpatched kills the process here with an uncaught
// "TypeError: Cannot read properties of null (reading 'write')" from
// connection.js nextWrite (porsager/postgres#1066, #1154, #1208).
// patches/postgres+3.4.9.patch fixes that.
//
// Usage (as root, PostgreSQL 15 + postgresql-common installed):
//   node scripts/pg-restart-check.mjs [--mode fast|immediate] [--cjs]
//     --mode  how the cluster is restarted (default: fast)
//     --cjs   load postgres.js through require() (cjs/src) instead of import (src)
//     --down S  stop the cluster, wait S seconds (0-10), start it, instead of
//             `restart` (a longer outage, as in a failover)
//     --default-backoff  use postgres.js' default reconnect backoff instead of the
//             capped one (shows queries stalled 10-20 s after the restart)
//
// What it does:
//   1. creates a throw-away cluster "15 restartcheck" on port 5434 (the main
//      cluster on 5432 is never touched) with trust auth on 127.0.0.1;
//   2. starts a worker process (this file with --worker) that runs a bounded
//      load of concurrent sql.begin() transactions and plain queries (pool max 5);
//   3. restarts the cluster mid-load, lets the load go on for a few seconds,
//      then runs a verification batch that must fully succeed;
//   4. always drops the cluster, and exits 1 if the check failed.
// The worker installs no uncaughtException / unhandledRejection handler, so a
// crash of postgres.js ends it the way it would end the API.

import { spawn, spawnSync, fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const VERSION = "15";
const CLUSTER = "restartcheck";
const PORT = 5434;
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

if (flag("--worker")) await worker();
else process.exitCode = await main();

// ---------------------------------------------------------------- orchestrator

async function main() {
  const mode = option("--mode", "fast");
  if (!["fast", "immediate", "smart"].includes(mode)) {
    console.error(`unknown --mode ${mode}`);
    return 2;
  }
  const down = Number(option("--down", "0"));
  if (!(down >= 0 && down <= 10)) {
    console.error("--down takes 0..10 seconds");
    return 2;
  }
  const started = Date.now();
  const log = (...x) => console.log(`[check +${((Date.now() - started) / 1000).toFixed(1)}s]`, ...x);

  if (typeof process.getuid === "function" && process.getuid() !== 0) {
    console.error("must run as root (pg_createcluster / pg_ctlcluster)");
    return 2;
  }

  let child = null;
  const failed = [];
  // The cluster must go whatever happens: signals, a bug in this script, exit.
  const emergency = (code) => {
    child?.kill("SIGKILL");
    dropCluster(log);
    process.exit(code);
  };
  process.once("SIGINT", () => emergency(130));
  process.once("SIGTERM", () => emergency(143));
  process.on("uncaughtException", (err) => {
    console.error("check script error:", err);
    emergency(1);
  });
  process.on("exit", () => dropCluster(log));

  try {
    // A leftover from an interrupted run would make pg_createcluster fail.
    if (clusterExists()) {
      log(`dropping leftover cluster ${VERSION}/${CLUSTER}`);
      dropCluster(log);
    }

    log(`creating cluster ${VERSION}/${CLUSTER} on port ${PORT}`);
    run("pg_createcluster", [VERSION, CLUSTER, "--port", String(PORT), "--start", "-o", "fsync=off"]);
    writeFileSync(`/etc/postgresql/${VERSION}/${CLUSTER}/pg_hba.conf`, ["local all all trust", "host all all 127.0.0.1/32 trust", ""].join("\n"));
    run("pg_ctlcluster", [VERSION, CLUSTER, "reload"]);
    await waitForServer();

    let restarting = Promise.resolve();
    const result = await new Promise((resolve) => {
      let report = null;
      let restarted = false;
      let stderr = "";
      // biome-ignore lint/suspicious/noAssignInExpressions: the worker is both this run's and the shutdown handler's
      const w = (child = fork(fileURLToPath(import.meta.url), ["--worker", ...["--cjs", "--default-backoff"].filter(flag)], {
        stdio: ["ignore", "inherit", "pipe", "ipc"],
        env: { ...process.env, PGRC_PORT: String(PORT) },
      }));
      w.stderr.on("data", (x) => {
        stderr += x;
        process.stderr.write(x);
      });
      const killer = setTimeout(() => {
        log("worker did not finish within 45 s: killing it");
        w.kill("SIGKILL");
      }, 45_000);

      w.on("error", (err) => log(`worker channel error: ${err.message}`));
      w.on("message", async (msg) => {
        if (msg.type === "loading" && !restarted) {
          restarted = true;
          const t = Date.now();
          // async, so the worker's output keeps streaming during the restart
          const ctl = (action) =>
            new Promise((resolve) => {
              const p = spawn("pg_ctlcluster", [VERSION, CLUSTER, ...action], { stdio: ["ignore", "pipe", "pipe"] });
              let out = "";
              p.stdout.on("data", (x) => (out += x));
              p.stderr.on("data", (x) => (out += x));
              p.on("error", (e) => resolve({ status: -1, out: String(e) }));
              p.on("close", (status) => resolve({ status, out }));
            });
          let r;
          if (down > 0) {
            log(`worker is loading; stopping cluster (-m ${mode}) for ${down} s`);
            restarting = ctl(["stop", "-m", mode])
              .then((x) => (x.status !== 0 ? x : new Promise((ok) => setTimeout(ok, down * 1000)).then(() => ctl(["start"]))))
              .then((x) => (r = x));
          } else {
            log(`worker is loading; restarting cluster (-m ${mode})`);
            restarting = ctl(["restart", "-m", mode]).then((x) => (r = x));
          }
          await restarting;
          if (r.status !== 0) {
            failed.push(`pg_ctlcluster restart failed: ${r.out}`);
            w.kill("SIGKILL");
            return;
          }
          log(`cluster restarted in ${Date.now() - t} ms`);
          w.connected &&
            w.send({ type: "restarted" }, () => {
              /* worker may be gone */
            });
        } else if (msg.type === "report") {
          report = msg.report;
        }
      });
      w.on("exit", (code, signal) => {
        clearTimeout(killer);
        resolve({ code, signal, report, restarted, stderr });
      });
    });
    child = null;
    await restarting; // never drop the cluster under a running pg_ctlcluster

    log(`worker exited with code ${result.code}${result.signal ? ` signal ${result.signal}` : ""}`);
    if (!result.restarted) failed.push("the cluster was never restarted (worker never reported load)");
    if (result.code !== 0 || result.signal) {
      const crash = /Uncaught|TypeError|unhandled|Error:/i.test(result.stderr);
      failed.push(`worker process died (code ${result.code}, signal ${result.signal})${crash ? ": uncaught exception, see stderr above" : ""}`);
    }
    if (result.report) failed.push(...result.report.failures);
    else failed.push("worker sent no report");
  } catch (err) {
    failed.push(`check aborted: ${err.stack || err}`);
  } finally {
    child?.kill("SIGKILL");
    dropCluster(log);
  }

  if (failed.length) {
    console.log("\nRESULT: FAIL");
    for (const x of failed) console.log(`  - ${x}`);
    return 1;
  }
  console.log(`\nRESULT: PASS (postgres.js survived a ${mode} ${down ? `stop, ${down} s down, start` : "restart"})`);
  return 0;
}

function run(cmd, argv) {
  const r = spawnSync(cmd, argv, { encoding: "utf8" });
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed: ${r.error || r.stderr || r.stdout}`);
  return r.stdout;
}

function clusterExists() {
  const r = spawnSync("pg_lsclusters", ["-h"], { encoding: "utf8" });
  return (r.stdout || "").split("\n").some((l) => {
    const [v, name] = l.trim().split(/\s+/);
    return v === VERSION && name === CLUSTER;
  });
}

function dropCluster(log) {
  if (!clusterExists()) return;
  const r = spawnSync("pg_dropcluster", [VERSION, CLUSTER, "--stop"], { encoding: "utf8" });
  if (r.status !== 0) {
    // e.g. stuck in a restart: stop it hard and retry once
    spawnSync("pg_ctlcluster", [VERSION, CLUSTER, "stop", "-m", "immediate"]);
    spawnSync("pg_dropcluster", [VERSION, CLUSTER, "--stop"]);
  }
  log(clusterExists() ? `WARNING: could not drop cluster ${VERSION}/${CLUSTER}` : `dropped cluster ${VERSION}/${CLUSTER}`);
}

async function waitForServer() {
  for (let i = 0; i < 50; i++) {
    const r = spawnSync("pg_isready", ["-h", "127.0.0.1", "-p", String(PORT)]);
    if (r.status === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server on port ${PORT} did not become ready`);
}

// ---------------------------------------------------------------------- worker

// Seconds to wait before reconnecting after the n-th consecutive failure (pool-wide).
function cappedBackoff(retries) {
  return (0.5 + Math.random() / 2) * Math.min(0.05 * 2 ** retries, 1);
}

async function worker() {
  const postgres = flag("--cjs") ? createRequire(import.meta.url)("postgres") : (await import("postgres")).default;
  const port = Number(process.env.PGRC_PORT);
  const t0 = performance.now();
  const now = () => performance.now() - t0;
  const log = (...x) => console.log(`[worker +${(now() / 1000).toFixed(1)}s]`, ...x);
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const OP_TIMEOUT = 10_000;
  const LOAD_AFTER_RESTART = 3_000;
  const LOAD_HARD_LIMIT = 20_000;
  const CONCURRENCY = 12;

  // Pool options as in src/shared/db.ts (keep in sync), max 5.
  const sql = postgres({
    host: "127.0.0.1",
    port,
    user: "postgres",
    database: "postgres",
    max: 5,
    idle_timeout: 30,
    connect_timeout: 5,
    max_lifetime: 60 * 30,
    onnotice: () => {},
    connection: { application_name: "pg-restart-check" },
    // postgres.js' default backoff grows with every failed connect in the whole pool
    // (3^n / 100 s, up to 10-20 s) and a queued query is pinned to the connection that
    // waits it out, even once the other connections are back. Cap it at 1 s.
    ...(flag("--default-backoff") ? {} : { backoff: cappedBackoff }),
  });

  log(`postgres.js loaded through ${flag("--cjs") ? "require (cjs/src)" : "import (src)"}, ` + `${flag("--default-backoff") ? "default" : "capped"} backoff`);
  await sql`create table restart_check (id serial primary key, worker int not null)`;

  const stats = { ok: 0, tx_ok: 0, q_ok: 0, errors: 0, hung: 0, codes: {}, lateErrors: [], firstOkAfterRestart: null };
  let restartedAt = null; // when the orchestrator said the restart was done
  let outageAt = null; // first error after the restart was asked for
  let backAt = null; // first success after that
  let phase = "before";
  const errorsByPhase = { before: 0, outage: 0 };
  process.on("message", (m) => {
    if (m.type === "restarted") {
      restartedAt = now();
      log("orchestrator: restart done");
    }
  });

  // Every operation is bounded: a hung promise counts as a failure, not a wait.
  const bounded = (p, label) =>
    new Promise((resolve, reject) => {
      const t = setTimeout(() => {
        stats.hung++;
        log(`HUNG: ${label} started at +${((now() - OP_TIMEOUT) / 1000).toFixed(2)}s never settled`);
        reject(Object.assign(new Error(`${label} did not settle within ${OP_TIMEOUT} ms`), { code: "HUNG" }));
      }, OP_TIMEOUT);
      p.finally(() => clearTimeout(t)).then(resolve, reject);
    });

  const transaction = (id) =>
    sql.begin(async (tx) => {
      await tx`select pg_sleep(0.05)`;
      await tx`insert into restart_check (worker) values (${id})`;
      const [{ n }] = await tx`select count(*)::int as n from restart_check where worker = ${id}`;
      return n;
    });
  const plain = () => sql`select 1::int as one, pg_backend_pid() as pid`;

  async function op(id, i) {
    const isTx = i % 2 === 0;
    const startedAt = now();
    try {
      await bounded(isTx ? transaction(id) : plain(), isTx ? "sql.begin" : "query");
      stats.ok++;
      isTx ? stats.tx_ok++ : stats.q_ok++;
      if (restartedAt !== null && stats.firstOkAfterRestart === null && startedAt > restartedAt) stats.firstOkAfterRestart = now();
      if (outageAt !== null && backAt === null) backAt = now();
    } catch (err) {
      const code = err.code || err.errno || err.name || "UNKNOWN";
      stats.errors++;
      stats.codes[code] = (stats.codes[code] || 0) + 1;
      errorsByPhase[phase] = (errorsByPhase[phase] || 0) + 1;
      if (outageAt === null && phase === "outage") outageAt = now();
      // Nothing may fail once the server is back up (an operation succeeded after
      // the outage began, or pg_ctlcluster restart returned; 100 ms grace): such a
      // failure comes from stale connection state, e.g. the dead backend's 57P01
      // handed to the first query of the new connection.
      const back = Math.min(backAt ?? Infinity, restartedAt ?? Infinity);
      if (now() > back + 100 && code !== "HUNG")
        stats.lateErrors.push(
          `${isTx ? "tx" : "query"} started at +${(startedAt / 1000).toFixed(2)}s, ` +
            `failed at +${(now() / 1000).toFixed(2)}s (server back at +${(back / 1000).toFixed(2)}s): ${code} ${err.message}`,
        );
      await sleep(20); // do not spin while the server is down
    }
  }

  // Load phase: CONCURRENCY loops, until LOAD_AFTER_RESTART ms after the restart.
  let announced = false;
  const loadEnd = () => (restartedAt !== null && now() > restartedAt + LOAD_AFTER_RESTART) || now() > LOAD_HARD_LIMIT;
  const loops = Array.from({ length: CONCURRENCY }, async (_, id) => {
    for (let i = 0; !loadEnd(); i++) {
      await op(id, i + id);
      if (!announced && stats.ok >= 40) {
        announced = true;
        phase = "outage";
        log(`load running (${stats.ok} ok): asking for the restart`);
        process.send({ type: "loading" });
      }
    }
  });
  await Promise.all(loops);
  log(`load done: ${stats.ok} ok (${stats.tx_ok} tx, ${stats.q_ok} queries), ${stats.errors} errors, ${stats.hung} hung`);
  log(`error codes: ${JSON.stringify(stats.codes)}`);

  // Verification phase: everything must succeed now.
  const verifyErrors = [];
  const verify = Array.from({ length: 40 }, (_, i) =>
    bounded(i % 2 ? plain() : transaction(100 + i), "verify").then(
      () => null,
      (e) => verifyErrors.push(`${e.code || e.name}: ${e.message}`),
    ),
  );
  await Promise.all(verify);
  const reserved = await bounded(sql.reserve(), "reserve").catch((e) => {
    verifyErrors.push(`reserve: ${e.code} ${e.message}`);
    return null;
  });
  if (reserved) {
    await bounded(reserved`select 1`, "reserved query").catch((e) => verifyErrors.push(`reserved: ${e.code} ${e.message}`));
    reserved.release();
  }
  const [{ rows }] = await bounded(sql`select count(*)::int as rows from restart_check`, "count");
  log(`verification: ${40 - verifyErrors.length}/40 ok; table has ${rows} rows for ${stats.tx_ok} committed transactions`);

  const failures = [];
  if (restartedAt === null) failures.push("restart never happened during the load");
  if (errorsByPhase.outage === 0) failures.push("no error was seen during the outage: the restart did not hit in-flight work, so nothing was checked");
  if (stats.hung)
    failures.push(
      `${stats.hung} operation(s) did not settle within ${OP_TIMEOUT / 1000} s (wedged connection, or a query pinned to a connection waiting out its reconnect backoff)`,
    );
  if (stats.firstOkAfterRestart === null) failures.push("no operation started after the restart succeeded during the load phase");
  if (stats.lateErrors.length)
    failures.push(`${stats.lateErrors.length} operation(s) failed after the server was back up:\n      ${stats.lateErrors.slice(0, 5).join("\n      ")}`);
  if (verifyErrors.length) failures.push(`${verifyErrors.length} verification operation(s) failed:\n      ${verifyErrors.slice(0, 5).join("\n      ")}`);
  if (rows < stats.tx_ok + 20) failures.push(`only ${rows} rows for ${stats.tx_ok + 20} committed transactions`);

  const report = {
    failures,
    ok: stats.ok,
    errors: stats.errors,
    codes: stats.codes,
    recoveredAfterMs: stats.firstOkAfterRestart && Math.round(stats.firstOkAfterRestart - restartedAt),
  };
  log(
    `errors were all caught; codes seen: ${
      Object.entries(stats.codes)
        .map(([k, v]) => `${k} x${v}`)
        .join(", ") || "none"
    }`,
  );
  report.recoveredAfterMs !== null && log(`first success after restart: ${report.recoveredAfterMs} ms`);
  process.send({ type: "report", report });
  await sql.end({ timeout: 5 });
  process.disconnect();
}
