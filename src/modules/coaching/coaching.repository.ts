import { sql, type SQL } from "drizzle-orm";
import { coachAssignments } from "../../../db/schema/services.js";
import type { Queryable } from "../../shared/db.js";
import { memberReads } from "../members/index.js";

export type CoachAssignmentRow = typeof coachAssignments.$inferSelect;

/** Coaching data other modules read, through index.ts. */
export const coachingReads = {
  /** SVC-2: the members a coach coaches, as assigned coach or substitute. A subquery, so that a list stays one statement. */
  membersCoachedBy(coachId: string): SQL {
    return sql`(select ${coachAssignments.memberId} from ${coachAssignments} where ${coachAssignments.coachId} = ${coachId} or ${coachAssignments.substituteCoachId} = ${coachId})`;
  },
};

export const coachingRepository = {
  async activeStaff(db: Queryable, id: string) {
    const row = await memberReads.staffUser(db, id);
    return row && row.disabledAt === null ? row : undefined;
  },

  async upsert(db: Queryable, values: typeof coachAssignments.$inferInsert): Promise<CoachAssignmentRow> {
    const [row] = await db
      .insert(coachAssignments)
      .values(values)
      .onConflictDoUpdate({
        target: coachAssignments.memberId,
        set: { coachId: values.coachId, substituteCoachId: values.substituteCoachId ?? null, assignedAt: values.assignedAt, assignedBy: values.assignedBy },
      })
      .returning();
    return row!;
  },
};
