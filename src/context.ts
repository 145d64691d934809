import type { Logger } from "pino";
import type { Actor } from "./authz/actor.js";
import type { Tariffs } from "./config.js";
import type { Clock } from "./shared/clock.js";
import type { Db } from "./shared/db.js";
import type { Locale } from "./shared/i18n.js";
import { createMemberLoaders } from "./modules/members/index.js";
import { createCoachingLoaders } from "./modules/coaching/index.js";
import { createMembershipLoaders } from "./modules/membership/index.js";
import { createOptionLoaders } from "./modules/options/index.js";
import { createPremisesLoaders } from "./modules/premises/index.js";
import { createDeviceLoaders } from "./modules/devices/index.js";
import { createInterventionLoaders } from "./modules/interventions/index.js";
import { createMailboxLoaders } from "./modules/mailboxes/index.js";
import { createAirboxLoaders } from "./modules/airbox/index.js";
import { createConciergeLoaders } from "./modules/concierge/index.js";
import { createProLoaders } from "./modules/pro/index.js";
import { createSalonLoaders } from "./modules/salon/index.js";
import { createInvoicingLoaders } from "./modules/invoicing/index.js";
import { createTariffLoaders } from "./modules/tariffs/index.js";
import { createEquipmentLoaders } from "./modules/equipment/index.js";
import { createCollectionsLoaders } from "./modules/collections/index.js";
import { createQuoteLoaders } from "./modules/quotes/index.js";
import { createOfficeAssistanceLoaders } from "./modules/office-assistance/index.js";

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
  return {
    members: createMemberLoaders(db),
    coaching: createCoachingLoaders(db),
    membership: createMembershipLoaders(db),
    options: createOptionLoaders(db),
    premises: createPremisesLoaders(db),
    devices: createDeviceLoaders(db),
    interventions: createInterventionLoaders(db),
    mailboxes: createMailboxLoaders(db),
    airbox: createAirboxLoaders(db),
    concierge: createConciergeLoaders(db),
    pro: createProLoaders(db),
    salon: createSalonLoaders(db),
    invoicing: createInvoicingLoaders(db),
    tariffs: createTariffLoaders(db),
    equipment: createEquipmentLoaders(db),
    collections: createCollectionsLoaders(db),
    quotes: createQuoteLoaders(db),
    officeAssistance: createOfficeAssistanceLoaders(db),
  };
}

export type ContextInput = Omit<Context, "loaders">;

/** The one place a request context is built: by the HTTP server and by the tests alike. */
export function buildContext(input: ContextInput): Context {
  return {
    ...input,
    log: input.log.child({ requestId: input.requestId }),
    loaders: createLoaders(input.db),
  };
}
