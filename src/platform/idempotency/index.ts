/** Idempotency keys on mutations (issue 13 § 2): see docs/idempotency.md. */
export { IDEMPOTENCY_HEADER } from "./key.js";
export { IDEMPOTENCY_REQUIRED_MUTATIONS, requiresIdempotencyKey } from "./required.js";
export { idempotencyPlugin } from "./plugin.js";
export { DEFAULT_IDEMPOTENCY_TTL_HOURS, inKeyedTransaction, keyedMutationOf } from "./transaction.js";
export { pruneIdempotencyKeys } from "./store.js";
