import { sql } from "drizzle-orm";
import type { Clock } from "../../shared/clock.js";
import type { Queryable } from "../../shared/db.js";
import { rowsOf } from "../events/record.js";

/**
 * The sandbox clock (issue 13, docs/sandbox.md): real time plus an offset that integrators move
 * forward through the API (`advanceSandboxClock`). One clock per deployment, kept in the database
 * (`sandbox_clock`, one row), so that every replica and every script reads the same time: the
 * server reads the offset at the start of each GraphQL request (one small statement). Time never
 * moves backwards: the offset only grows, in the database (a CHECK and an additive upsert) and in
 * memory (`sync` keeps the larger value). Refused at start-up in production (src/config.ts).
 */
export class SandboxClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly realTime: () => number = Date.now) {}

  now(): Date {
    return new Date(this.realTime() + this.offsetMs);
  }

  /** How far time was moved, in milliseconds. */
  get offset(): number {
    return this.offsetMs;
  }

  /** Reads the shared offset (no row yet: not moved). */
  async sync(db: Queryable): Promise<void> {
    const [row] = rowsOf<{ offset: string }>(await db.execute(sql`select offset_ms::text as "offset" from sandbox_clock where id = 1`));
    this.offsetMs = Math.max(this.offsetMs, row ? Number(row.offset) : 0);
  }

  /**
   * Moves time forward by `ms` (> 0) for every replica, in the caller's transaction (the row lock
   * serialises two moves; concurrent moves add up); returns the time before and after. This
   * process's clock follows at its next `sync`, after the commit, so a move that rolls back is
   * never seen.
   */
  async advance(db: Queryable, ms: number): Promise<{ from: Date; to: Date }> {
    if (!Number.isSafeInteger(ms) || ms <= 0) throw new RangeError("the sandbox clock only moves forward");
    const [row] = rowsOf<{ offset: string }>(
      await db.execute(sql`
        insert into sandbox_clock (id, offset_ms, updated_at) values (1, ${ms}, now())
        on conflict (id) do update set offset_ms = sandbox_clock.offset_ms + excluded.offset_ms, updated_at = now()
        returning offset_ms::text as "offset"`),
    );
    const offset = Number(row!.offset);
    const real = this.realTime();
    return { from: new Date(real + offset - ms), to: new Date(real + offset) };
  }
}

export function isSandboxClock(clock: unknown): clock is SandboxClock {
  return clock instanceof SandboxClock;
}
