import { randomUUID } from "node:crypto";
import type { Clock } from "../../shared/clock.js";
import type { Db } from "../../shared/db.js";
import { personalDataRepository as repo } from "./personal-data.repository.js";
import { eraseMember, erasureObstacles } from "./personal-data.service.js";

/** GDP-3: personal data kept for the contract at most 3 years after the end of the relationship. */
export const RETENTION_YEARS = 3;

export interface RetentionOptions {
  db: Db;
  clock: Clock;
  /** Members anonymised per transaction (default 100). */
  batchSize?: number;
}

export interface RetentionReport {
  runId: string;
  /** The relationship ended before this instant. */
  cutoff: Date;
  anonymised: string[];
  /** Members due for anonymisation but blocked (money owed, dunning open, option in force), with the codes. */
  skipped: { memberId: string; codes: string[] }[];
}

/** `now` minus 3 calendar years (a 29 February falls back to the 1st of March). */
export function retentionCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - RETENTION_YEARS);
  return cutoff;
}

/**
 * GDP-3: the retention job. Anonymises, with the erasure routine, every member whose relationship
 * ended more than 3 years ago (TERMINATED, or a REJECTED candidate) and who is not anonymised yet.
 * Each batch is one transaction that locks its members `for update skip locked`: several replicas
 * may run at once, each member is anonymised once (one audit row, actor SYSTEM), and a second run
 * finds nothing to do. A member blocked by an obstacle is skipped and reported.
 */
export async function runRetention({ db, clock, batchSize = 100 }: RetentionOptions): Promise<RetentionReport> {
  const now = clock.now();
  const report: RetentionReport = { runId: randomUUID(), cutoff: retentionCutoff(now), anonymised: [], skipped: [] };
  const skip: string[] = [];
  for (;;) {
    const locked = await db.transaction(async (tx) => {
      const ids = await repo.lockRetentionBatch(tx, report.cutoff, batchSize, skip);
      for (const memberId of ids) {
        const obstacles = await erasureObstacles(tx, memberId, now);
        if (obstacles.length > 0) {
          skip.push(memberId);
          report.skipped.push({ memberId, codes: obstacles.map((e) => e.code) });
          continue;
        }
        const { erasure, changed } = await eraseMember(tx, memberId, now);
        await repo.recordSystemAudit(tx, {
          at: now,
          requestId: report.runId,
          actorId: "retention-job",
          memberId,
          operation: "runRetention",
          details: { changed, retained: erasure.retentionLedger.length, relationshipEndedBefore: report.cutoff.toISOString() },
        });
        report.anonymised.push(memberId);
      }
      return ids.length;
    });
    if (locked === 0) return report;
  }
}
