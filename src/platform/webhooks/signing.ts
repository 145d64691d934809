import { createHmac, randomBytes } from "node:crypto";

/**
 * Standard Webhooks v1 (https://www.standardwebhooks.com), with node:crypto only. The partner
 * verifies with any Standard Webhooks library (docs/webhooks.md shows the `standardwebhooks` one).
 */
export const SECRET_PREFIX = "whsec_";
/** 32 random bytes: above the specification's minimum of 24. */
const SECRET_BYTES = 32;

/** A new endpoint secret: `whsec_` + base64 of random bytes. */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString("base64");
}

function secretBytes(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error("not a whsec_ secret");
  return Buffer.from(secret.slice(SECRET_PREFIX.length), "base64");
}

/** `v1,` + base64(HMAC-SHA256(secret, `${id}.${timestamp}.${body}`)). */
export function signature(secret: string, id: string, timestampSeconds: number, body: string): string {
  const mac = createHmac("sha256", secretBytes(secret)).update(`${id}.${timestampSeconds}.${body}`).digest("base64");
  return `v1,${mac}`;
}

export interface SignedHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

/**
 * The three Standard Webhooks headers. `secrets`: the current secret first, then the previous
 * one while its rotation overlap lasts; the signature header lists one signature per secret,
 * space-separated, so a receiver that still holds the old secret keeps verifying.
 */
export function signedHeaders(secrets: readonly string[], id: string, timestampSeconds: number, body: string): SignedHeaders {
  if (secrets.length === 0) throw new Error("an endpoint without a secret cannot be signed for");
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestampSeconds),
    "webhook-signature": secrets.map((secret) => signature(secret, id, timestampSeconds, body)).join(" "),
  };
}
