import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Payload } from "../../shared/payload.js";
import { Connection, PageArgs, type ConnectionShape } from "../../shared/relay.js";
import { userErrorType } from "../../shared/user-errors.js";
import { webhooksErrors } from "./webhooks.errors.js";
import { RedeliverWebhookEventsInput, RegisterWebhookEndpointInput, RotateWebhookSigningKeyInput, UpdateWebhookEndpointInput, WebhookEndpointInput } from "./webhooks.inputs.js";
import { webhooksService } from "./webhooks.service.js";
import { WebhookAttempt, WebhookEndpoint } from "./webhooks.types.js";

const webhooksUserErrors = userErrorType("Webhooks", webhooksErrors, "Why a webhook endpoint mutation was refused (issue 13; AUT-2 when the endpoint is not the caller's).");

export const { ConnectionType: WebhookEndpointConnection } = Connection(WebhookEndpoint, "WebhookEndpoint");
export const { ConnectionType: WebhookAttemptConnection } = Connection(WebhookAttempt, "WebhookAttempt");

const SECRET_DESCRIPTION = "The signing secret (`whsec_…`), shown this once: keep it; it cannot be read again. Null when refused.";

export const RegisterWebhookEndpointPayload = Payload(
  "RegisterWebhookEndpoint",
  webhooksUserErrors,
  {
    endpoint: { type: () => WebhookEndpoint, description: "The new endpoint; null when refused." },
    signingKey: { type: () => String, description: SECRET_DESCRIPTION },
  },
  "The answer to registerWebhookEndpoint (issue 13).",
);
export const WebhookEndpointPayload = Payload(
  "WebhookEndpoint",
  webhooksUserErrors,
  {
    endpoint: { type: () => WebhookEndpoint, description: "The endpoint after the change; null when refused." },
  },
  "The answer to updateWebhookEndpoint, disableWebhookEndpoint and enableWebhookEndpoint (issue 13).",
);
export const RotateWebhookSigningKeyPayload = Payload(
  "RotateWebhookSigningKey",
  webhooksUserErrors,
  {
    endpoint: { type: () => WebhookEndpoint, description: "The endpoint; `previousKeyExpiresAt` says until when the old secret signs too." },
    signingKey: { type: () => String, description: SECRET_DESCRIPTION },
  },
  "The answer to rotateWebhookSigningKey (issue 13).",
);
export const RedeliverWebhookEventsPayload = Payload(
  "RedeliverWebhookEvents",
  webhooksUserErrors,
  {
    queued: { type: () => Int, description: "How many deliveries were queued (a delivery still pending is already queued and not counted); null when refused." },
  },
  "The answer to redeliverWebhookEvents (issue 13).",
);

@Resolver()
export class WebhooksResolver {
  @Query(() => WebhookEndpointConnection, { description: "Issue 13: your webhook endpoints (CONCIERGE_PARTNER), or every one, read-only (DESK_AGENT); oldest first." })
  webhookEndpoints(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<ConnectionShape<WebhookEndpoint>> {
    return webhooksService.endpoints(ctx, page);
  }

  @Query(() => WebhookAttemptConnection, {
    nullable: true,
    description: "Issue 13: every delivery attempt to an endpoint, newest first: status, duration, the first kilobyte of the answer. Null for an endpoint you may not read.",
  })
  webhookAttempts(
    @Ctx() ctx: Context,
    @Arg("endpointId", () => ID, { description: "The global ID of one of the caller's WebhookEndpoints; null is returned for another's." }) endpointId: string,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<ConnectionShape<WebhookAttempt> | null> {
    return webhooksService.attempts(ctx, { endpointId, ...page });
  }

  @Mutation(() => RegisterWebhookEndpointPayload, { description: "Issue 13: a new endpoint (at most 10), with its signing secret shown once." })
  async registerWebhookEndpoint(
    @Ctx() ctx: Context,
    @Arg("input", () => RegisterWebhookEndpointInput, { description: "The URL, an optional description and the event types to receive." }) input: RegisterWebhookEndpointInput,
  ) {
    return RegisterWebhookEndpointPayload.from(ctx, await webhooksService.register(ctx, input));
  }

  @Mutation(() => WebhookEndpointPayload, { description: "Issue 13: change an endpoint's URL, description or event types." })
  async updateWebhookEndpoint(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateWebhookEndpointInput, { description: "The endpoint and what to change." }) input: UpdateWebhookEndpointInput,
  ) {
    return WebhookEndpointPayload.from(ctx, await webhooksService.update(ctx, input));
  }

  @Mutation(() => WebhookEndpointPayload, { description: "Issue 13: stop sending to an endpoint; its pending deliveries wait until it is enabled again." })
  async disableWebhookEndpoint(@Ctx() ctx: Context, @Arg("input", () => WebhookEndpointInput, { description: "The endpoint to stop sending to." }) input: WebhookEndpointInput) {
    return WebhookEndpointPayload.from(ctx, await webhooksService.setEnabled(ctx, input.endpointId, false));
  }

  @Mutation(() => WebhookEndpointPayload, { description: "Issue 13: send to an endpoint again (its URL is checked again)." })
  async enableWebhookEndpoint(
    @Ctx() ctx: Context,
    @Arg("input", () => WebhookEndpointInput, { description: "The endpoint to send to again, whether its owner or a 410 Gone disabled it." }) input: WebhookEndpointInput,
  ) {
    return WebhookEndpointPayload.from(ctx, await webhooksService.setEnabled(ctx, input.endpointId, true));
  }

  @Mutation(() => RotateWebhookSigningKeyPayload, {
    description: "Issue 13: a new secret, shown once; the previous one signs too until the overlap ends (default 24 h, at most 72 h).",
  })
  async rotateWebhookSigningKey(
    @Ctx() ctx: Context,
    @Arg("input", () => RotateWebhookSigningKeyInput, { description: "The endpoint and how long the previous secret keeps signing too." }) input: RotateWebhookSigningKeyInput,
  ) {
    return RotateWebhookSigningKeyPayload.from(ctx, await webhooksService.rotateSecret(ctx, input));
  }

  @Mutation(() => RedeliverWebhookEventsPayload, { description: "Issue 13: send one event, or a period's events, to an endpoint again (each with a fresh retry schedule)." })
  async redeliverWebhookEvents(
    @Ctx() ctx: Context,
    @Arg("input", () => RedeliverWebhookEventsInput, { description: "The endpoint, and one event or a period of events to queue again." }) input: RedeliverWebhookEventsInput,
  ) {
    return RedeliverWebhookEventsPayload.from(ctx, await webhooksService.redeliver(ctx, input));
  }
}

export const webhooksResolvers = [WebhooksResolver];
