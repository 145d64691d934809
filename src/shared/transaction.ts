import type { Context } from "../context.js";
import type { Tx } from "./db.js";
import { fail, ok, type DomainError, type Result } from "./errors.js";

/** Thrown inside a transaction to roll it back with the refusal: nothing is half-written. */
class Refusal<Code extends string> extends Error {
  constructor(readonly errors: DomainError<Code>[]) {
    super("refused");
  }
}

/**
 * Runs `work` in one transaction. A refusal (a failed Result) rolls back everything written so
 * far; `onDatabaseError` may turn a constraint violation into a refusal, anything else is thrown.
 */
export async function transact<T, Code extends string>(
  ctx: Context,
  work: (tx: Tx) => Promise<Result<T, Code>>,
  onDatabaseError: (error: unknown) => DomainError<Code> | null = () => null,
): Promise<Result<T, Code>> {
  try {
    const value = await ctx.db.transaction(async (tx) => {
      const result = await work(tx);
      if (!result.ok) throw new Refusal(result.errors);
      return result.value;
    });
    return ok(value);
  } catch (error) {
    if (error instanceof Refusal) return fail(...(error.errors as DomainError<Code>[]));
    const refusal = onDatabaseError(error);
    if (refusal) return fail(refusal);
    throw error;
  }
}
