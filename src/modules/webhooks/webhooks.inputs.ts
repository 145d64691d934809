import { Field, ID, InputType, Int } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";

@InputType({ description: "Issue 13: a new endpoint for the caller's role; the answer carries its signing secret, shown once." })
export class RegisterWebhookEndpointInput {
  @Field(() => String, { description: "https (http outside production); the host must pass the allow-list and resolve to a public address (docs/webhooks.md)." })
  url!: string;

  @Field(() => String, { nullable: true, description: "At most 200 characters." })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "Types to receive, each one you may read; empty or absent: all of them." })
  eventTypes?: string[] | null;
}

@InputType({ description: "Issue 13: change an endpoint's URL, description or event types; fields left out are unchanged." })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: "The global ID of the WebhookEndpoint." })
  endpointId!: string;

  @Field(() => String, { nullable: true, description: "Absent: unchanged." })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "Absent: unchanged; empty: removed." })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "Absent: unchanged; empty: every type you may read." })
  eventTypes?: string[] | null;
}

@InputType({ description: "Issue 13: one of the caller's endpoints, by its global ID." })
export class WebhookEndpointInput {
  @Field(() => ID, { description: "The global ID of the WebhookEndpoint." })
  endpointId!: string;
}

@InputType({ description: "Issue 13: replace an endpoint's signing secret, the previous one still signing during an overlap." })
export class RotateWebhookSigningKeyInput {
  @Field(() => ID, { description: "The global ID of the WebhookEndpoint." })
  endpointId!: string;

  @Field(() => Int, { defaultValue: 24, description: "How long the previous secret still signs too, 0 to 72 hours (default 24)." })
  overlapHours!: number;
}

@InputType({ description: "One event (`eventId`) or a period (`from`, `to`): the events of it the endpoint would receive are queued again." })
export class RedeliverWebhookEventsInput {
  @Field(() => ID, { description: "The global ID of the WebhookEndpoint to redeliver to (ENABLED)." })
  endpointId!: string;

  @Field(() => ID, { nullable: true, description: "An event id, as `events` and `webhook-id` give it." })
  eventId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Events that occurred at or after this instant." })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Events that occurred before this instant; at most 31 days after `from`." })
  to?: Date | null;
}
