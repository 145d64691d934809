import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

/** The kinds of consumer, each with its own default budget (docs/limits.md). */
export enum RateLimitConsumer {
  APP = "app",
  PARTNER = "partner",
  DESK = "desk",
  ANONYMOUS = "anonymous",
}

registerEnumType(RateLimitConsumer, {
  name: "RateLimitConsumer",
  description: "Issue 14: who a query budget belongs to.",
  valuesConfig: {
    APP: { description: "An app user (MEMBER, DELEGATE or PAYER): one budget per person signed in to the app." },
    PARTNER: { description: "The concierge partner: one budget per partner account." },
    DESK: { description: "An Orange desk person (agent, coach, technician, committee, billing, privacy officer): one budget each." },
    ANONYMOUS: { description: "A caller without a token: one budget per network address." },
  },
});

@ObjectType({
  description:
    "Issue 14: the caller's query budget, a leaky bucket of points (docs/limits.md). The same figures come with every answer in `extensions.cost` and the RateLimit headers.",
})
export class RateLimitStatus {
  @Field(() => RateLimitConsumer, { description: "Whose budget this is." })
  consumer!: RateLimitConsumer;

  @Field(() => Int, { description: "The most points one query may cost; a dearer query is refused with MAX_COST_EXCEEDED." })
  maximumQueryCost!: number;

  @Field(() => Int, { description: "What this request was estimated to cost, before it ran (and was charged up front)." })
  requestedQueryCost!: number;

  @Field(() => Int, { nullable: true, description: "The bucket's size in points; null when this deployment applies no budget (RATE_LIMIT_ENABLED=false)." })
  maximumAvailable!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Points left once this request was charged; what it does not use is refunded when it ends. Null when no budget applies.",
  })
  currentlyAvailable!: number | null;

  @Field(() => Int, { nullable: true, description: "Points restored each second, up to maximumAvailable. Null when no budget applies." })
  restoreRate!: number | null;
}
