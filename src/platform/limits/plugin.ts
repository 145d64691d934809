import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Actor } from "../../authz/actor.js";
import type { Context } from "../../context.js";
import { GRAPHQL_ERROR_MESSAGES } from "../../shared/errors.js";
import type { Budget, BudgetStore } from "./budget.js";
import type { CostModel } from "./cost.js";

/** The four kinds of consumer, each with its default budget in config (RATE_LIMIT_<KIND>_*). */
export const CONSUMER_KINDS = ["app", "partner", "desk", "anonymous"] as const;
export type ConsumerKind = (typeof CONSUMER_KINDS)[number];

export interface Consumer {
  kind: ConsumerKind;
  /** The bucket's key: one per app user, per partner, per desk person, per address for anonymous callers. */
  key: string;
}

/**
 * Who pays for a query. App users (MEMBER, DELEGATE, PAYER) each have their own bucket, so that a
 * payer or a delegate never spends the member's; the concierge partner has one per partner
 * account; every desk person (agent, coach, technician, committee, billing, privacy officer) has
 * their own; anonymous callers share one per network address.
 */
export function consumerOf(actor: Actor, clientAddress: string | null | undefined): Consumer {
  if (actor.kind === "anonymous") return { kind: "anonymous", key: `anonymous:${clientAddress ?? "unknown"}` };
  if (actor.kind === "member-scoped") return { kind: "app", key: `${actor.role.toLowerCase()}:${actor.subjectId}` };
  if (actor.role === "CONCIERGE_PARTNER") return { kind: "partner", key: `partner:${actor.subjectId}` };
  return { kind: "desk", key: `staff:${actor.subjectId}` };
}

export interface LimitsOptions {
  model: CostModel;
  maxQueryCost: number;
  /** Null: no budget (RATE_LIMIT_ENABLED=false); the per-query maximum still holds. */
  rateLimit: { budgets: Record<ConsumerKind, Budget>; store: BudgetStore } | null;
}

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

/** What a request cost, as `extensions.cost` reports it and the `rateLimit` field reads it. */
export interface RequestCost {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  maximumQueryCost: number;
  consumer: Consumer;
  throttleStatus: ThrottleStatus | null;
}

const costs = new WeakMap<Context, RequestCost>();

/** The cost of the request being answered, once its operation is resolved; undefined before, or when no limits apply. */
export function requestCostOf(ctx: Context): RequestCost | undefined {
  return costs.get(ctx);
}

function refusal(code: "MAX_COST_EXCEEDED" | "THROTTLED", status: number, params: Record<string, number>, headers: [string, string][] = []) {
  return new GraphQLError(GRAPHQL_ERROR_MESSAGES[code]!.en, {
    extensions: { code, messageParams: params, http: { status, headers: new HeaderMap(headers) } },
  });
}

/** Seconds until `needed` points are back in the bucket. */
function secondsUntil(needed: number, available: number, budget: Budget): number {
  return Math.max(1, Math.ceil((needed - available) / budget.restoreRate));
}

/** The IETF RateLimit headers (draft-ietf-httpapi-ratelimit-headers): the unit is cost points, the window the time to refill. */
function rateLimitHeaders(headers: HeaderMap, budget: Budget, available: number) {
  headers.set("ratelimit-policy", `"cost";q=${budget.maximum};w=${Math.ceil(budget.maximum / budget.restoreRate)}`);
  headers.set("ratelimit", `"cost";r=${available};t=${Math.ceil((budget.maximum - available) / budget.restoreRate)}`);
}

/**
 * Issue 14, docs/limits.md. Once the operation is known (and before anything runs, the idempotency
 * key included): its cost is computed from the schema and the variables; above the per-query
 * maximum it is refused (400 MAX_COST_EXCEEDED); then the consumer's bucket is charged the whole
 * requested cost, or the request is refused (429 THROTTLED with Retry-After). When the answer is
 * ready, what the query did not use is refunded, and the cost is reported in `extensions.cost`
 * and the RateLimit headers.
 */
export function limitsPlugin(options: LimitsOptions): ApolloServerPlugin<Context> {
  const { model, maxQueryCost, rateLimit } = options;
  return {
    async requestDidStart() {
      let charged = false;
      return {
        async didResolveOperation({ contextValue, document, operationName, request }) {
          const consumer = consumerOf(contextValue.actor, contextValue.clientAddress);
          const requested = model.requested(document, operationName, request.variables);
          const cost: RequestCost = { requestedQueryCost: requested, actualQueryCost: null, maximumQueryCost: maxQueryCost, consumer, throttleStatus: null };
          costs.set(contextValue, cost);
          const budget = rateLimit?.budgets[consumer.kind];
          if (requested > maxQueryCost) {
            if (rateLimit && budget) {
              const level = await rateLimit.store.peek(consumer.key, budget);
              cost.throttleStatus = { maximumAvailable: budget.maximum, currentlyAvailable: level.available, restoreRate: budget.restoreRate };
            }
            throw refusal("MAX_COST_EXCEEDED", 400, { requested, maximum: maxQueryCost });
          }
          if (!rateLimit || !budget) return;
          const bucket = await rateLimit.store.take(consumer.key, budget, requested);
          cost.throttleStatus = { maximumAvailable: budget.maximum, currentlyAvailable: bucket.available, restoreRate: budget.restoreRate };
          if (!bucket.granted) {
            const retryAfter = secondsUntil(requested, bucket.available, budget);
            throw refusal("THROTTLED", 429, { requested, available: bucket.available, retryAfter }, [["retry-after", String(retryAfter)]]);
          }
          charged = true;
        },

        async willSendResponse({ contextValue, response, document, operationName, request }) {
          const cost = costs.get(contextValue);
          if (!cost) return;
          const budget = rateLimit?.budgets[cost.consumer.kind];
          if (charged && rateLimit && budget && response.body.kind === "single") {
            // At least 1: a request that runs is never free, even when it was refused field by field and returned nothing.
            const used = document ? model.actual(document, operationName, request.variables, response.body.singleResult.data) : cost.requestedQueryCost;
            const actual = Math.min(cost.requestedQueryCost, Math.max(1, used));
            cost.actualQueryCost = actual;
            const refund = cost.requestedQueryCost - actual;
            const bucket = refund > 0 ? await rateLimit.store.refund(cost.consumer.key, budget, refund) : await rateLimit.store.peek(cost.consumer.key, budget);
            cost.throttleStatus = { maximumAvailable: budget.maximum, currentlyAvailable: bucket.available, restoreRate: budget.restoreRate };
          } else if (rateLimit) cost.actualQueryCost = charged ? cost.requestedQueryCost : 0;
          // No budget: nothing is charged or refunded, so the answer is not walked for its actual cost.
          else cost.actualQueryCost = null;
          if (cost.throttleStatus && budget) rateLimitHeaders(response.http.headers, budget, cost.throttleStatus.currentlyAvailable);
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          const { consumer: _consumer, maximumQueryCost: _max, ...reported } = cost;
          result.extensions = { ...result.extensions, cost: reported };
        },
      };
    },
  };
}
