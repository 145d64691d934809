import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { Clock } from "../../shared/clock.js";
import type { Database } from "../../shared/db.js";
import { isSandboxClock } from "../clock/sandbox-clock.js";
import { sweepDueEvents } from "./due.js";

export interface DueEventsSweeper {
  /** One sweep now, in its own transaction; returns how many events it wrote. */
  runOnce(): Promise<number>;
  /** Stops the timer and waits for a sweep in progress. */
  stop(): Promise<void>;
}

/**
 * Emits, every `intervalMs`, the events that real time made due (src/platform/events/due.ts). Each
 * replica runs one; the sweep's advisory lock and its "not yet emitted" test make the extra ones
 * harmless. A failed sweep (the database away) is logged and tried again at the next tick.
 */
export function startDueEventsSweeper(options: { database: Database; clock: Clock; log: Logger; intervalMs: number }): DueEventsSweeper {
  const { database, clock, log } = options;
  let running: Promise<number> | null = null;
  const sweep = async () => {
    // A sandbox's time may have been moved on another replica since this one's last request.
    if (isSandboxClock(clock)) await clock.sync(database.db);
    return database.db.transaction((tx) => sweepDueEvents(tx, { clock, requestId: `due-events-${randomUUID()}` }));
  };
  const runOnce = () =>
    (running ??= sweep().finally(() => {
      running = null;
    }));
  const timer = setInterval(() => {
    runOnce().then(
      (written) => written > 0 && log.info({ written }, "due events emitted"),
      (error: unknown) => log.warn({ err: error }, "due events sweep failed; trying again at the next tick"),
    );
  }, options.intervalMs);
  timer.unref();
  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => 0);
    },
  };
}
