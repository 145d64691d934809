import { Field, ID, Int, ObjectType } from "type-graphql";
import { WEBHOOK_ENDPOINT_STATUSES } from "../../../db/schema/platform.js";
import { graphqlEnum } from "../../shared/enums.js";
import { Node } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";

export const WebhookEndpointStatus = graphqlEnum(WEBHOOK_ENDPOINT_STATUSES, {
  name: "WebhookEndpointStatus",
  description: "ENABLED: receives events. DISABLED: by its owner, or by the API after a 410 Gone answer (`disabledReason: GONE`).",
  valuesConfig: {
    ENABLED: { description: "Receives the events it subscribes to." },
    DISABLED: { description: "Receives nothing: disabled by its owner, or by the API after a 410 Gone (see disabledReason)." },
  },
});

export const WEBHOOK_ATTEMPT_OUTCOMES = ["SUCCEEDED", "HTTP_ERROR", "TIMEOUT", "NETWORK_ERROR", "REDIRECT", "BLOCKED"] as const;
export const WebhookAttemptOutcome = graphqlEnum(WEBHOOK_ATTEMPT_OUTCOMES, {
  name: "WebhookAttemptOutcome",
  description:
    "SUCCEEDED: a 2xx answer. HTTP_ERROR: another status (410 disables the endpoint; 429 and 503 honour Retry-After). TIMEOUT: no complete answer in time. NETWORK_ERROR: no connection. REDIRECT: a 3xx, never followed. BLOCKED: the URL no longer passes the SSRF rules.",
  valuesConfig: {
    SUCCEEDED: { description: "The receiver answered 2xx: delivered." },
    HTTP_ERROR: { description: "Another HTTP status: retried (410 disables the endpoint; 429 and 503 honour Retry-After)." },
    TIMEOUT: { description: "No complete answer in time: retried." },
    NETWORK_ERROR: { description: "No connection (DNS, refused, reset, TLS): retried." },
    REDIRECT: { description: "A 3xx answer: never followed; retried." },
    BLOCKED: { description: "Not sent: the URL no longer passes the SSRF rules (allow-list, public address), or the endpoint has no secret; retried on the usual schedule." },
  },
});

/** Who owns an endpoint: what the read rule compares with the actor. */
export interface Owned {
  ownerRole: string;
  ownerId: string;
}

@ObjectType({ implements: Node, description: "Issue 13: a partner's HTTPS endpoint receiving the events it may read, signed as Standard Webhooks says (docs/webhooks.md)." })
export class WebhookEndpoint extends Node implements Owned {
  rawId!: string;
  ownerId!: string;

  @Field(() => String, { description: "The role that owns it (today CONCIERGE_PARTNER): its events are those the role may read." })
  ownerRole!: string;

  @Field(() => String, { description: "Where the events are POSTed (https in production), as normalised when registered." })
  url!: string;

  @Field(() => String, { nullable: true, description: "The owner's note about the endpoint; null when none." })
  description!: string | null;

  @Field(() => [String], { description: "The event types sent; empty means every type the owner may read." })
  eventTypes!: string[];

  @Field(() => WebhookEndpointStatus, { description: "Whether the endpoint receives events." })
  status!: (typeof WEBHOOK_ENDPOINT_STATUSES)[number];

  @Field(() => String, { nullable: true, description: "Why it is disabled: OWNER (disableWebhookEndpoint) or GONE (the receiver answered 410)." })
  disabledReason!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was disabled; null while ENABLED." })
  disabledAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Until when the previous secret still signs too (after rotateWebhookSigningKey); null when no overlap is running." })
  previousKeyExpiresAt!: Date | null;

  @Field(() => DateTimeScalar, { description: "When the endpoint was registered." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the endpoint last changed." })
  updatedAt!: Date;
}

@ObjectType({ description: "Issue 13: one attempt to deliver one event to one endpoint: what the receiver answered, and how long it took." })
export class WebhookAttempt implements Owned {
  ownerRole!: string;
  ownerId!: string;

  @Field(() => ID, { description: "The attempt's global id." })
  id!: string;

  @Field(() => ID, { description: "The event's id: the `webhook-id` header sent, the same as in `events`." })
  eventId!: string;

  @Field(() => String, { description: "The event's type." })
  eventType!: string;

  @Field(() => Int, { description: "1 for the first attempt of the delivery, 2 for the first retry… (a redelivery starts again at 1)." })
  attempt!: number;

  @Field(() => DateTimeScalar, { description: "When the request to the receiver started." })
  startedAt!: Date;

  @Field(() => Int, { description: "How long the attempt took, in milliseconds, until the answer or the failure." })
  durationMs!: number;

  @Field(() => Int, { nullable: true, description: "The HTTP status answered; null when there was no answer." })
  statusCode!: number | null;

  @Field(() => WebhookAttemptOutcome, { description: "How the attempt ended." })
  outcome!: (typeof WEBHOOK_ATTEMPT_OUTCOMES)[number];

  @Field(() => String, {
    nullable: true,
    description: "For TIMEOUT, NETWORK_ERROR and BLOCKED: what went wrong (e.g. `ECONNREFUSED: …`, or why the URL is blocked); null otherwise.",
  })
  error!: string | null;

  @Field(() => String, { nullable: true, description: "The first kilobyte of the answer's body." })
  responseExcerpt!: string | null;
}
