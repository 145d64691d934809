import type { Context } from "../../context.js";

/** The actor as recorded on a membership event. */
export function eventActor(ctx: Context): { actorRole: string; actorId: string | null } {
  return ctx.actor.kind === "anonymous" ? { actorRole: "ANONYMOUS", actorId: null } : { actorRole: ctx.actor.role, actorId: ctx.actor.subjectId };
}
