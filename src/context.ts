import type { Logger } from "pino";
import type { Actor } from "./authz/actor.js";
import type { Tariffs } from "./config.js";
import type { Clock } from "./shared/clock.js";
import type { Db } from "./shared/db.js";
import type { Locale } from "./shared/i18n.js";
import type { RequestTrace } from "./shared/request-trace.js";

export interface Context {
  requestId: string;
  actor: Actor;
  locale: Locale;
  clock: Clock;
  tariffs: Tariffs;
  db: Db;
  log: Logger;
  /** The caller's network address (HTTP requests): anonymous callers' query budget is kept per address (docs/limits.md). */
  clientAddress?: string | null;
  /** Issue 16: what the request learns about itself (operation, errors), for its log line, metrics and span. */
  trace?: RequestTrace;
  loaders: Loaders;
}

/**
 * The request's DataLoaders, one key per module. Empty here on purpose: the context names no
 * module. Each module adds its key in its `<area>.loaders.ts` (`declare module "../../context.js"`),
 * and src/modules/registry.ts builds them, in `buildContext`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging, one key per module
export interface Loaders {}

export type ContextInput = Omit<Context, "loaders">;
