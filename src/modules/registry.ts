import { is } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import { combiningDb } from "../shared/combine.js";
import { actorRole } from "../authz/actor.js";
import type { NonEmptyArray } from "type-graphql";
import type { Context, ContextInput, Loaders } from "../context.js";
import type { ModuleDescriptor, ResolverClass } from "../shared/module.js";
import { airboxModule } from "./airbox/index.js";
import { auditTrailModule } from "./audit-trail/index.js";
import { coachingModule } from "./coaching/index.js";
import { collectionsModule } from "./collections/index.js";
import { conciergeModule } from "./concierge/index.js";
import { deliveryModule } from "./delivery/index.js";
import { devicesModule } from "./devices/index.js";
import { equipmentModule } from "./equipment/index.js";
import { interventionsModule } from "./interventions/index.js";
import { invoicingModule } from "./invoicing/index.js";
import { mailboxesModule } from "./mailboxes/index.js";
import { membersModule } from "./members/index.js";
import { membershipModule } from "./membership/index.js";
import { nodeModule } from "./node/index.js";
import { officeAssistanceModule } from "./office-assistance/index.js";
import { optionsModule } from "./options/index.js";
import { personalDataModule } from "./personal-data/index.js";
import { privacyModule } from "./privacy/index.js";
import { eventsModule } from "./events/index.js";
import { sandboxModule } from "./sandbox/index.js";
import { rateLimitModule } from "./rate-limit/index.js";
import { webhooksModule } from "./webhooks/index.js";
import { premisesModule } from "./premises/index.js";
import { proModule } from "./pro/index.js";
import { quotesModule } from "./quotes/index.js";
import { salonModule } from "./salon/index.js";
import { serviceHoursModule } from "./service-hours/index.js";
import { tariffsModule } from "./tariffs/index.js";
import { zoneModule } from "./zone/index.js";

const domainModules: ModuleDescriptor[] = [
  membersModule,
  zoneModule,
  serviceHoursModule,
  coachingModule,
  optionsModule,
  premisesModule,
  membershipModule,
  devicesModule,
  interventionsModule,
  mailboxesModule,
  airboxModule,
  conciergeModule,
  proModule,
  salonModule,
  invoicingModule,
  tariffsModule,
  equipmentModule,
  deliveryModule,
  collectionsModule,
  quotesModule,
  officeAssistanceModule,
  personalDataModule,
  privacyModule,
  eventsModule,
  sandboxModule,
  rateLimitModule,
  webhooksModule,
  auditTrailModule,
];

/**
 * Every module of the API. This is the only place that composes them: the schema takes their
 * resolvers, the permission map their fragments, `buildContext` their loaders, `node` their types.
 */
export const modules: ModuleDescriptor[] = [nodeModule(domainModules), ...domainModules];

export const resolvers = modules.flatMap((m) => m.resolvers) as unknown as NonEmptyArray<ResolverClass>;

/**
 * Each module fills its own key of `Loaders`; together they are the whole (a missing one fails
 * every test that reads it). Issue 15: a request builds only the loaders it uses. Which module
 * fills which key is learnt once here (building loaders sends nothing); per request, the first
 * read of a key builds that module's loaders and keeps them on the request's object.
 */
const LOADER_KEYS: { key: string; build: (db: Context["db"]) => unknown }[] = modules.flatMap((m) => {
  const factory = m.loaders;
  if (!factory) return [];
  return Object.keys(factory({} as Context["db"])).map((key) => ({ key, build: (db: Context["db"]) => (factory(db) as Record<string, unknown>)[key] }));
});

const DB = Symbol("the request's database");

/** Built once: a getter per key that builds the module's loaders for the request's database and keeps them on the request's object. */
const LAZY_LOADERS: object = Object.create(
  null,
  Object.fromEntries(
    LOADER_KEYS.map(({ key, build }) => [
      key,
      {
        get(this: Record<string | symbol, unknown>) {
          const built = build(this[DB] as Context["db"]);
          Object.defineProperty(this, key, { value: built, enumerable: true });
          return built;
        },
      },
    ]),
  ),
);

function createLoaders(db: Context["db"]): Loaders {
  return Object.create(LAZY_LOADERS, { [DB]: { value: db } }) as Loaders;
}

/** The one place a request context is built: by the HTTP server and by the tests alike. */
export function buildContext(input: ContextInput): Context {
  // Issue 15: outside a transaction, the selects a request starts together go out as one statement (src/shared/combine.ts).
  const db = is(input.db, PgTransaction) ? input.db : combiningDb(input.db);
  return {
    ...input,
    db,
    // Issue 16: every log line of the request carries its id and the actor's role; the operation name is added once known (src/platform/observability/plugin.ts).
    log: input.log.child({ requestId: input.requestId, role: actorRole(input.actor) }),
    loaders: createLoaders(db),
  };
}
