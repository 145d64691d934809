import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { requestCostOf } from "../../platform/limits/index.js";
import { RateLimitConsumer, RateLimitStatus } from "./rate-limit.types.js";

const CONSUMERS: Record<string, RateLimitConsumer> = {
  app: RateLimitConsumer.APP,
  partner: RateLimitConsumer.PARTNER,
  desk: RateLimitConsumer.DESK,
  anonymous: RateLimitConsumer.ANONYMOUS,
};

@Resolver()
export class RateLimitResolver {
  @Query(() => RateLimitStatus, {
    nullable: true,
    description:
      "Issue 14: the caller's query budget and what this request cost (any signed-in caller). Null when the request did not go through the HTTP API's limits (an in-process call).",
  })
  rateLimit(@Ctx() ctx: Context): RateLimitStatus | null {
    const cost = requestCostOf(ctx);
    if (!cost) return null;
    return {
      consumer: CONSUMERS[cost.consumer.kind]!,
      maximumQueryCost: cost.maximumQueryCost,
      requestedQueryCost: cost.requestedQueryCost,
      maximumAvailable: cost.throttleStatus?.maximumAvailable ?? null,
      currentlyAvailable: cost.throttleStatus?.currentlyAvailable ?? null,
      restoreRate: cost.throttleStatus?.restoreRate ?? null,
    };
  }
}
