import { auditLog } from "../../db/schema/audit.js";
import { actorRole } from "../authz/actor.js";
import type { Context } from "../context.js";
import { recordEvents } from "../platform/events/record.js";
import type { Queryable } from "./db.js";

export interface AuditEntry {
  /** The GraphQL operation, e.g. `updateMemberContact`. */
  operation: string;
  /** The member the change was made for: the actor's own member for MEMBER/DELEGATE, the target for staff. */
  onBehalfOfMemberId: string | null;
  targetIds: string[];
  details?: Record<string, unknown>;
}

/**
 * AUT-4: call inside the transaction of the change, so that the change and its audit row commit
 * together. The change's domain events (issue 13, src/platform/events) are written here too, from
 * the same entry: every change that is audited and has an event type emits it, with no module
 * writing events itself.
 */
export async function recordAudit(tx: Queryable, ctx: Pick<Context, "actor" | "clock" | "requestId">, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    at: ctx.clock.now(),
    requestId: ctx.requestId,
    actorRole: actorRole(ctx.actor),
    actorId: ctx.actor.kind === "anonymous" ? null : ctx.actor.subjectId,
    onBehalfOfMemberId: entry.onBehalfOfMemberId,
    operation: entry.operation,
    targetIds: entry.targetIds,
    details: entry.details ?? {},
  });
  await recordEvents(tx, ctx, entry);
}
