import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import type { NodeFetcher, ResolverClass } from "../../shared/module.js";
import { fromGlobalId, Node } from "../../shared/relay.js";

/** `node(id:)` over the global-id types the modules declare; null for an unknown type or id. */
export function createNodeResolver(fetchers: Record<string, NodeFetcher>): ResolverClass {
  @Resolver()
  class NodeResolver {
    @Query(() => Node, { nullable: true, description: "Any object by its global ID; null if unknown or not visible to you." })
    node(
      @Ctx() ctx: Context,
      @Arg("id", () => ID, { description: "A global ID as returned in any `id` field (opaque, base64url of type and key)." }) id: string,
    ): Promise<Node | null> {
      const parsed = fromGlobalId(id);
      const fetch = parsed && Object.hasOwn(fetchers, parsed.type) ? fetchers[parsed.type] : undefined;
      return parsed && fetch ? fetch(ctx, parsed.id) : Promise.resolve(null);
    }
  }
  return NodeResolver;
}
