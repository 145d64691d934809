import { Redis } from "ioredis";
import type { Logger } from "pino";

/**
 * Issue 14, docs/limits.md: a consumer's budget is a leaky bucket, as Shopify's: it holds at most
 * `maximum` points and restores `restoreRate` points a second. A query takes its requested cost
 * up front, if the bucket holds that much, and is refunded what it did not use.
 */
export interface Budget {
  maximum: number;
  restoreRate: number;
}

export interface BucketState {
  /** False when the bucket held fewer points than asked: nothing was taken. */
  granted: boolean;
  /** Points in the bucket after the operation (fractions restore continuously; reported floored). */
  available: number;
}

export interface BudgetStore {
  readonly kind: "memory" | "redis";
  /** Takes `cost` points if the bucket holds them, else takes nothing. */
  take(key: string, budget: Budget, cost: number): Promise<BucketState>;
  /** Gives `points` back, up to the maximum. */
  refund(key: string, budget: Budget, points: number): Promise<BucketState>;
  /** The bucket's level, without changing it. */
  peek(key: string, budget: Budget): Promise<BucketState>;
  close(): Promise<void>;
}

type Operation = "take" | "refund" | "peek";

/** The level after `elapsedMs` at `restoreRate`, and the operation applied: the one formula both stores use. */
export function applyLeak(level: number, elapsedMs: number, budget: Budget, operation: Operation, points: number): { granted: boolean; level: number } {
  const restored = Math.min(budget.maximum, level + (Math.max(elapsedMs, 0) * budget.restoreRate) / 1000);
  if (operation === "take") return restored >= points ? { granted: true, level: restored - points } : { granted: false, level: restored };
  if (operation === "refund") return { granted: true, level: Math.min(budget.maximum, restored + points) };
  return { granted: true, level: restored };
}

/** One process's buckets. The default store, and the fallback of the Redis store during an outage. */
export class MemoryBudgetStore implements BudgetStore {
  readonly kind = "memory" as const;
  private readonly buckets = new Map<string, { level: number; at: number; fullAt: number }>();
  private lastPrune: number;

  constructor(private readonly now: () => number = Date.now) {
    this.lastPrune = now();
  }

  private apply(key: string, budget: Budget, operation: Operation, points: number): BucketState {
    const at = this.now();
    const bucket = this.buckets.get(key);
    const result = bucket ? applyLeak(bucket.level, at - bucket.at, budget, operation, points) : applyLeak(budget.maximum, 0, budget, operation, points);
    if (operation !== "peek") this.buckets.set(key, { level: result.level, at, fullAt: at + ((budget.maximum - result.level) * 1000) / budget.restoreRate });
    this.prune(at);
    return { granted: result.granted, available: Math.floor(result.level) };
  }

  /** Once a minute, forgets the buckets that are full again: a bucket never seen is full. */
  private prune(at: number) {
    if (at - this.lastPrune < 60_000) return;
    this.lastPrune = at;
    for (const [key, bucket] of this.buckets) if (bucket.fullAt <= at) this.buckets.delete(key);
  }

  async take(key: string, budget: Budget, cost: number) {
    return this.apply(key, budget, "take", cost);
  }
  async refund(key: string, budget: Budget, points: number) {
    return this.apply(key, budget, "refund", points);
  }
  async peek(key: string, budget: Budget) {
    return this.apply(key, budget, "peek", 0);
  }
  async close() {}
}

/**
 * The same bucket in Redis, so that every replica shares one budget: one Lua script reads, leaks,
 * applies and writes atomically, on Redis's own clock (`TIME`), so replicas' clocks do not matter.
 * The key expires once the bucket would be full again.
 */
const BUCKET_SCRIPT = `
local maximum = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local operation = ARGV[3]
local points = tonumber(ARGV[4])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'level', 'at')
local level = tonumber(bucket[1]) or maximum
local at = tonumber(bucket[2]) or now
local elapsed = now - at
if elapsed < 0 then elapsed = 0 end
level = math.min(maximum, level + elapsed * rate / 1000)
local granted = 1
if operation == 'take' then
  if level >= points then level = level - points else granted = 0 end
elseif operation == 'refund' then
  level = math.min(maximum, level + points)
end
if operation ~= 'peek' then
  redis.call('HSET', KEYS[1], 'level', tostring(level), 'at', tostring(now))
  redis.call('PEXPIRE', KEYS[1], math.ceil((maximum - level) * 1000 / rate) + 1000)
end
return {granted, tostring(level)}
`;

type BucketRedis = Redis & { budgetBucket(key: string, maximum: number, rate: number, operation: Operation, points: number): Promise<[number, string]> };

/**
 * Redis-backed buckets (ioredis). Redis out of reach, slow (over `timeoutMs`) or failing: the call is
 * answered from a local MemoryBudgetStore instead, with one warning when the outage starts and one
 * line when Redis answers again. An outage never refuses callers; each replica then keeps its own
 * budget until Redis is back.
 */
export class RedisBudgetStore implements BudgetStore {
  readonly kind = "redis" as const;
  private readonly redis: BucketRedis;
  private readonly fallback = new MemoryBudgetStore();
  private degraded = false;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly log: Logger,
    timeoutMs = 250,
  ) {
    this.redis = new Redis(url, {
      lazyConnect: true,
      // Fail fast while disconnected instead of queueing: the fallback answers.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: timeoutMs,
      connectTimeout: 1_000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    }) as BucketRedis;
    this.redis.defineCommand("budgetBucket", { numberOfKeys: 1, lua: BUCKET_SCRIPT });
    // ioredis reports connection problems as events; calls report them too, and are answered by the fallback.
    this.redis.on("error", () => undefined);
  }

  /** Connects, or gives up after the connect timeout (the store then answers from memory and keeps retrying). */
  async connect(): Promise<void> {
    try {
      await this.redis.connect();
    } catch (error) {
      this.enterDegraded(error);
    }
  }

  private enterDegraded(error: unknown) {
    if (this.degraded) return;
    this.degraded = true;
    this.log.warn({ err: error }, "Redis unavailable: query budgets are kept in this process until it answers again");
  }

  private async run(key: string, budget: Budget, operation: Operation, points: number): Promise<BucketState> {
    try {
      const [granted, level] = await this.redis.budgetBucket(this.prefix + key, budget.maximum, budget.restoreRate, operation, points);
      if (this.degraded) {
        this.degraded = false;
        this.log.info("Redis answers again: query budgets are shared again");
      }
      return { granted: granted === 1, available: Math.floor(Number(level)) };
    } catch (error) {
      this.enterDegraded(error);
      return operation === "take" ? this.fallback.take(key, budget, points) : operation === "refund" ? this.fallback.refund(key, budget, points) : this.fallback.peek(key, budget);
    }
  }

  take(key: string, budget: Budget, cost: number) {
    return this.run(key, budget, "take", cost);
  }
  refund(key: string, budget: Budget, points: number) {
    return this.run(key, budget, "refund", points);
  }
  peek(key: string, budget: Budget) {
    return this.run(key, budget, "peek", 0);
  }
  async close() {
    this.redis.disconnect();
  }
}
