import { and, or } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isBilling, isCommittee, isConciergePartner, isDelegate, isDeskAgent, isMember, isPayer } from "../../authz/rules.js";

/** Issue 13: the readers of some event area (src/platform/events/catalogue.ts AREA_READERS); the feed filters by area and member. */
const eventReaders = and(isAuthenticated, or(isMember, isDelegate, isPayer, isDeskAgent, isBilling, isCommittee, isConciergePartner));

export const eventsPermissions: ModulePermissions = {
  Query: { events: eventReaders },
  Mutation: {},
  types: { Event: eventReaders },
};
