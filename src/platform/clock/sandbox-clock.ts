import { sql } from "drizzle-orm";
import type { Clock } from "../../shared/clock.js";
import type { Queryable } from "../../shared/db.js";
import { rowsOf } from "../events/record.js";

/**
 * The sandbox clock (issue 13): real time plus an offset that integrators move forward through
 * the API (`advanceSandboxClock`). One clock per deployment, kept in the database (`sandbox_clock`),
 * so every replica reads the same time: each request starts with `sync`, one cheap statement. Time
 * never moves backwards. Refused at start-up in production (src/config.ts).
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

  /** Reads the shared offset (the row is created on first use). */
  async sync(db: Queryable): Promise<void> {
    const [row] = rowsOf<{ offset: string }>(await db.execute(sql`select offset_ms::text as "offset" from sandbox_clock where id = 1`));
    this.offsetMs = row ? Number(row.offset) : 0;
  }

  /** Moves time forward by `ms` (> 0) for every replica, in the caller's transaction; returns the new time. */
  async advance(db: Queryable, ms: number): Promise<Date> {
    if (!Number.isSafeInteger(ms) || ms <= 0) throw new RangeError("the sandbox clock only moves forward");
    const [row] = rowsOf<{ offset: string }>(
      await db.execute(sql`
        insert into sandbox_clock (id, offset_ms, updated_at) values (1, ${ms}, now())
        on conflict (id) do update set offset_ms = sandbox_clock.offset_ms + excluded.offset_ms, updated_at = now()
        returning offset_ms::text as "offset"`),
    );
    this.offsetMs = Number(row!.offset);
    return this.now();
  }
}

export function isSandboxClock(clock: Clock): clock is SandboxClock {
  return clock instanceof SandboxClock;
}
