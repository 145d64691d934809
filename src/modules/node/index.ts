import type { ModuleDescriptor, NodeFetcher } from "../../shared/module.js";
import { nodePermissions } from "./node.permissions.js";
import { createNodeResolver } from "./node.resolver.js";

/** `node(id:)` finds each global-id type through the module that declares it in its `nodeTypes`. */
export function nodeModule(modules: readonly ModuleDescriptor[]): ModuleDescriptor {
  const fetchers: Record<string, NodeFetcher> = {};
  for (const [type, fetch] of modules.flatMap((m) => Object.entries(m.nodeTypes ?? {}))) {
    if (type in fetchers) throw new Error(`node type ${type} is declared twice`);
    fetchers[type] = fetch;
  }
  return { name: "node", resolvers: [createNodeResolver(fetchers)], permissions: nodePermissions };
}
