import { and, or } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { rule } from "../../authz/rule.js";
import { isAuthenticated, isConciergePartner, isDeskAgent } from "../../authz/rules.js";
import { webhooksPolicies } from "./webhooks.policies.js";
import type { Owned } from "./webhooks.types.js";

const ownerOrDesk = and(isAuthenticated, or(isConciergePartner, isDeskAgent));
const owner = and(isAuthenticated, isConciergePartner);

/** The parent's owner: a rule on the object, never on the contextual cache (STACK.md). */
const canReadWebhookObject = rule("canReadWebhookObject", { cache: "no_cache" })((parent: Owned, _args, ctx: Context) =>
  webhooksPolicies.mayRead(ctx.actor, parent) ? true : forbidden(),
);

export const webhooksPermissions: ModulePermissions = {
  Query: { webhookEndpoints: ownerOrDesk, webhookAttempts: ownerOrDesk },
  Mutation: {
    registerWebhookEndpoint: owner,
    updateWebhookEndpoint: owner,
    disableWebhookEndpoint: owner,
    enableWebhookEndpoint: owner,
    rotateWebhookSigningKey: owner,
    redeliverWebhookEvents: owner,
  },
  types: { WebhookEndpoint: canReadWebhookObject, WebhookAttempt: canReadWebhookObject },
};
