import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Connection, PageArgs, type ConnectionShape } from "../../shared/relay.js";
import { eventsReads } from "./events.reads.js";
import { Event } from "./events.types.js";

export const { ConnectionType: EventConnection } = Connection(Event, "Event");

@Resolver()
export class EventsResolver {
  @Query(() => EventConnection, {
    description:
      "Issue 13: the events the caller may read, oldest first (AUT-2, AUT-3, CON-5: the member and their delegate their own, the concierge partner concierge requests only, the desk, billing and the committee their areas). Page with `after: endCursor`; on an empty page keep your cursor and ask again later: an event that commits late is never skipped.",
  })
  events(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("types", () => [String], { nullable: true, description: 'Only these types, e.g. `["concierge_request.submitted"]`; each must be one you may read.' })
    types: string[] | null,
  ): Promise<ConnectionShape<Event>> {
    return eventsReads.feed(ctx, { ...page, types });
  }
}

export const eventsResolvers = [EventsResolver];
