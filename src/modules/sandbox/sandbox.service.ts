import type { Context } from "../../context.js";
import { isSandboxClock } from "../../platform/clock/sandbox-clock.js";
import { sweepDueEvents } from "../../platform/events/due.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { runCommand } from "../../shared/mutation.js";
import { sandboxErrors, type SandboxErrorCode } from "./sandbox.errors.js";
import type { AdvanceSandboxClockInput } from "./sandbox.inputs.js";
import type { SandboxClockMove, SandboxClockState } from "./sandbox.types.js";

const MINUTE = 60_000;
/** One move is at most a little over a year: enough for a contract-year rollover, bounded work for the sweep. */
export const MAX_MOVE_DAYS = 400;

const FIELD = ["input"];

/** The duration asked for, in ms, or the refusal. */
function moveOf(input: AdvanceSandboxClockInput, now: Date): Result<number, SandboxErrorCode> {
  const parts = [input.days, input.hours, input.minutes];
  const hasDuration = parts.some((p) => p != null);
  if (hasDuration === (input.to != null)) return fail(sandboxErrors.error("INVALID_CLOCK_MOVE", FIELD));
  let ms: number;
  if (input.to) {
    ms = input.to.getTime() - now.getTime();
    if (ms <= 0) return fail(sandboxErrors.error("CLOCK_ONLY_FORWARD", [...FIELD, "to"], { to: input.to.toISOString(), now: now.toISOString() }));
  } else {
    if (parts.some((p) => p != null && (!Number.isSafeInteger(p) || p < 0))) return fail(sandboxErrors.error("INVALID_CLOCK_MOVE", FIELD));
    ms = ((input.days ?? 0) * 24 * 60 + (input.hours ?? 0) * 60 + (input.minutes ?? 0)) * MINUTE;
    if (ms <= 0) return fail(sandboxErrors.error("INVALID_CLOCK_MOVE", FIELD));
  }
  if (ms > MAX_MOVE_DAYS * 24 * 60 * MINUTE) return fail(sandboxErrors.error("CLOCK_MOVE_TOO_LONG", FIELD, { maxDays: MAX_MOVE_DAYS }));
  return ok(Math.round(ms));
}

export const sandboxService = {
  /** The API's time as every rule sees it; in a sandbox, read fresh from the shared offset. */
  async state(ctx: Context): Promise<SandboxClockState> {
    if (!isSandboxClock(ctx.clock)) return { enabled: false, now: ctx.clock.now(), offsetSeconds: 0 };
    await ctx.clock.sync(ctx.db);
    return { enabled: true, now: ctx.clock.now(), offsetSeconds: ctx.clock.offset / 1000 };
  },

  /**
   * Moves the sandbox clock forward for the whole deployment, and in the same transaction emits
   * what became due (src/platform/events/due.ts), so a consumer reading `events` after the answer
   * finds the expiries there. Audited.
   */
  async advance(ctx: Context, input: AdvanceSandboxClockInput): Promise<Result<SandboxClockMove, SandboxErrorCode>> {
    const clock = ctx.clock;
    if (!isSandboxClock(clock)) return fail(sandboxErrors.error("SANDBOX_DISABLED"));
    await clock.sync(ctx.db);
    const move = moveOf(input, clock.now());
    if (!move.ok) return move;
    const result = await runCommand<{ from: Date; dueEvents: number }, SandboxErrorCode>(ctx, { operation: "advanceSandboxClock" }, async ({ tx, audit }) => {
      const { from, to } = await clock.advance(tx, move.value);
      const dueEvents = await sweepDueEvents(tx, { clock: { now: () => to }, requestId: ctx.requestId });
      await audit({ onBehalfOfMemberId: null, targetIds: [], details: { from: from.toISOString(), to: to.toISOString(), byMs: move.value, dueEvents } });
      return ok({ from, dueEvents });
    });
    if (!result.ok) return result;
    return ok({ ...result.value, clock: await this.state(ctx) });
  },
};
