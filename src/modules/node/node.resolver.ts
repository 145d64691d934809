import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Node } from "../../shared/relay.js";
import { membersService } from "../members/index.js";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global ID; null if unknown or not visible to you." })
  node(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<Node | null> {
    return membersService.node(ctx, id);
  }
}
