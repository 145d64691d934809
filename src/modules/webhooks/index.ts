import type { ModuleDescriptor } from "../../shared/module.js";
import { webhooksPermissions } from "./webhooks.permissions.js";
import { webhooksResolvers } from "./webhooks.resolver.js";
import { webhooksService } from "./webhooks.service.js";

/** Issue 13: the partner's webhook endpoints; deliveries are made by src/platform/webhooks/worker.ts. */
export const webhooksModule: ModuleDescriptor = {
  name: "webhooks",
  resolvers: webhooksResolvers,
  permissions: webhooksPermissions,
  nodeTypes: { WebhookEndpoint: (ctx, id) => webhooksService.node(ctx, id) },
};
