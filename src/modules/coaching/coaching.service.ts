import type { Context } from "../../context.js";
import { fail, forbidden, ok, type Result } from "../../shared/errors.js";
import { memberCommand } from "../../shared/mutation.js";
import { idOfType } from "../../shared/relay.js";
import { coachingErrors, type CoachingErrorCode } from "./coaching.errors.js";
import { coachingRepository as repo, type CoachAssignmentRow } from "./coaching.repository.js";
import type { AssignCoachInput, Coaching, CoachContact } from "./coaching.types.js";

function toCoaching(row: CoachAssignmentRow): Coaching {
  return {
    memberRawId: row.memberId,
    coachRawId: row.coachId,
    substituteRawId: row.substituteCoachId,
    coach: null,
    substitute: null,
    assignedAt: row.assignedAt,
  };
}

export const coachingService = {
  /**
   * True when the actor is the member's assigned coach or their substitute (SVC-2). The check
   * every coach-only action uses: device activation, VIP lines, coach visits.
   */
  async isCoachOf(ctx: Context, memberId: string): Promise<boolean> {
    const { actor } = ctx;
    if (actor.kind !== "staff" || actor.role !== "COACH") return false;
    const row = await ctx.loaders.coaching.assignmentByMemberId.load(memberId);
    return row !== null && (row.coachId === actor.subjectId || row.substituteCoachId === actor.subjectId);
  },

  async forMember(ctx: Context, memberId: string): Promise<Coaching | null> {
    const row = await ctx.loaders.coaching.assignmentByMemberId.load(memberId);
    return row && toCoaching(row);
  },

  async contact(ctx: Context, staffId: string | null): Promise<CoachContact | null> {
    if (!staffId) return null;
    const row = await ctx.loaders.members.staffUserById.load(staffId);
    return row && { displayName: row.displayName, email: row.email };
  },

  /**
   * SVC-2: the desk assigns (or changes) the member's coach and substitute. AUT-3: this is the one
   * relation that widens a coach's reach (isCoachOf), so only the desk creates it: checked here too,
   * behind the shield rule, so that no other caller of the service can make a coach coach someone.
   */
  async assign(ctx: Context, input: AssignCoachInput): Promise<Result<Coaching, CoachingErrorCode>> {
    const { actor } = ctx;
    if (actor.kind !== "staff" || actor.role !== "DESK_AGENT") throw forbidden();
    const memberId = idOfType(input.memberId, "Member");
    if (!memberId) return fail(coachingErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
    return memberCommand(ctx, { operation: "assignCoach", errors: coachingErrors, member: { id: memberId } }, async ({ tx, audit }) => {
      const coachId = idOfType(input.coachId, "StaffUser");
      const substituteId = input.substituteCoachId == null ? null : idOfType(input.substituteCoachId, "StaffUser");
      const isCoach = async (id: string | null) => id !== null && (await repo.activeStaff(tx, id))?.role === "COACH";
      if (!coachId || !(await isCoach(coachId))) return fail(coachingErrors.error("NOT_A_COACH", ["input", "coachId"]));
      if (input.substituteCoachId != null && !(await isCoach(substituteId))) return fail(coachingErrors.error("NOT_A_COACH", ["input", "substituteCoachId"]));
      if (substituteId && substituteId === coachId) return fail(coachingErrors.error("SAME_COACH", ["input", "substituteCoachId"]));
      const row = await repo.upsert(tx, { memberId, coachId, substituteCoachId: substituteId, assignedAt: ctx.clock.now(), assignedBy: actor.subjectId });
      await audit({ targetIds: [memberId, coachId, ...(substituteId ? [substituteId] : [])] });
      return ok(toCoaching(row));
    });
  },
};
