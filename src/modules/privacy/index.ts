import type { ModuleDescriptor } from "../../shared/module.js";
import { createPrivacyLoaders } from "./privacy.loaders.js";
import { privacyPermissions } from "./privacy.permissions.js";
import { privacyReads } from "./privacy.reads.js";
import { privacyResolvers } from "./privacy.resolver.js";

/** GDP-1: data-subject requests with their deadlines, objections and restrictions per purpose. */
export const privacyModule: ModuleDescriptor = {
  name: "privacy",
  resolvers: privacyResolvers,
  permissions: privacyPermissions,
  loaders: (db) => ({ privacy: createPrivacyLoaders(db) }),
  nodeTypes: {
    PrivacyRequest: (ctx, id) => privacyReads.requestNode(ctx, id),
    ProcessingLimit: (ctx, id) => privacyReads.limitNode(ctx, id),
  },
};

export { PrivacyRequest, ProcessingLimit } from "./privacy.types.js";
