import type { ModulePermissions } from "../authz/compose.js";
import type { Context, Loaders } from "../context.js";
import type { Queryable } from "./db.js";
import type { Node } from "./relay.js";

// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes as bare functions
export type ResolverClass = Function;

/** `node(id:)` for one global-id type: null for an unknown object or one the actor may not see. */
export type NodeFetcher = (ctx: Context, rawId: string) => Promise<Node | null>;

/**
 * What a module gives the API, exported once from its `index.ts`. Only src/modules/registry.ts
 * composes them: the schema's resolvers, the permission map, the request's loaders, `node(id:)`.
 */
export interface ModuleDescriptor {
  name: string;
  resolvers: ResolverClass[];
  permissions: ModulePermissions;
  /** Its per-request DataLoaders, under the key the module adds to `Loaders` (src/context.ts). */
  loaders?: (db: Queryable) => Partial<Loaders>;
  /** The global-id types `node(id:)` finds through this module. */
  nodeTypes?: Record<string, NodeFetcher>;
}
