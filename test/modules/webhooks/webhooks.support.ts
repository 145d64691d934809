import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { webhookEndpoints, webhookSecrets } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";
import { newWebhookSecret } from "../../../src/platform/webhooks/signing.js";
import type { TargetPolicy } from "../../../src/platform/webhooks/target.js";
import { toGlobalId } from "../../../src/shared/relay.js";

export const ENDPOINT_FIELDS = "id ownerRole url description eventTypes status disabledReason disabledAt previousKeyExpiresAt createdAt updatedAt";
export const REGISTER = `mutation($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) {
  endpoint { ${ENDPOINT_FIELDS} } signingKey userErrors { code message field rule } } }`;
export const UPDATE = `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { endpoint { ${ENDPOINT_FIELDS} } userErrors { code message field rule } } }`;
export const DISABLE = `mutation($input: WebhookEndpointInput!) { disableWebhookEndpoint(input: $input) { endpoint { ${ENDPOINT_FIELDS} } userErrors { code message field rule } } }`;
export const ENABLE = `mutation($input: WebhookEndpointInput!) { enableWebhookEndpoint(input: $input) { endpoint { ${ENDPOINT_FIELDS} } userErrors { code message field rule } } }`;
export const ROTATE = `mutation($input: RotateWebhookSigningKeyInput!) { rotateWebhookSigningKey(input: $input) { endpoint { ${ENDPOINT_FIELDS} } signingKey userErrors { code message field rule } } }`;
export const REDELIVER = `mutation($input: RedeliverWebhookEventsInput!) { redeliverWebhookEvents(input: $input) { queued userErrors { code message field rule } } }`;
export const ENDPOINTS = `query($first: Int!, $after: String) { webhookEndpoints(first: $first, after: $after) { edges { node { ${ENDPOINT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
export const ATTEMPTS = `query($endpointId: ID!, $first: Int!, $after: String) { webhookAttempts(endpointId: $endpointId, first: $first, after: $after) {
  edges { node { id eventId eventType attempt startedAt durationMs statusCode outcome error responseExcerpt } } pageInfo { hasNextPage endCursor } } }`;

/** What the tests allow: http and loopback receivers (the test process's own). */
export const LOCAL_POLICY: TargetPolicy = { requireHttps: false, allowedHosts: [], allowPrivate: true };
/** What production enforces. */
export const PRODUCTION_POLICY: TargetPolicy = { requireHttps: true, allowedHosts: [], allowPrivate: false };

/** A public address literal (no DNS needed), for endpoints that no test delivers to. */
export const PUBLIC_URL = "https://93.184.215.14/hooks";

export const endpointGid = (row: { id: string }) => toGlobalId("WebhookEndpoint", row.id);

/** An endpoint written directly, with its current secret. */
export async function anEndpoint(db: Database, owner: { id: string; role?: string }, overrides: Partial<typeof webhookEndpoints.$inferInsert> = {}) {
  const now = new Date("2026-11-20T10:00:00Z");
  const [row] = await db.db
    .insert(webhookEndpoints)
    .values({ ownerRole: owner.role ?? "CONCIERGE_PARTNER", ownerId: owner.id, url: PUBLIC_URL, createdAt: now, updatedAt: now, ...overrides })
    .returning();
  const secret = newWebhookSecret();
  await db.db.insert(webhookSecrets).values({ endpointId: row!.id, secret, createdAt: now });
  return { ...row!, secret };
}

/** No endpoint left enabled: each test starts with only its own. */
export async function disableAllEndpoints(db: Database): Promise<void> {
  await db.db.execute(sql`update webhook_endpoints set status = 'DISABLED', disabled_reason = 'TEST' where status = 'ENABLED'`);
}

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
}

/**
 * A real HTTP receiver in the test process, on 127.0.0.1 and an ephemeral port. It records every
 * request and answers with `answer` (200 by default); `close()` makes it "down" (connection refused),
 * `reopen()` listens again on the same port.
 */
export async function aReceiver(answer: (request: Received, index: number) => Answer | Promise<Answer> = () => ({ status: 200, body: "ok" })) {
  const received: Received[] = [];
  const state = { answer };
  let server: Server;
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", async () => {
          const request = { headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() };
          received.push(request);
          const a = await state.answer(request, received.length - 1);
          if (a.delayMs) await new Promise((r) => setTimeout(r, a.delayMs));
          if (res.destroyed) return;
          res.writeHead(a.status, a.headers ?? {});
          res.end(a.body ?? "");
        });
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
    });
  const port = await listen(0);
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    answerWith(next: typeof answer) {
      state.answer = next;
    },
    close,
    reopen: () => listen(port),
  };
}
