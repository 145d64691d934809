import type { Logger } from "pino";
import type { Actor } from "./authz/actor.js";
import { DEMO_TARIFFS, type Tariffs } from "./config.js";
import type { Clock } from "./shared/clock.js";
import type { Db } from "./shared/db.js";
import type { Locale } from "./shared/i18n.js";
import { createMemberLoaders } from "./modules/members/index.js";
import { createMembershipLoaders } from "./modules/membership/index.js";

export interface Context {
  requestId: string;
  actor: Actor;
  locale: Locale;
  clock: Clock;
  tariffs: Tariffs;
  db: Db;
  log: Logger;
  loaders: Loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;

function createLoaders(db: Db) {
  return { members: createMemberLoaders(db), membership: createMembershipLoaders(db) };
}

export interface ContextInput {
  requestId: string;
  actor: Actor;
  locale: Locale;
  clock: Clock;
  /** From the configuration; tests and tools that build a context directly get the demo tariffs. */
  tariffs?: Tariffs;
  db: Db;
  log: Logger;
}

/** The one place a request context is built: by the HTTP server and by the tests alike. */
export function buildContext(input: ContextInput): Context {
  return {
    ...input,
    tariffs: input.tariffs ?? DEMO_TARIFFS,
    log: input.log.child({ requestId: input.requestId }),
    loaders: createLoaders(input.db),
  };
}
