import type { Actor, Role } from "../../authz/actor.js";
import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import { isEventType, typesReadableBy } from "../../platform/events/catalogue.js";
import { newWebhookSecret } from "../../platform/webhooks/signing.js";
import { resolveTarget, targetPolicy, URL_MAX } from "../../platform/webhooks/target.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { runCommand } from "../../shared/mutation.js";
import { decodeCursor, encodeCursor, idOfType, pageSize, toConnection, toGlobalId, type ConnectionShape } from "../../shared/relay.js";
import { webhooksErrors, type WebhooksErrorCode } from "./webhooks.errors.js";
import type { RedeliverWebhookEventsInput, RegisterWebhookEndpointInput, RotateWebhookSigningKeyInput, UpdateWebhookEndpointInput } from "./webhooks.inputs.js";
import { webhooksPolicies } from "./webhooks.policies.js";
import { webhooksRepository as repo, type AttemptView, type EndpointRow, type EndpointView } from "./webhooks.repository.js";
import { WebhookAttempt, WebhookEndpoint } from "./webhooks.types.js";

/** At most this many endpoints per owner, enabled or not (docs/webhooks.md). */
export const MAX_ENDPOINTS_PER_OWNER = 10;
export const DESCRIPTION_MAX = 200;
export const MAX_OVERLAP_HOURS = 72;
export const MAX_REDELIVERY_EVENTS = 1_000;
export const MAX_REDELIVERY_DAYS = 31;
const HOUR = 3_600_000;

type Res<T> = Result<T, WebhooksErrorCode>;
const err = webhooksErrors.error;

export function toEndpoint(row: EndpointView): WebhookEndpoint {
  return Object.assign(new WebhookEndpoint(), {
    id: toGlobalId("WebhookEndpoint", row.id),
    rawId: row.id,
    ownerRole: row.ownerRole,
    ownerId: row.ownerId,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes,
    status: row.status,
    disabledReason: row.disabledReason,
    disabledAt: row.disabledAt,
    previousKeyExpiresAt: row.previousKeyExpiresAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

function toAttempt(row: AttemptView, owner: EndpointRow): WebhookAttempt {
  return Object.assign(new WebhookAttempt(), {
    ...row,
    id: toGlobalId("WebhookAttempt", row.id),
    eventId: toGlobalId("Event", row.eventId),
    outcome: row.outcome as WebhookAttempt["outcome"],
    ownerRole: owner.ownerRole,
    ownerId: owner.ownerId,
  });
}

const owner = (actor: Actor) => (actor.kind === "staff" ? { role: actor.role, id: actor.subjectId } : null);

/** The URL passes the SSRF rules now (scheme, allow-list, every resolved address public unless allowed). */
async function checkUrl(raw: string, problems: DomainError<WebhooksErrorCode>[]): Promise<string | null> {
  const url = raw.trim();
  const policy = targetPolicy();
  const target = await resolveTarget(url, policy);
  if (target.ok) return target.url.toString();
  problems.push(
    target.problem === "URL_INVALID"
      ? err("WEBHOOK_URL_INVALID", ["input", "url"], { scheme: policy.requireHttps ? "https" : "http(s)", max: URL_MAX })
      : err("WEBHOOK_URL_NOT_ALLOWED", ["input", "url"], { reason: target.reason }),
  );
  return null;
}

/** The types asked for, each one readable by the owner's role (AUT-3, CON-5); duplicates dropped. */
function checkTypes(role: Role, types: readonly string[], problems: DomainError<WebhooksErrorCode>[]): string[] | null {
  const readable: readonly string[] = typesReadableBy(role);
  const bad = types.find((t) => !isEventType(t) || !readable.includes(t));
  if (bad !== undefined) {
    problems.push(err("WEBHOOK_EVENT_TYPE_NOT_READABLE", ["input", "eventTypes"], { type: bad }));
    return null;
  }
  return [...new Set(types)];
}

function checkDescription(raw: string | null | undefined, problems: DomainError<WebhooksErrorCode>[]): string | null {
  const value = raw?.trim() ?? "";
  if (value.length > DESCRIPTION_MAX) problems.push(err("WEBHOOK_DESCRIPTION_TOO_LONG", ["input", "description"], { max: DESCRIPTION_MAX }));
  return value.length > 0 ? value : null;
}

/** The owner's endpoint, locked for the change; another owner's is "not found", never a leak (AUT-2). */
async function ownEndpoint(tx: Parameters<typeof repo.lockEndpoint>[0], ctx: Context, globalId: string): Promise<Res<EndpointRow>> {
  const id = idOfType(globalId, "WebhookEndpoint");
  const row = id ? await repo.lockEndpoint(tx, id) : undefined;
  return row && webhooksPolicies.isOwner(ctx.actor, row) ? ok(row) : fail(err("WEBHOOK_ENDPOINT_NOT_FOUND", ["input", "endpointId"]));
}

/** The endpoint as the payload shows it, read in the change's transaction. */
async function view(tx: Parameters<typeof repo.endpoints>[0], ctx: Context, id: string): Promise<WebhookEndpoint> {
  const [row] = await repo.endpoints(tx, { owner: null, ids: [id], after: null, limit: 1, now: ctx.clock.now() });
  return toEndpoint(row!);
}

function requireOwnerRole(ctx: Context): { role: Role; id: string } {
  const who = owner(ctx.actor);
  if (!who || !webhooksPolicies.mayOwn(ctx.actor)) throw forbidden();
  return who;
}

export const webhooksService = {
  async register(ctx: Context, input: RegisterWebhookEndpointInput): Promise<Res<{ endpoint: WebhookEndpoint; signingKey: string }>> {
    const who = requireOwnerRole(ctx);
    const problems: DomainError<WebhooksErrorCode>[] = [];
    const url = await checkUrl(input.url, problems);
    const description = checkDescription(input.description, problems);
    const eventTypes = checkTypes(who.role, input.eventTypes ?? [], problems);
    if (problems.length > 0 || !url || !eventTypes) return fail(...problems);
    return runCommand(ctx, { operation: "registerWebhookEndpoint" }, async ({ tx, audit }) => {
      await repo.lockOwner(tx, who.role, who.id);
      if ((await repo.countOwned(tx, who.role, who.id)) >= MAX_ENDPOINTS_PER_OWNER) {
        return fail(err("WEBHOOK_ENDPOINT_LIMIT_REACHED", ["input"], { max: MAX_ENDPOINTS_PER_OWNER }));
      }
      const now = ctx.clock.now();
      const row = await repo.insertEndpoint(tx, { ownerRole: who.role, ownerId: who.id, url, description, eventTypes, createdAt: now, updatedAt: now });
      const secret = newWebhookSecret();
      await repo.insertSecret(tx, row.id, secret, now);
      // Never the secret in the audit row.
      await audit({ onBehalfOfMemberId: null, targetIds: [row.id], details: { url, eventTypes } });
      return ok({ endpoint: await view(tx, ctx, row.id), signingKey: secret });
    });
  },

  async update(ctx: Context, input: UpdateWebhookEndpointInput): Promise<Res<WebhookEndpoint>> {
    const who = requireOwnerRole(ctx);
    const problems: DomainError<WebhooksErrorCode>[] = [];
    const url = input.url === null || input.url === undefined ? undefined : await checkUrl(input.url, problems);
    const description = input.description === null || input.description === undefined ? undefined : checkDescription(input.description, problems);
    const eventTypes = input.eventTypes === null || input.eventTypes === undefined ? undefined : checkTypes(who.role, input.eventTypes, problems);
    if (problems.length > 0) return fail(...problems);
    return runCommand(ctx, { operation: "updateWebhookEndpoint" }, async ({ tx, audit }) => {
      const found = await ownEndpoint(tx, ctx, input.endpointId);
      if (!found.ok) return found;
      const changes = { ...(url ? { url } : {}), ...(description !== undefined ? { description } : {}), ...(eventTypes ? { eventTypes } : {}) };
      await repo.updateEndpoint(tx, found.value.id, { ...changes, updatedAt: ctx.clock.now() });
      await audit({ onBehalfOfMemberId: null, targetIds: [found.value.id], details: { changed: Object.keys(changes) } });
      return ok(await view(tx, ctx, found.value.id));
    });
  },

  async setEnabled(ctx: Context, endpointId: string, enabled: boolean): Promise<Res<WebhookEndpoint>> {
    requireOwnerRole(ctx);
    return runCommand(ctx, { operation: enabled ? "enableWebhookEndpoint" : "disableWebhookEndpoint" }, async ({ tx, audit }) => {
      const found = await ownEndpoint(tx, ctx, endpointId);
      if (!found.ok) return found;
      if (enabled) {
        // The rules may have changed since registration: enabling checks the URL again.
        const problems: DomainError<WebhooksErrorCode>[] = [];
        if (!(await checkUrl(found.value.url, problems))) return fail(...problems);
      }
      const now = ctx.clock.now();
      const changes = enabled
        ? { status: "ENABLED" as const, disabledReason: null, disabledAt: null }
        : { status: "DISABLED" as const, disabledReason: found.value.status === "DISABLED" ? found.value.disabledReason : "OWNER", disabledAt: found.value.disabledAt ?? now };
      await repo.updateEndpoint(tx, found.value.id, { ...changes, updatedAt: now });
      await audit({ onBehalfOfMemberId: null, targetIds: [found.value.id], details: { from: found.value.status, to: changes.status } });
      return ok(await view(tx, ctx, found.value.id));
    });
  },

  async rotateSecret(ctx: Context, input: RotateWebhookSigningKeyInput): Promise<Res<{ endpoint: WebhookEndpoint; signingKey: string }>> {
    requireOwnerRole(ctx);
    const hours = input.overlapHours ?? 24;
    if (!Number.isInteger(hours) || hours < 0 || hours > MAX_OVERLAP_HOURS) return fail(err("WEBHOOK_OVERLAP_INVALID", ["input", "overlapHours"], { max: MAX_OVERLAP_HOURS }));
    return runCommand(ctx, { operation: "rotateWebhookSigningKey" }, async ({ tx, audit }) => {
      const found = await ownEndpoint(tx, ctx, input.endpointId);
      if (!found.ok) return found;
      const now = ctx.clock.now();
      const secret = newWebhookSecret();
      await repo.rotateSecret(tx, found.value.id, secret, now, new Date(now.getTime() + hours * HOUR));
      await repo.updateEndpoint(tx, found.value.id, { updatedAt: now });
      await audit({ onBehalfOfMemberId: null, targetIds: [found.value.id], details: { overlapHours: hours } });
      return ok({ endpoint: await view(tx, ctx, found.value.id), signingKey: secret });
    });
  },

  /** Queues again one event, or the events of a period, that the endpoint would receive (the owner's readable types it wants). */
  async redeliver(ctx: Context, input: RedeliverWebhookEventsInput): Promise<Res<number>> {
    const who = requireOwnerRole(ctx);
    const single = input.eventId !== null && input.eventId !== undefined;
    const eventId = single ? idOfType(input.eventId!, "Event") : null;
    const ranged = input.from && input.to;
    const badRange = single
      ? Boolean(input.from || input.to)
      : !ranged || input.from!.getTime() >= input.to!.getTime() || input.to!.getTime() - input.from!.getTime() > MAX_REDELIVERY_DAYS * 24 * HOUR;
    if (badRange) return fail(err("WEBHOOK_REDELIVERY_RANGE_INVALID", ["input"], { maxDays: MAX_REDELIVERY_DAYS }));
    if (single && !eventId) return fail(err("WEBHOOK_EVENT_NOT_FOUND", ["input", "eventId"]));
    return runCommand(ctx, { operation: "redeliverWebhookEvents" }, async ({ tx, audit }) => {
      const found = await ownEndpoint(tx, ctx, input.endpointId);
      if (!found.ok) return found;
      if (found.value.status !== "ENABLED") return fail(err("WEBHOOK_ENDPOINT_DISABLED", ["input", "endpointId"]));
      const readable: readonly string[] = typesReadableBy(who.role);
      const types = found.value.eventTypes.length > 0 ? found.value.eventTypes.filter((t) => readable.includes(t)) : readable;
      const now = ctx.clock.now();
      let queued: number;
      if (eventId) {
        const type = await repo.eventTypeOf(tx, eventId);
        if (!type || !types.includes(type)) return fail(err("WEBHOOK_EVENT_NOT_FOUND", ["input", "eventId"]));
        queued = await repo.queue(tx, found.value.id, { eventId }, now);
      } else {
        const selection = { types, from: input.from!, to: input.to! };
        if ((await repo.countEventsIn(tx, types, selection.from, selection.to)) > MAX_REDELIVERY_EVENTS) {
          return fail(err("WEBHOOK_REDELIVERY_TOO_LARGE", ["input"], { max: MAX_REDELIVERY_EVENTS }));
        }
        queued = await repo.queue(tx, found.value.id, selection, now);
      }
      await audit({ onBehalfOfMemberId: null, targetIds: [found.value.id], details: eventId ? { eventId, queued } : { from: input.from, to: input.to, queued } });
      return ok(queued);
    });
  },

  /** The owner's endpoints, or every owner's for the desk (read-only), oldest first. */
  async endpoints(ctx: Context, args: { first: number; after?: string | null }): Promise<ConnectionShape<WebhookEndpoint>> {
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    const desk = ctx.actor.kind === "staff" && ctx.actor.role === "DESK_AGENT";
    if (!desk && !webhooksPolicies.mayOwn(ctx.actor)) throw forbidden();
    const rows = await repo.endpoints(ctx.db, { owner: desk ? null : owner(ctx.actor), after, limit: first + 1, now: ctx.clock.now() });
    return toConnection(rows, first, toEndpoint, (row) => encodeCursor([row.createdAt.toISOString(), row.id]));
  },

  /** An endpoint's attempts, newest first: the owner's, or any for the desk; an endpoint one may not read is "not found" (BAD_USER_INPUT-free: an empty page). */
  async attempts(ctx: Context, args: { endpointId: string; first: number; after?: string | null }): Promise<ConnectionShape<WebhookAttempt> | null> {
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["instant", "uuid"]) : null;
    const id = idOfType(args.endpointId, "WebhookEndpoint");
    const [endpoint] = id ? await repo.endpoints(ctx.db, { owner: null, ids: [id], after: null, limit: 1, now: ctx.clock.now() }) : [];
    if (!endpoint || !webhooksPolicies.mayRead(ctx.actor, endpoint)) return null;
    const rows = await repo.attempts(ctx.db, endpoint.id, { after, limit: first + 1 });
    return toConnection(
      rows,
      first,
      (row) => toAttempt(row, endpoint),
      (row) => encodeCursor([row.startedAt.toISOString(), row.id]),
    );
  },

  /** `node(id:)`: the owner's endpoint, or any for the desk. */
  async node(ctx: Context, id: string): Promise<WebhookEndpoint | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const [endpoint] = await repo.endpoints(ctx.db, { owner: null, ids: [id], after: null, limit: 1, now: ctx.clock.now() });
    return endpoint && webhooksPolicies.mayRead(ctx.actor, endpoint) ? toEndpoint(endpoint) : null;
  },
};
