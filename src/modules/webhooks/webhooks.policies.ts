import { hasRole, type Actor, type Role } from "../../authz/actor.js";
import type { Owned } from "./webhooks.types.js";

/** The roles that own webhook endpoints: today the concierge partner (CON-5), whose events are concierge ones only. */
export const ENDPOINT_OWNER_ROLES: readonly Role[] = ["CONCIERGE_PARTNER"];

/** Issue 13: who may do what with webhook endpoints. */
export const webhooksPolicies = {
  /** Registers and manages its own endpoints. */
  mayOwn(actor: Actor): boolean {
    return hasRole(actor, ...ENDPOINT_OWNER_ROLES);
  },
  /** The owner reads its own endpoints and their attempts; the desk reads every one, read-only. */
  mayRead(actor: Actor, endpoint: Owned): boolean {
    return hasRole(actor, "DESK_AGENT") || webhooksPolicies.isOwner(actor, endpoint);
  },
  isOwner(actor: Actor, endpoint: Owned): boolean {
    return actor.kind === "staff" && actor.role === endpoint.ownerRole && actor.subjectId === endpoint.ownerId;
  },
};
