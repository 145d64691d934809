import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { fromGlobalId, Node } from "../../shared/relay.js";
import { membersService } from "../members/index.js";
import { premisesService } from "../premises/index.js";
import { conciergeService, privilegeService } from "../concierge/index.js";
import { proService } from "../pro/index.js";

/**
 * Per-type fetchers, by global-id type: each returns null for an object the actor may not see.
 * Types not listed here (Member, Delegate, Payer, StaffUser) are resolved by the members module.
 */
const fetchers: Record<string, (ctx: Context, rawId: string) => Promise<Node | null>> = {
  Address: (ctx, id) => premisesService.addressNode(ctx, id),
  InternetLine: (ctx, id) => premisesService.lineNode(ctx, id),
  ConciergeRequest: (ctx, id) => conciergeService.requestNode(ctx, id),
  ConciergePrivilege: (ctx, id) => privilegeService.node(ctx, id),
  ProServiceRequest: (ctx, id) => proService.serviceRequestNode(ctx, id),
  ProBrick: (ctx, id) => proService.brickNode(ctx, id),
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global ID; null if unknown or not visible to you." })
  node(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<Node | null> {
    const parsed = fromGlobalId(id);
    const fetch = parsed && Object.hasOwn(fetchers, parsed.type) ? fetchers[parsed.type] : undefined;
    return parsed && fetch ? fetch(ctx, parsed.id) : membersService.node(ctx, id);
  }
}
