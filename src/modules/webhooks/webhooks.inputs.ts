import { Field, ID, InputType, Int } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";

@InputType()
export class RegisterWebhookEndpointInput {
  @Field(() => String, { description: "https (http outside production); the host must pass the allow-list and resolve to a public address (docs/webhooks.md)." })
  url!: string;

  @Field(() => String, { nullable: true, description: "At most 200 characters." })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "Types to receive, each one you may read; empty or absent: all of them." })
  eventTypes?: string[] | null;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID)
  endpointId!: string;

  @Field(() => String, { nullable: true, description: "Absent: unchanged." })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "Absent: unchanged; empty: removed." })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "Absent: unchanged; empty: every type you may read." })
  eventTypes?: string[] | null;
}

@InputType()
export class WebhookEndpointInput {
  @Field(() => ID)
  endpointId!: string;
}

@InputType()
export class RotateWebhookSigningKeyInput {
  @Field(() => ID)
  endpointId!: string;

  @Field(() => Int, { defaultValue: 24, description: "How long the previous secret still signs too, 0 to 72 hours (default 24)." })
  overlapHours!: number;
}

@InputType({ description: "One event (`eventId`) or a period (`from`, `to`): the events of it the endpoint would receive are queued again." })
export class RedeliverWebhookEventsInput {
  @Field(() => ID)
  endpointId!: string;

  @Field(() => ID, { nullable: true, description: "An event id, as `events` and `webhook-id` give it." })
  eventId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Events that occurred at or after this instant." })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Events that occurred before this instant; at most 31 days after `from`." })
  to?: Date | null;
}
