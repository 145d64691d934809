import { aCast } from "../../support/factories.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { anEndpoint, endpointGid, PUBLIC_URL } from "./webhooks.support.js";

const q = (name: string, input: string, fields = "") => `mutation($input: ${input}!) { ${name}(input: $input) { ${fields} userErrors { code rule } } }`;

/** One successful call per webhook mutation (audit test). URLs are a public address literal: the default (strict) target policy passes with no DNS. */
export const samples: MutationSamples = {
  async registerWebhookEndpoint(db) {
    const cast = await aCast(db);
    return { actor: cast.as.CONCIERGE_PARTNER, query: q("registerWebhookEndpoint", "RegisterWebhookEndpointInput", "signingKey"), variables: { input: { url: PUBLIC_URL } } };
  },
  async updateWebhookEndpoint(db) {
    const cast = await aCast(db);
    const endpoint = await anEndpoint(db, cast.staff.CONCIERGE_PARTNER);
    return {
      actor: cast.as.CONCIERGE_PARTNER,
      query: q("updateWebhookEndpoint", "UpdateWebhookEndpointInput"),
      variables: { input: { endpointId: endpointGid(endpoint), description: "Production" } },
    };
  },
  async disableWebhookEndpoint(db) {
    const cast = await aCast(db);
    const endpoint = await anEndpoint(db, cast.staff.CONCIERGE_PARTNER);
    return { actor: cast.as.CONCIERGE_PARTNER, query: q("disableWebhookEndpoint", "WebhookEndpointInput"), variables: { input: { endpointId: endpointGid(endpoint) } } };
  },
  async enableWebhookEndpoint(db) {
    const cast = await aCast(db);
    const endpoint = await anEndpoint(db, cast.staff.CONCIERGE_PARTNER, { status: "DISABLED", disabledReason: "OWNER" });
    return { actor: cast.as.CONCIERGE_PARTNER, query: q("enableWebhookEndpoint", "WebhookEndpointInput"), variables: { input: { endpointId: endpointGid(endpoint) } } };
  },
  async rotateWebhookSigningKey(db) {
    const cast = await aCast(db);
    const endpoint = await anEndpoint(db, cast.staff.CONCIERGE_PARTNER);
    return {
      actor: cast.as.CONCIERGE_PARTNER,
      query: q("rotateWebhookSigningKey", "RotateWebhookSigningKeyInput", "signingKey"),
      variables: { input: { endpointId: endpointGid(endpoint) } },
    };
  },
  async redeliverWebhookEvents(db) {
    const cast = await aCast(db);
    const endpoint = await anEndpoint(db, cast.staff.CONCIERGE_PARTNER);
    return {
      actor: cast.as.CONCIERGE_PARTNER,
      query: q("redeliverWebhookEvents", "RedeliverWebhookEventsInput", "queued"),
      variables: { input: { endpointId: endpointGid(endpoint), from: "2026-11-01T00:00:00Z", to: "2026-11-27T00:00:00Z" } },
    };
  },
};
